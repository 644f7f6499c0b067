/**
 * Why the sign-in page is showing when the person did not sign out here: signed out in another
 * tab, or the session ended. A person in pain gets a reason and reassurance, not a bare form.
 */
import { useTranslation } from "react-i18next";
import type { SignInReason } from "#web/app/session.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function SignInReasonNote({ reason }: { readonly reason: SignInReason | undefined }) {
  const { t } = useTranslation("account");
  if (!reason) return null;
  return (
    <StatusMessage tone="info" title={reason.kind === "elsewhere" ? t("signIn.elsewhere") : t("signIn.ended")} testId="sign-in-reason">
      <p>{reason.patient ? t("signIn.againPatient") : t("signIn.againOther")}</p>
    </StatusMessage>
  );
}
