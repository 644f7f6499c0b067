/**
 * One question with a few exclusive answers as real radio buttons in a fieldset: the legend is
 * the question, every answer (an explicit "not known" included) is a visible choice, arrow keys
 * move between them, and the hint and error are read with the group.
 */
import { useId } from "react";

type RadioGroupProps<V extends string> = {
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly name: string;
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  readonly testId?: string;
};

export function RadioGroup<V extends string>({ legend, hint, name, value, options, onChange, error, testId }: RadioGroupProps<V>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={error ? "radio-group radio-group--invalid" : "radio-group"}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      data-testid={testId}
    >
      <legend className="radio-group__legend">{legend}</legend>
      {hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio-group__option">
            <input type="radio" name={`${id}-${name}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
