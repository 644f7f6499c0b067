/**
 * Opening an invitation link: says what it is for, lets the person choose a password (patients
 * also choose their sign-in email) or enter the current one of an account they already have,
 * then signs them in and takes them home. A used or expired link says so plainly.
 *
 * In the device's language for a patient (issue 9 §7: the first page of the app they open), and
 * while the link is checked, since the kind of invitation is not known yet; a staff invitation
 * is English, as the clinic's pages are (ADR 0020), its `<html lang>` too.
 */
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { acceptInvitationBodySchema, type InvitationInfo } from "#contracts/api/invitations.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import { fieldSentence } from "#web/app/field-words.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link, navigate } from "#web/app/router.tsx";
import { CodeStep } from "#web/features/auth/CodeStep.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSignInSubmit } from "#web/app/use-sign-in-submit.ts";
import { setTranslatedPage } from "#web/i18n/i18n.ts";
import { supportedLanguage } from "#web/i18n/languages.ts";
import { formatInstantIn } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { EmailField } from "#web/ui/EmailField.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { acceptWording } from "./accept-wording.ts";
import { PasswordField } from "#web/ui/PasswordField.tsx";

// Constant objects: react-i18next recomputes its options when given a new one.
const READER = {};
const ENGLISH = { lng: "en" };

export function AcceptInvitationPage({ token }: { readonly token: string }) {
  const { t } = useTranslation("account");
  const info = useApiQuery(`invitation:${token}`, () => api("getInvitation", { params: { token } }));
  const state = info.state;

  if (state.phase === "loading") {
    return (
      <Page title={t("invitation.title")} theme="patient" width="narrow" header={<PublicHeader />}>
        <StatusMessage tone="info" title={t("invitation.checking")} />
      </Page>
    );
  }
  if (state.phase === "failed") {
    const unusable = state.error.code === "invitation_invalid" || state.error.code === "not_found" || state.error.code === "validation_failed";
    return (
      <Page title={t("invitation.title")} theme="patient" width="narrow" header={<PublicHeader />}>
        {unusable ? (
          <UnusableInvitation t={t} />
        ) : (
          <StatusMessage tone="error" title={t("invitation.checkFailed")}>
            <p>{describeError(state.error)}</p>
            <Button onClick={() => void info.reload()}>{t("invitation.retry")}</Button>
          </StatusMessage>
        )}
      </Page>
    );
  }
  return <AcceptInvitationForm token={token} invitation={state.data} />;
}

function AcceptInvitationForm({ token, invitation }: { readonly token: string; readonly invitation: InvitationInfo }) {
  const isPatient = invitation.kind === "patient";
  const { t, i18n } = useTranslation("account", isPatient ? READER : ENGLISH);
  const { t: common } = useTranslation("common", isPatient ? READER : ENGLISH);
  const language = isPatient ? (supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? "en") : "en";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSignInSubmit();

  // A staff invitation is an English page: App.tsx counts every invitation link as translated.
  useEffect(() => {
    if (isPatient) return undefined;
    setTranslatedPage(false);
    return () => setTranslatedPage(true);
  }, [isPatient]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.signIn(acceptInvitationBodySchema, isPatient ? { email, password } : { password }, (body) => api("acceptInvitation", { params: { token }, body }));
  };

  const clinic = invitation.clinicName;
  const title = isPatient ? t("invitation.patientTitle", { clinic }) : t("invitation.join", { clinic });
  // An account with two-factor sign-in joined: its code signs it in (the link is used by now).
  if (submit.challenge) {
    return (
      <Page title={t("signIn.codeTitle")} theme={isPatient ? "patient" : "clinic"} width="narrow" header={<PublicHeader />}>
        <p>{t("invitation.joined", { clinic })}</p>
        <CodeStep challenge={submit.challenge} onRestart={() => navigate("/sign-in")} />
      </Page>
    );
  }
  const used = submit.error?.code === "invitation_invalid";
  const wording = acceptWording(invitation, submit.error, t);
  const expires = language === "en" ? formatInstant(invitation.expiresAt) : formatInstantIn(invitation.expiresAt, language);
  return (
    <Page title={title} theme={isPatient ? "patient" : "clinic"} width="narrow" header={<PublicHeader />}>
      <p>{wording.intro}</p>
      <p className="muted">{t("invitation.worksUntil", { when: expires })}</p>
      {used ? (
        <UnusableInvitation t={t} />
      ) : wording.existingAccountNote ? (
        <StatusMessage tone="error" title={t("invitation.existingTitle")}>
          <p>{wording.existingAccountNote}</p>
        </StatusMessage>
      ) : (
        <FormProblem error={submit.error} title={t("invitation.notSignedUp")} />
      )}
      <form onSubmit={onSubmit} noValidate className="card">
        <EmailField
          label={t("signIn.email")}
          value={isPatient ? email : (invitation.email ?? "")}
          onChange={isPatient ? setEmail : undefined}
          error={fieldSentence(t("signIn.email"), submit.error?.issueFor("email"), common)}
        />
        <PasswordField
          purpose={wording.passwordPurpose}
          label={wording.passwordLabel}
          hint={t("password.newHint")}
          value={password}
          onChange={setPassword}
          error={fieldSentence(t("invitation.password"), submit.error?.issueFor("password"), common)}
        />
        <Button type="submit" variant="primary" block busy={submit.busy} busyLabel={t("invitation.signingIn")}>
          {wording.submitLabel}
        </Button>
      </form>
    </Page>
  );
}

/** A used or expired link: what to do next, including signing in if the password is already set. */
function UnusableInvitation({ t }: { readonly t: TFunction<"account"> }) {
  return (
    <StatusMessage tone="error" title={t("invitation.unusableTitle")}>
      <p>{t("invitation.unusableBody")}</p>
      <p>{t("invitation.unusableSignIn")}</p>
      <Link to="/sign-in" className="button">
        {t("invitation.signIn")}
      </Link>
    </StatusMessage>
  );
}
