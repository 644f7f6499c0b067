/**
 * Opening an invitation link: says what it is for, lets the person choose a password (patients
 * also choose their sign-in email), then signs them in and takes them home. A used or expired
 * link says so plainly.
 */
import { useState, type FormEvent } from "react";
import { acceptInvitationBodySchema, type InvitationInfo } from "#contracts/api/invitations.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import { homePath } from "#web/app/home.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";

export function AcceptInvitationPage({ token }: { readonly token: string }) {
  const info = useApiQuery(`invitation:${token}`, () => api("getInvitation", { params: { token } }));
  const state = info.state;

  if (state.phase === "loading") {
    return (
      <Page title="Invitation" theme="patient" width="narrow">
        <StatusMessage tone="info" title="Checking the invitation link…" />
      </Page>
    );
  }
  if (state.phase === "failed") {
    const unusable = state.error.code === "invitation_invalid" || state.error.code === "not_found" || state.error.code === "validation_failed";
    return (
      <Page title="Invitation" theme="patient" width="narrow">
        {unusable ? (
          <StatusMessage tone="error" title="This invitation link cannot be used.">
            <p>It has already been used, or it has expired. Ask your clinic for a new link.</p>
          </StatusMessage>
        ) : (
          <StatusMessage tone="error" title="The invitation could not be checked.">
            <p>{describeError(state.error)}</p>
            <Button onClick={() => void info.reload()}>Try again</Button>
          </StatusMessage>
        )}
      </Page>
    );
  }
  return <AcceptInvitationForm token={token} invitation={state.data} />;
}

function AcceptInvitationForm({ token, invitation }: { readonly token: string; readonly invitation: InvitationInfo }) {
  const { signedIn } = useSession();
  const isPatient = invitation.kind === "patient";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(acceptInvitationBodySchema, isPatient ? { email, password } : { password });
    if (!checked.ok) return submit.fail(checked.error);
    const me = await submit.run(() => api("acceptInvitation", { params: { token }, body: checked.value }));
    if (me) {
      signedIn(me);
      navigate(homePath(me), { replace: true });
    }
  };

  const title = isPatient ? `Your headache diary with ${invitation.clinicName}` : `Join ${invitation.clinicName}`;
  const used = submit.error?.code === "invitation_invalid";
  return (
    <Page title={title} theme={isPatient ? "patient" : "clinic"} width="narrow">
      <p>
        {isPatient
          ? `Hello ${invitation.name}. ${invitation.clinicName} invites you to keep a daily headache diary. Choose the email and password you will sign in with.`
          : `Hello ${invitation.name}. Choose a password to sign in to ${invitation.clinicName} with ${invitation.email ?? "your email"}.`}
      </p>
      <p className="muted">{`This link works once, until ${formatInstant(invitation.expiresAt)}.`}</p>
      {used ? (
        <StatusMessage tone="error" title="This invitation link cannot be used.">
          <p>It has already been used, or it has expired. Ask your clinic for a new link.</p>
        </StatusMessage>
      ) : (
        <FormProblem error={submit.error} title="Not signed up." />
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="card">
        {isPatient ? (
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={issue("Email", "email")}
            required
          />
        ) : (
          <TextField label="Email" type="email" autoComplete="username" value={invitation.email ?? ""} readOnly />
        )}
        <TextField
          label="Choose a password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={issue("Password", "password")}
          required
        />
        <Button type="submit" variant="primary" block busy={submit.busy} busyLabel="Signing you in…">
          Set password and sign in
        </Button>
      </form>
    </Page>
  );
}
