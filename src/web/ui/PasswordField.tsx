/**
 * A password field for choosing a new password (with the length rule as a hint) or entering the
 * current one; `autoComplete` tells password managers which, so they offer to generate or fill.
 */
import { TextField } from "./TextField.tsx";

type PasswordFieldProps = {
  /** `new`: the person chooses it now; `current`: the one the account already has. */
  readonly purpose: "new" | "current";
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  /** The new password's rule in the reader's language (the patient's account); English otherwise. */
  readonly hint?: string | undefined;
};

/** The contract's rule (passwordSchema), said before the person types. */
export const NEW_PASSWORD_HINT = "At least 10 characters, hard to guess: a few unrelated words work well. Not your email, not a common password.";

export function PasswordField({ purpose, label, value, onChange, error, hint }: PasswordFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete={purpose === "new" ? "new-password" : "current-password"}
      hint={purpose === "new" ? (hint ?? NEW_PASSWORD_HINT) : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      required
    />
  );
}
