/**
 * "Forgot your password?": the email to send a reset link to. The answer is the same whether or
 * not the email has an account (the server's rule), so the page says what happens if it has one.
 * In the device's language (issue 9 §7): a patient who forgot can land here.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { passwordResetRequestBodySchema } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldSentence } from "#web/app/field-words.ts";
import { validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { EmailField } from "#web/ui/EmailField.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function ForgotPasswordPage() {
  const { t } = useTranslation("account");
  const { t: common } = useTranslation("common");
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
    <Page title={t("forgot.title")} theme="patient" width="narrow" header={<PublicHeader />}>
      {sentTo !== null ? (
        <StatusMessage tone="ok" title={t("forgot.sentTitle")} testId="reset-requested">
          <p>{t("forgot.sentBody", { email: sentTo })}</p>
          <p>{t("forgot.nothing")}</p>
        </StatusMessage>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="card" aria-label={t("forgot.title")}>
          <p>{t("forgot.what")}</p>
          <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title={t("forgot.notSent")} />
          <EmailField label={t("signIn.email")} value={email} onChange={setEmail} error={fieldSentence(t("signIn.email"), submit.error?.issueFor("email"), common)} />
          <Button type="submit" variant="primary" block busy={submit.busy} busyLabel={t("forgot.sending")}>
            {t("forgot.send")}
          </Button>
        </form>
      )}
      <p className="page-note">
        <Link to="/sign-in">{t("forgot.back")}</Link>
      </p>
    </Page>
  );
}
