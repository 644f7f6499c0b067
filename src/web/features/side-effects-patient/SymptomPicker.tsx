/**
 * The symptoms of pathway-rules §10 in plain words, grouped gently (symptom-words.ts), as real
 * checkboxes: each group a fieldset, each symptom a 56 px target with its hint read with it.
 */
import { useId } from "react";
import type { SymptomCode } from "#domain/shared/record.ts";
import { SYMPTOM_GROUPS, symptomHint, symptomLabel } from "./symptom-words.ts";
import { useSideEffectWords } from "./use-side-effect-words.ts";

type SymptomPickerProps = {
  readonly chosen: readonly SymptomCode[];
  readonly onChange: (chosen: SymptomCode[]) => void;
  /** Shown above the groups when nothing was chosen on sending. */
  readonly problem: string | null;
};

export function SymptomPicker({ chosen, onChange, problem }: SymptomPickerProps) {
  const id = useId();
  const { t } = useSideEffectWords();
  const toggle = (code: SymptomCode, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    // The groups' order, so the report reads the same whatever the order of the taps.
    onChange(SYMPTOM_GROUPS.flatMap((group) => group.symptoms).filter((symptom) => next.has(symptom)));
  };
  return (
    <div data-testid="symptom-picker">
      {problem ? (
        <p className="symptoms-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
      {SYMPTOM_GROUPS.map((group) => (
        <fieldset key={group.key} className="symptom-group" aria-describedby={problem ? `${id}-problem` : undefined}>
          <legend className="symptom-group__legend">{t(`groups.${group.key}`)}</legend>
          <div className="symptom-group__options">
            {group.symptoms.map((code) => {
              const hint = symptomHint(code, t);
              const labelId = `${id}-${code}`;
              // Named by the label alone; the hint is read after it as its description.
              const hintId = hint ? `${id}-${code}-hint` : undefined;
              return (
                <label key={code} className="symptom">
                  <input type="checkbox" value={code} checked={chosen.includes(code)} aria-labelledby={labelId} aria-describedby={hintId} onChange={(event) => toggle(code, event.target.checked)} />
                  <span className="symptom__text">
                    <span className="symptom__label" id={labelId}>
                      {symptomLabel(code, t)}
                    </span>
                    {hint ? (
                      <span className="symptom__hint" id={hintId}>
                        {hint}
                      </span>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
