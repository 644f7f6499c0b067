/**
 * The second step of signing in (two-factor sign-in): the 6-digit code of the authenticator app,
 * or a recovery code. The field asks phones for the numeric keyboard and offers a code the phone
 * received (one-time-code autocomplete). A wrong code is said beside the field; a sign-in that
 * expired (5 minutes, or 5 wrong codes) goes back to the password.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { loginCodeBodySchema, type TwoFactorChallenge } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { pathAfterSignIn } from "#web/app/return-address.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldSentence } from "#web/app/field-words.ts";
import { validate } from "#web/app/validate.ts";
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
  const { t } = useTranslation("account");
  const { t: common } = useTranslation("common");
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
      // Back where sign-in was asked for, as after a password alone (use-sign-in-submit.ts).
      navigate(pathAfterSignIn(me, window.location.search), { replace: true });
    }
  };

  // Expired (or spent by wrong codes): back to the password, saying why (the server's one reason, in the reader's words).
  const expired = submit.error?.code === "unauthenticated" ? t("signIn.expired") : null;
  useEffect(() => {
    if (expired !== null) onRestart(expired);
  }, [expired, onRestart]);

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="card" aria-label={t("signIn.code.label")} data-testid="code-step">
      <p>{recovery ? t("signIn.code.recoveryWhat") : t("signIn.code.appWhat")}</p>
      <FormProblem error={wrong ? null : submit.error} title={t("signIn.notSignedIn")} />
      {recovery ? (
        <TextField
          key="recovery"
          label={t("signIn.code.recovery")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={wrong ? t("signIn.code.wrongRecovery") : fieldSentence(t("signIn.code.recovery"), submit.error?.issueFor("code"), common)}
          required
          autoFocus
        />
      ) : (
        <TextField
          key="totp"
          label={t("signIn.code.fromApp")}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={wrong ? t("signIn.code.wrongApp") : fieldSentence(t("signIn.code.code"), submit.error?.issueFor("code"), common)}
          required
          autoFocus
        />
      )}
      <Button type="submit" variant="primary" block busy={submit.busy} busyLabel={t("signIn.code.checking")}>
        {t("signIn.signIn")}
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
          {recovery ? t("signIn.code.useApp") : t("signIn.code.useRecovery")}
        </Button>
        <Button variant="quiet" onClick={() => onRestart(null)}>
          {t("signIn.code.startAgain")}
        </Button>
      </div>
    </form>
  );
}
