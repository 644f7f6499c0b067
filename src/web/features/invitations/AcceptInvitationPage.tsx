/**
 * Opening an invitation link: says what it is for, lets the person choose a password (patients
 * also choose their sign-in email) or enter the current one of an account they already have,
 * then signs them in and takes them home. A used or expired link says so plainly.
 */
import { useState, type FormEvent } from "react";
import { acceptInvitationBodySchema, type InvitationInfo } from "#contracts/api/invitations.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link, navigate } from "#web/app/router.tsx";
import { CodeStep } from "#web/features/auth/CodeStep.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSignInSubmit } from "#web/app/use-sign-in-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { EmailField } from "#web/ui/EmailField.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { acceptWording } from "./accept-wording.ts";
import { PasswordField } from "#web/ui/PasswordField.tsx";

export function AcceptInvitationPage({ token }: { readonly token: string }) {
  const info = useApiQuery(`invitation:${token}`, () => api("getInvitation", { params: { token } }));
  const state = info.state;

  if (state.phase === "loading") {
    return (
      <Page title="Invitation" theme="patient" width="narrow" header={<PublicHeader />}>
        <StatusMessage tone="info" title="Checking the invitation link…" />
      </Page>
    );
  }
  if (state.phase === "failed") {
    const unusable = state.error.code === "invitation_invalid" || state.error.code === "not_found" || state.error.code === "validation_failed";
    return (
      <Page title="Invitation" theme="patient" width="narrow" header={<PublicHeader />}>
        {unusable ? (
          <UnusableInvitation />
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
  const isPatient = invitation.kind === "patient";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSignInSubmit();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.signIn(acceptInvitationBodySchema, isPatient ? { email, password } : { password }, (body) => api("acceptInvitation", { params: { token }, body }));
  };

  const title = isPatient ? `Your headache diary with ${invitation.clinicName}` : `Join ${invitation.clinicName}`;
  // An account with two-factor sign-in joined: its code signs it in (the link is used by now).
  if (submit.challenge) {
    return (
      <Page title="Enter your sign-in code" theme={isPatient ? "patient" : "clinic"} width="narrow" header={<PublicHeader />}>
        <p>{`You joined ${invitation.clinicName}. Your account signs in with a second factor.`}</p>
        <CodeStep challenge={submit.challenge} onRestart={() => navigate("/sign-in")} />
      </Page>
    );
  }
  const used = submit.error?.code === "invitation_invalid";
  const wording = acceptWording(invitation, submit.error);
  return (
    <Page title={title} theme={isPatient ? "patient" : "clinic"} width="narrow" header={<PublicHeader />}>
      <p>{wording.intro}</p>
      <p className="muted">{`This link works once, until ${formatInstant(invitation.expiresAt)}.`}</p>
      {used ? (
        <UnusableInvitation />
      ) : wording.existingAccountNote ? (
        <StatusMessage tone="error" title="Not signed up: this email already has an account.">
          <p>{wording.existingAccountNote}</p>
        </StatusMessage>
      ) : (
        <FormProblem error={submit.error} title="Not signed up." />
      )}
      <form onSubmit={onSubmit} noValidate className="card">
        <EmailField value={isPatient ? email : (invitation.email ?? "")} onChange={isPatient ? setEmail : undefined} error={submit.issue("Email", "email")} />
        <PasswordField
          purpose={wording.passwordPurpose}
          label={wording.passwordLabel}
          value={password}
          onChange={setPassword}
          error={submit.issue("Password", "password")}
        />
        <Button type="submit" variant="primary" block busy={submit.busy} busyLabel="Signing you in…">
          {wording.submitLabel}
        </Button>
      </form>
    </Page>
  );
}

/** A used or expired link: what to do next, including signing in if the password is already set. */
function UnusableInvitation() {
  return (
    <StatusMessage tone="error" title="This invitation link cannot be used.">
      <p>It has already been used, or it has expired. Ask your clinic for a new link.</p>
      <p>If you have already set your password, sign in with it.</p>
      <Link to="/sign-in" className="button">
        Sign in
      </Link>
    </StatusMessage>
  );
}
