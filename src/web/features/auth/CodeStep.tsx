/**
 * The second step of signing in (two-factor sign-in): the 6-digit code of the authenticator app,
 * or a recovery code. The field asks phones for the numeric keyboard and offers a code the phone
 * received (one-time-code autocomplete). A wrong code is said beside the field; a sign-in that
 * expired (5 minutes, or 5 wrong codes) goes back to the password.
 */
import { useEffect, useState, type FormEvent } from "react";
import { loginCodeBodySchema, type TwoFactorChallenge } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { homePath } from "#web/app/home.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { codeToSend } from "./two-factor-state.ts";

type CodeStepProps = {
  readonly challenge: TwoFactorChallenge;
  /** Back to the password (the sign-in expired, or the person chose to). */
  readonly onRestart: (reason: string | null) => void;
};

export function CodeStep({ challenge, onRestart }: CodeStepProps) {
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState(false);
  const { signedIn } = useSession();
  const submit = useSubmit();
  const wrong = submit.error?.code === "invalid_credentials";

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(loginCodeBodySchema, { pendingToken: challenge.pendingToken, code: codeToSend(code) });
    if (!checked.ok) return submit.fail(checked.error);
    const me = await submit.run(() => api("loginCode", { body: checked.value }));
    if (me) {
      signedIn(me);
      navigate(homePath(me), { replace: true });
    }
  };

  // Expired (or spent by wrong codes): back to the password, saying why.
  const expired = submit.error?.code === "unauthenticated" ? submit.error.message : null;
  useEffect(() => {
    if (expired !== null) onRestart(expired);
  }, [expired, onRestart]);

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="card" aria-label="Two-factor sign-in" data-testid="code-step">
      <p>{recovery ? "Enter one of the recovery codes you saved when you set up two-factor sign-in. Each works once." : "Open your authenticator app and enter the 6-digit code it shows for Cephalog."}</p>
      <FormProblem error={wrong ? null : submit.error} title="Not signed in." />
      {recovery ? (
        <TextField
          key="recovery"
          label="Recovery code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={wrong ? "That recovery code is not right, or it was used already." : fieldMessage("Recovery code", submit.error?.issueFor("code"))}
          required
          autoFocus
        />
      ) : (
        <TextField
          key="totp"
          label="Code from your app"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={wrong ? "That code is not right. Enter the code your app shows now." : fieldMessage("Code", submit.error?.issueFor("code"))}
          required
          autoFocus
        />
      )}
      <Button type="submit" variant="primary" block busy={submit.busy} busyLabel="Checking…">
        Sign in
      </Button>
      <div className="row code-step__links">
        <Button
          variant="quiet"
          onClick={() => {
            setRecovery(!recovery);
            setCode("");
            submit.reset();
          }}
        >
          {recovery ? "Use the code from my app" : "Use a recovery code instead"}
        </Button>
        <Button variant="quiet" onClick={() => onRestart(null)}>
          Start again
        </Button>
      </div>
    </form>
  );
}
