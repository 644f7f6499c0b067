/**
 * A password reset link opened: choose a new password (the strength rules, said beside the
 * field). Every session of the account ends, and the person signs in with the new password (with
 * their code, if they use two-factor sign-in). A used or old link says so, with a way to ask again.
 * In the device's language (issue 9 §7): a patient's reset link opens here.
 */
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { passwordResetBodySchema } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldSentence } from "#web/app/field-words.ts";
import { validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { Page } from "#web/ui/Page.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function ResetPasswordPage({ token }: { readonly token: string }) {
  const { t } = useTranslation("account");
  const { t: common } = useTranslation("common");
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
    <Page title={t("reset.title")} theme="patient" width="narrow" header={<PublicHeader />}>
      {done ? (
        <StatusMessage tone="ok" title={t("reset.doneTitle")} testId="password-reset-done">
          <p>{t("reset.doneBody")}</p>
          <Link to="/sign-in" className="button button--primary">
            {t("reset.signIn")}
          </Link>
        </StatusMessage>
      ) : dead ? (
        <StatusMessage tone="error" title={t("reset.deadTitle")} testId="reset-link-dead">
          <p>{t("reset.deadBody")}</p>
          <Link to="/forgot-password" className="button">
            {t("reset.askAgain")}
          </Link>
        </StatusMessage>
      ) : link.state.phase === "failed" ? (
        <StatusMessage tone="error" title={t("reset.checkFailed")}>
          <p>{describeError(link.state.error)}</p>
          <Button onClick={() => void link.reload()}>{t("reset.retry")}</Button>
        </StatusMessage>
      ) : link.state.phase === "loading" ? (
        <StatusMessage tone="info" title={t("reset.checking")} />
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="card" aria-label={t("reset.title")}>
          <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title={t("password.notChanged")} />
          <PasswordField
            purpose="new"
            label={t("password.new")}
            hint={t("password.newHint")}
            value={newPassword}
            onChange={setNewPassword}
            error={fieldSentence(t("password.new"), submit.error?.issueFor("newPassword"), common)}
          />
          <Button type="submit" variant="primary" block busy={submit.busy} busyLabel={t("reset.saving")}>
            {t("reset.save")}
          </Button>
        </form>
      )}
    </Page>
  );
}
