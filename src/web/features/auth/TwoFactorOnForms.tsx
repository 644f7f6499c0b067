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
import { codeToSend } from "./two-factor-state.ts";

export function RegenerateCodesForm({ onCodes }: { readonly onCodes: (codes: string[]) => void }) {
  const [password, setPassword] = useState("");
  const submit = useSubmit();
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
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="New recovery codes">
      <h3>New recovery codes</h3>
      <p className="muted">Used some, or lost them? New codes replace all the old ones.</p>
      <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title="No new codes." />
      <PasswordField purpose="current" label="Your password" value={password} onChange={setPassword} error={fieldMessage("Password", submit.error?.issueFor("password"))} />
      <Button type="submit" busy={submit.busy} busyLabel="Making codes…">
        Make new recovery codes
      </Button>
    </form>
  );
}

export function TurnOffForm({ onTurnedOff, requiredByClinic }: { readonly onTurnedOff: () => void; readonly requiredByClinic: boolean }) {
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(disableTwoFactorBodySchema, { password, code: codeToSend(code) });
    if (!checked.ok) return submit.fail(checked.error);
    if (await submit.run(() => api("disableTwoFactor", { body: checked.value }))) onTurnedOff();
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Turn off two-factor sign-in">
      <h3>Turn off two-factor sign-in</h3>
      <p className="muted">
        {requiredByClinic ? "Your clinic asks for it: without it, its pages stay closed to you until you set it up again." : "Your password alone will then sign you in."}
      </p>
      <FormProblem error={submit.error?.code === "validation_failed" ? null : submit.error} title="Still on." />
      <PasswordField purpose="current" label="Your password" value={password} onChange={setPassword} error={fieldMessage("Password", submit.error?.issueFor("password"))} />
      <TextField
        label="A code from your app, or a recovery code"
        autoComplete="one-time-code"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldMessage("Code", submit.error?.issueFor("code"))}
        required
      />
      <Button type="submit" busy={submit.busy} busyLabel="Turning off…">
        Turn off
      </Button>
    </form>
  );
}
