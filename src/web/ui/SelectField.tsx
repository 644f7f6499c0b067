/** A labelled <select> with an optional hint and error (see LabelledField). */
import type { SelectHTMLAttributes } from "react";
import { LabelledField } from "./LabelledField.tsx";

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
};

export function SelectField({ label, options, hint, error, ...select }: SelectFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
