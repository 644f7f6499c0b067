/**
 * Sign in with email and password, then (two-factor sign-in) the code; "Forgot your password?"
 * leads to the reset request. Lists the demo sign-ins when the server offers them. In the
 * device's language (issue 9 §7): a patient signs in here, before anyone knows who it is.
 */
import { useCallback, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { loginBodySchema } from "#contracts/api/auth.ts";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { api } from "#web/app/api.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSignInSubmit } from "#web/app/use-sign-in-submit.ts";
import { fieldSentence } from "#web/app/field-words.ts";
import { Button } from "#web/ui/Button.tsx";
import { EmailField } from "#web/ui/EmailField.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { CodeStep } from "./CodeStep.tsx";
import { DemoLogins } from "./DemoLogins.tsx";
import { SignInReasonNote } from "./SignInReasonNote.tsx";
import { SelfCheckLink } from "#web/features/self-check/SelfCheckLink.tsx";
import "./two-factor.css";

export function SignInPage({ setup }: { readonly setup: SetupStatus }) {
  const { t } = useTranslation("account");
  const { t: common } = useTranslation("common");
  const { state } = useSession();
  const reason = state.phase === "ready" ? state.signInReason : undefined;
  // Signed out by something else: their email is filled in, so only the password is left to type.
  const [email, setEmail] = useState(reason?.email ?? "");
  const [password, setPassword] = useState("");
  const submit = useSignInSubmit();
  const [restartReason, setRestartReason] = useState<string | null>(null);
  const { setChallenge } = submit;
  const restart = useCallback(
    (why: string | null) => {
      setChallenge(null);
      setPassword("");
      setRestartReason(why);
    },
    [setChallenge],
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setRestartReason(null);
    void submit.signIn(loginBodySchema, { email, password }, (body) => api("login", { body }));
  };

  const error = submit.error;
  const credentialsWrong = error?.code === "invalid_credentials";
  if (submit.challenge) {
    return (
      <Page title={t("signIn.codeTitle")} theme="patient" width="narrow" header={<PublicHeader />}>
        <CodeStep challenge={submit.challenge} onRestart={restart} />
      </Page>
    );
  }
  return (
    <Page title={t("signIn.title")} theme="patient" width="narrow" header={<PublicHeader />}>
      <SignInReasonNote reason={reason} />
      {restartReason !== null ? (
        <StatusMessage tone="warn" title={t("signIn.again")} testId="sign-in-restarted">
          <p>{restartReason}</p>
        </StatusMessage>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="card">
        <FormProblem error={credentialsWrong ? null : error} title={t("signIn.notSignedIn")} />
        <EmailField label={t("signIn.email")} value={email} onChange={setEmail} error={fieldSentence(t("signIn.email"), error?.issueFor("email"), common)} />
        <PasswordField
          purpose="current"
          label={t("signIn.password")}
          value={password}
          onChange={setPassword}
          error={credentialsWrong ? t("signIn.wrongPassword") : fieldSentence(t("signIn.password"), error?.issueFor("password"), common)}
        />
        <Button type="submit" variant="primary" block busy={submit.busy} busyLabel={t("signIn.signingIn")}>
          {t("signIn.signIn")}
        </Button>
        <p className="sign-in__forgot">
          <Link to="/forgot-password">{t("signIn.forgot")}</Link>
        </p>
      </form>
      <SelfCheckLink />
      {setup.initialized ? null : (
        <p className="page-note">
          <Link to="/">{t("signIn.backToSetup")}</Link>
        </p>
      )}
      {setup.demoLogins && setup.demoLogins.length > 0 ? (
        <div className="page-note">
          <DemoLogins
            inReaderLanguage
            logins={setup.demoLogins}
            onUse={(login) => {
              setEmail(login.email);
              setPassword(login.password);
            }}
          />
        </div>
      ) : setup.demoPresent ? (
        <p className="muted page-note">{t("signIn.demoPresent")}</p>
      ) : null}
    </Page>
  );
}
