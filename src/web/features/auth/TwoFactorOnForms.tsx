/** With two-factor sign-in on: new recovery codes (the password is asked), and turning it off (the password and a code). */
import { useState, type FormEvent } from "react";
import { disableTwoFactorBodySchema, regenerateRecoveryCodesBodySchema } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { PasswordField } from "#web/ui/PasswordField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useAccountWords } from "./account-words.ts";
import { codeToSend } from "./two-factor-state.ts";

export function RegenerateCodesForm({ onCodes }: { readonly onCodes: (codes: string[]) => void }) {
  const [password, setPassword] = useState("");
  const submit = useSubmit();
  const t = useAccountWords();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(regenerateRecoveryCodesBodySchema, { password });
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("regenerateRecoveryCodes", { body: checked.value }));
    if (answer) {
      setPassword("");
      onCodes(answer.recoveryCodes);
    }
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("twoFactor.newCodes")}>
      <h3>{t("twoFactor.newCodes")}</h3>
      <p className="muted">{t("twoFactor.newCodesWhat")}</p>
      <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title={t("twoFactor.noNewCodes")} />
      <PasswordField purpose="current" label={t("twoFactor.yourPassword")} value={password} onChange={setPassword} error={fieldMessage(t("twoFactor.password"), submit.error?.issueFor("password"))} />
      <Button type="submit" busy={submit.busy} busyLabel={t("twoFactor.making")}>
        {t("twoFactor.make")}
      </Button>
    </form>
  );
}

export function TurnOffForm({ onTurnedOff, requiredByClinic }: { readonly onTurnedOff: () => void; readonly requiredByClinic: boolean }) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const submit = useSubmit();
  const t = useAccountWords();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(disableTwoFactorBodySchema, { password, code: codeToSend(code) });
    if (!checked.ok) return submit.fail(checked.error);
    if (await submit.run(() => api("disableTwoFactor", { body: checked.value }))) onTurnedOff();
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("twoFactor.turnOffTitle")}>
      <h3>{t("twoFactor.turnOffTitle")}</h3>
      <p className="muted">
        {requiredByClinic ? t("twoFactor.turnOffRequired") : t("twoFactor.turnOffAlone")}
      </p>
      <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title={t("twoFactor.stillOn")} />
      <PasswordField purpose="current" label={t("twoFactor.yourPassword")} value={password} onChange={setPassword} error={fieldMessage(t("twoFactor.password"), submit.error?.issueFor("password"))} />
      <TextField
        label={t("twoFactor.anyCode")}
        autoComplete="one-time-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldMessage(t("twoFactor.code"), submit.error?.issueFor("code"))}
        required
      />
      <Button type="submit" busy={submit.busy} busyLabel={t("twoFactor.turningOff")}>
        {t("twoFactor.turnOff")}
      </Button>
    </form>
  );
}
