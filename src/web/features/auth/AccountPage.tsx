/**
 * The signed-in person's own account (issue 7, finding 5): two-factor sign-in (TwoFactorCard),
 * change the password (the current one is asked; every other session ends) and sign out
 * everywhere (every device, this one too).
 * Staff and patients alike; the theme follows who they are.
 */
import { useState, type FormEvent } from "react";
import { changePasswordBodySchema, type Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { afterLeavingThisDevice, beforeLeavingThisDevice } from "./leave-this-device.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { LookCard } from "#web/features/patient-shell/LookCard.tsx";
import { MyMedicinesCard } from "#web/features/diary/MyMedicinesCard.tsx";
import { LanguagePicker } from "#web/i18n/LanguagePicker.tsx";
import { RemindersLinkCard } from "#web/features/reminders/RemindersLinkCard.tsx";
import { PatientHeader } from "#web/features/patient-shell/PatientHeader.tsx";
import { AlertsOnThisDevice } from "#web/features/notifications/AlertsOnThisDevice.tsx";
import { AccountReader, useAccountWords } from "./account-words.ts";
import { TwoFactorCard } from "./TwoFactorCard.tsx";

export function AccountPage({ me }: { readonly me: Me }) {
  const patientOnly = me.patient !== null && me.memberships.length === 0;
  // A patient's page in their language (issue 9 §7); staff's in English (ADR 0020).
  return (
    <AccountReader.Provider value={patientOnly ? "patient" : "staff"}>
      <AccountContent me={me} patientOnly={patientOnly} />
    </AccountReader.Provider>
  );
}

function AccountContent({ me, patientOnly }: { readonly me: Me; readonly patientOnly: boolean }) {
  const t = useAccountWords();
  return (
    <Page title={t("title")} theme={patientOnly ? "patient" : "clinic"} width="narrow" header={patientOnly ? <PatientHeader me={me} /> : <AppHeader me={me} />}>
      <p className="muted">{t("signedInAs", { name: me.user.name, email: me.user.email })}</p>
      <div className="stack">
        {patientOnly ? (
          <Card title={t("languageTitle")}>
            <LanguagePicker />
          </Card>
        ) : null}
        {patientOnly && me.patient ? <MyMedicinesCard patientId={me.patient.patientId} /> : null}
        {patientOnly ? <LookCard /> : null}
        {patientOnly ? <RemindersLinkCard /> : null}
        <TwoFactorCard me={me} />
        <AlertsOnThisDevice me={me} />
        <Card title={t("password.title")}>
          <ChangePasswordForm />
        </Card>
        <Card title={t("everywhere.title")}>
          <SignOutEverywhere patientId={me.patient?.patientId} />
        </Card>
      </div>
    </Page>
  );
}

function ChangePasswordForm() {
  const t = useAccountWords();
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const checked = validate(changePasswordBodySchema, { currentPassword, newPassword });
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("changePassword", { body: checked.value }));
    if (answer) {
      setCurrent("");
      setNew("");
      setDone(true);
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("password.label")} data-testid="change-password">
      {done ? (
        <StatusMessage tone="ok" title={t("password.changed")} testId="password-changed">
          <p>{t("password.changedWhy")}</p>
        </StatusMessage>
      ) : null}
      <FormProblem error={submit.error} title={t("password.notChanged")} />
      <PasswordField purpose="current" label={t("password.current")} value={currentPassword} onChange={setCurrent} error={issue(t("password.current"), "currentPassword")} />
      <PasswordField purpose="new" label={t("password.new")} hint={t("password.newHint")} value={newPassword} onChange={setNew} error={issue(t("password.new"), "newPassword")} />
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel={t("password.changing")}>
        {t("password.change")}
      </Button>
    </form>
  );
}

function SignOutEverywhere({ patientId }: { readonly patientId: string | undefined }) {
  const t = useAccountWords();
  const { state, signedOut } = useSession();
  const submit = useSubmit();
  const go = async () => {
    await beforeLeavingThisDevice(state.phase === "ready" ? state.me?.user.id : undefined);
    const answer = await submit.run(() => api("signOutEverywhere"));
    if (!answer) return;
    await afterLeavingThisDevice(patientId);
    signedOut();
    navigate("/");
  };
  return (
    <div>
      <p>{t("everywhere.what")}</p>
      <FormProblem error={submit.error} title={t("everywhere.notSignedOut")} />
      <Button onClick={() => void go()} busy={submit.busy} busyLabel={t("everywhere.signingOut")}>
        {t("everywhere.button")}
      </Button>
    </div>
  );
}
