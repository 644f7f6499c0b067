/** A labelled input with an optional hint and error (see LabelledField). */
import type { InputHTMLAttributes, Ref } from "react";
import { LabelledField } from "./LabelledField.tsx";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** The input element (React 19 passes refs as props). */
  readonly ref?: Ref<HTMLInputElement> | undefined;
};

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <LabelledField label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} {...input} />}
    </LabelledField>
  );
}
