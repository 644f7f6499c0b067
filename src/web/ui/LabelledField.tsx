/**
 * The frame every form control shares: a label (or a legend), an optional hint and an optional
 * error, both linked to the control by aria-describedby so a screen reader reads them with it;
 * the error also sets aria-invalid. TextField and SelectField render their control inside it,
 * RadioGroup uses its ids and the hint and error lines.
 */
import { useId, type ReactNode } from "react";

/** Ids of a field and of its hint and error lines, and the aria-describedby naming them. */
export function useFieldIds(hint: string | undefined, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy };
}

export function FieldHint({ id, text }: { readonly id: string | undefined; readonly text: string | undefined }) {
  return text ? (
    <span className="field__hint" id={id}>
      {text}
    </span>
  ) : null;
}

export function FieldError({ id, text }: { readonly id: string | undefined; readonly text: string | undefined }) {
  return text ? (
    <span className="field__error" id={id}>
      {text}
    </span>
  ) : null;
}

/** What the control inside a LabelledField must carry. */
export type FieldControlProps = {
  readonly id: string;
  readonly className: "field__input";
  readonly "aria-invalid": true | undefined;
  readonly "aria-describedby": string | undefined;
};

type LabelledFieldProps = {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly className?: string | undefined;
  readonly children: (control: FieldControlProps) => ReactNode;
};

export function LabelledField({ label, hint, error, className, children }: LabelledFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className={["field", className ?? ""].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={hintId} text={hint} />
      {children({ id, className: "field__input", "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      <FieldError id={errorId} text={error} />
    </div>
  );
}
