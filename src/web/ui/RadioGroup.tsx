/**
 * One question with a few exclusive answers as real radio buttons in a fieldset: the legend is
 * the question, every answer (an explicit "not known" included) is a visible choice, arrow keys
 * move between them, and the hint and error are read with the group.
 */
import { FieldError, FieldHint, useFieldIds } from "./LabelledField.tsx";

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
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <fieldset
      className={error ? "radio-group radio-group--invalid" : "radio-group"}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend className="radio-group__legend">{legend}</legend>
      <FieldHint id={hintId} text={hint} />
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio-group__option">
            <input type="radio" name={`${id}-${name}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} text={error} />
    </fieldset>
  );
}
