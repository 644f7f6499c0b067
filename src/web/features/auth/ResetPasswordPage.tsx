/**
 * A password reset link opened: choose a new password (the strength rules, said beside the
 * field). Every session of the account ends, and the person signs in with the new password (with
 * their code, if they use two-factor sign-in). A used or old link says so, with a way to ask again.
 */
import { useState, type FormEvent } from "react";
import { passwordResetBodySchema } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function ResetPasswordPage({ token }: { readonly token: string }) {
  const link = useApiQuery(`reset:${token}`, () => api("getPasswordResetLink", { params: { token } }));
  const [newPassword, setNewPassword] = useState("");
  const [done, setDone] = useState(false);
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetBodySchema, { newPassword });
    if (!checked.ok) return submit.fail(checked.error);
    if (await submit.run(() => api("resetPassword", { params: { token }, body: checked.value }))) setDone(true);
  };

  const dead = (link.state.phase === "failed" && (link.state.error.code === "link_invalid" || link.state.error.code === "validation_failed")) || submit.error?.code === "link_invalid";
  return (
    <Page title="Choose a new password" theme="patient" width="narrow" header={<PublicHeader />}>
      {done ? (
        <StatusMessage tone="ok" title="Password changed." testId="password-reset-done">
          <p>Every device signed in as you was signed out. Sign in with your new password.</p>
          <Link to="/sign-in" className="button button--primary">
            Sign in
          </Link>
        </StatusMessage>
      ) : dead ? (
        <StatusMessage tone="error" title="This link cannot be used." testId="reset-link-dead">
          <p>It was used already, or it is more than an hour old. Ask for a new one.</p>
          <Link to="/forgot-password" className="button">
            Ask for a new link
          </Link>
        </StatusMessage>
      ) : link.state.phase === "failed" ? (
        <StatusMessage tone="error" title="The link could not be checked.">
          <p>{describeError(link.state.error)}</p>
          <Button onClick={() => void link.reload()}>Try again</Button>
        </StatusMessage>
      ) : link.state.phase === "loading" ? (
        <StatusMessage tone="info" title="Checking the link…" />
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="card" aria-label="Choose a new password">
          <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title="The password was not changed." />
          <PasswordField purpose="new" label="New password" value={newPassword} onChange={setNewPassword} error={fieldMessage("New password", submit.error?.issueFor("newPassword"))} />
          <Button type="submit" variant="primary" block busy={submit.busy} busyLabel="Saving…">
            Save the new password
          </Button>
        </form>
      )}
    </Page>
  );
}
