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
import { clearServerCopy } from "#web/offline/server-copy.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { LookCard } from "#web/features/patient-shell/LookCard.tsx";
import { PatientHeader } from "#web/features/patient-shell/PatientHeader.tsx";
import { AlertsOnThisDevice } from "#web/features/notifications/AlertsOnThisDevice.tsx";
import { TwoFactorCard } from "./TwoFactorCard.tsx";

export function AccountPage({ me }: { readonly me: Me }) {
  const patientOnly = me.patient !== null && me.memberships.length === 0;
  return (
    <Page title="Your account" theme={patientOnly ? "patient" : "clinic"} width="narrow" header={patientOnly ? <PatientHeader me={me} /> : <AppHeader me={me} />}>
      <p className="muted">{`Signed in as ${me.user.name} (${me.user.email}).`}</p>
      <div className="stack">
        {patientOnly ? <LookCard /> : null}
        <TwoFactorCard me={me} />
        <AlertsOnThisDevice me={me} />
        <Card title="Change your password">
          <ChangePasswordForm />
        </Card>
        <Card title="Sign out everywhere">
          <SignOutEverywhere patientId={me.patient?.patientId} />
        </Card>
      </div>
    </Page>
  );
}

function ChangePasswordForm() {
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
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Change your password" data-testid="change-password">
      {done ? (
        <StatusMessage tone="ok" title="Password changed." testId="password-changed">
          <p>Every other device signed in as you was signed out. This one stays signed in.</p>
        </StatusMessage>
      ) : null}
      <FormProblem error={submit.error} title="The password was not changed." />
      <PasswordField purpose="current" label="Current password" value={currentPassword} onChange={setCurrent} error={issue("Current password", "currentPassword")} />
      <PasswordField purpose="new" label="New password" value={newPassword} onChange={setNew} error={issue("New password", "newPassword")} />
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}

function SignOutEverywhere({ patientId }: { readonly patientId: string | undefined }) {
  const { signedOut } = useSession();
  const submit = useSubmit();
  const go = async () => {
    const answer = await submit.run(() => api("signOutEverywhere"));
    if (!answer) return;
    if (patientId) await clearServerCopy(patientId).catch(() => undefined);
    signedOut();
    navigate("/");
  };
  return (
    <div>
      <p>Ends every session of your account: on every phone, tablet and computer, this one too. Use it if a device was lost or you signed in somewhere you should not have.</p>
      <FormProblem error={submit.error} title="Not signed out." />
      <Button onClick={() => void go()} busy={submit.busy} busyLabel="Signing out…">
        Sign out everywhere
      </Button>
    </div>
  );
}
