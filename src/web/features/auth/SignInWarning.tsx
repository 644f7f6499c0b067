/**
 * Tells the account's holder of the failed sign-ins since they last signed in (issue 7, finding
 * 2), on every page until they say they have seen it, in plain words with what to do.
 */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { signInWarningText } from "./sign-in-warning-text.ts";

/** The warning for whoever is signed in, if they have one. */
export function SignInWarningForSession() {
  const { state } = useSession();
  return state.phase === "ready" && state.me ? <SignInWarning me={state.me} /> : null;
}

function SignInWarning({ me }: { readonly me: Me }) {
  const { signedIn } = useSession();
  const submit = useSubmit();
  // A session cached before the field existed has none.
  const warning = me.signInWarning ?? null;
  if (warning === null) return null;

  const dismiss = async () => {
    const next = await submit.run(() => api("dismissSignInWarning", {}));
    if (next) signedIn(next);
  };

  return (
    <div className="status status--warn sign-in-warning" role="status" data-testid="sign-in-warning">
      <div>
        <span className="status__title">Someone may have tried to sign in as you.</span>
        <div>
          <p>{signInWarningText(warning, formatInstant(warning.lastAt))}</p>
          <p>If that was not you, tell your clinic, and keep your password to yourself.</p>
          <FormProblem error={submit.error} title="Not saved." />
          <Button onClick={() => void dismiss()} busy={submit.busy} busyLabel="Saving…">
            I have seen this
          </Button>
        </div>
      </div>
    </div>
  );
}
