/**
 * "Forgot your password?": the email to send a reset link to. The answer is the same whether or
 * not the email has an account (the server's rule), so the page says what happens if it has one.
 */
import { useState, type FormEvent } from "react";
import { passwordResetRequestBodySchema } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { EmailField } from "#web/ui/EmailField.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetRequestBodySchema, { email });
    if (!checked.ok) return submit.fail(checked.error);
    if (await submit.run(() => api("requestPasswordReset", { body: checked.value }))) setSentTo(checked.value.email);
  };

  return (
    <Page title="Reset your password" theme="patient" width="narrow" header={<PublicHeader />}>
      {sentTo !== null ? (
        <StatusMessage tone="ok" title="Check your email." testId="reset-requested">
          <p>{`If ${sentTo} has a Cephalog account, a link to choose a new password is on its way. It works once, for an hour.`}</p>
          <p>Nothing arrived after a few minutes? Look in the spam folder, or ask your clinic.</p>
        </StatusMessage>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="card" aria-label="Reset your password">
          <p>Enter the email you sign in with. We will send a link to choose a new password.</p>
          <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title="Not sent." />
          <EmailField value={email} onChange={setEmail} error={fieldMessage("Email", submit.error?.issueFor("email"))} />
          <Button type="submit" variant="primary" block busy={submit.busy} busyLabel="Sending…">
            Send the link
          </Button>
        </form>
      )}
      <p className="page-note">
        <Link to="/sign-in">Back to signing in</Link>
      </p>
    </Page>
  );
}
