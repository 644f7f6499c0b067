/**
 * Setting up two-factor sign-in: the QR code to scan with an authenticator app, the secret as
 * text for typing it in by hand, and the app's first code to confirm. The secret is shown only
 * here: once confirmed, the server never sends it again.
 */
import { useState, type FormEvent } from "react";
import { confirmTwoFactorBodySchema } from "#contracts/api/auth.ts";
import type { ApiResponse } from "#web/app/api.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useAccountWords } from "./account-words.ts";

type Enrolment = ApiResponse<"startTwoFactorEnrolment">;

/**
 * The secret in groups of four, easier to type.
 * @example groupedSecret("ABCDEFGHIJKL") // "ABCD EFGH IJKL"
 */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

type TwoFactorEnrolmentProps = {
  readonly enrolment: Enrolment;
  readonly onConfirmed: (recoveryCodes: string[]) => void;
  readonly onCancel: () => void;
};

export function TwoFactorEnrolment({ enrolment, onConfirmed, onCancel }: TwoFactorEnrolmentProps) {
  const [code, setCode] = useState("");
  const submit = useSubmit();
  const t = useAccountWords();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(confirmTwoFactorBodySchema, { code: code.replace(/\s/g, "") });
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("confirmTwoFactorEnrolment", { body: checked.value }));
    if (answer) onConfirmed(answer.recoveryCodes);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("twoFactor.setUp")} className="two-factor-enrolment" data-testid="two-factor-enrolment">
      <ol className="two-factor-enrolment__steps">
        <li>
          <p>{t("twoFactor.scan")}</p>
          <img className="two-factor-enrolment__qr" src={enrolment.qrCode} alt={t("twoFactor.qrAlt")} width={200} height={200} />
        </li>
        <li>
          <p>{t("twoFactor.typeKey")}</p>
          <p>
            <code className="two-factor-enrolment__secret" data-testid="two-factor-secret">
              {groupedSecret(enrolment.secret)}
            </code>
          </p>
        </li>
        <li>
          <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title={t("twoFactor.notSetUp")} />
          <TextField
            label={t("twoFactor.codeLabel")}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={fieldMessage(t("twoFactor.code"), submit.error?.issueFor("code"))}
            required
          />
        </li>
      </ol>
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel={t("twoFactor.checking")}>
          {t("twoFactor.turnOn")}
        </Button>
        <Button onClick={onCancel}>{t("twoFactor.cancel")}</Button>
      </div>
    </form>
  );
}
