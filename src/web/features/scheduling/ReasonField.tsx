/** A reason the rules ask for (a visit outside the window, moved or cancelled): a labelled text area, kept with the record. */
import { LabelledField } from "#web/ui/LabelledField.tsx";

type ReasonFieldProps = {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly testId?: string;
};

export function ReasonField({ label, hint, value, onChange, error, testId }: ReasonFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} rows={2} maxLength={2000} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} />}
    </LabelledField>
  );
}
