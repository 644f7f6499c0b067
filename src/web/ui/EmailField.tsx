/** The sign-in email field: typed as an email, filled by password managers as the username. */
import { TextField } from "./TextField.tsx";

type EmailFieldProps = {
  readonly value: string;
  /** Omit for an email that is given and cannot be changed (read-only). */
  readonly onChange?: ((value: string) => void) | undefined;
  readonly error?: string | undefined;
  readonly label?: string;
};

export function EmailField({ value, onChange, error, label = "Email" }: EmailFieldProps) {
  if (!onChange) return <TextField label={label} type="email" autoComplete="username" value={value} readOnly />;
  return <TextField label={label} type="email" autoComplete="username" value={value} onChange={(event) => onChange(event.target.value)} error={error} required />;
}
