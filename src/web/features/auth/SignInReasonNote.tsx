/**
 * Why the sign-in page is showing when the person did not sign out here: signed out in another
 * tab, or the session ended. A person in pain gets a reason and reassurance, not a bare form.
 */
import type { SignInReason } from "#web/app/session.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

const TITLES: Record<SignInReason["kind"], string> = {
  elsewhere: "You signed out in another tab or window.",
  ended: "You have been signed out.",
};

export function SignInReasonNote({ reason }: { readonly reason: SignInReason | undefined }) {
  if (!reason) return null;
  return (
    <StatusMessage tone="info" title={TITLES[reason.kind]} testId="sign-in-reason">
      {reason.patient ? (
        <p>Sign in again to carry on with your diary. Days saved on this phone and not sent yet stay here, and are sent once you sign in.</p>
      ) : (
        <p>Sign in again to carry on.</p>
      )}
    </StatusMessage>
  );
}
