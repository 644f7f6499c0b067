/**
 * One question with several answers that may all hold, as real checkboxes in a fieldset (the
 * radio group's look and frame): the legend is the question, the hint and error are read with it.
 */
import { FieldError, FieldHint, useFieldIds } from "./LabelledField.tsx";

type CheckboxGroupProps<V extends string> = {
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly values: readonly V[];
  readonly options: readonly { readonly value: V; readonly label: string; readonly hint?: string }[];
  readonly onChange: (values: V[]) => void;
  readonly error?: string | undefined;
  readonly testId?: string;
};

export function CheckboxGroup<V extends string>({ legend, hint, values, options, onChange, error, testId }: CheckboxGroupProps<V>) {
  const { hintId, errorId, describedBy } = useFieldIds(hint, error);
  const toggle = (value: V, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order, so the answer reads the same whatever the click order.
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset className={error ? "radio-group radio-group--invalid" : "radio-group"} aria-describedby={describedBy} data-testid={testId}>
      <legend className="radio-group__legend">{legend}</legend>
      <FieldHint id={hintId} text={hint} />
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio-group__option" title={option.hint}>
            <input type="checkbox" value={option.value} checked={values.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} text={error} />
    </fieldset>
  );
}
