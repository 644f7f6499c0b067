/** Which policy the eligibility is judged under: the clinic's default unless another is chosen. */
import { useId } from "react";
import type { PolicyId } from "#domain/shared/record.ts";
import { POLICY_LABELS, POLICY_ORDER, isPolicyId } from "./labels.ts";

type PolicySelectProps = {
  /** The policy shown now. */
  readonly value: PolicyId | null;
  /** The clinic's default, marked in the list; null while unknown. */
  readonly clinicDefault: PolicyId | null;
  readonly onChange: (policy: PolicyId) => void;
  readonly label?: string;
};

export function PolicySelect({ value, clinicDefault, onChange, label = "Judge eligibility under" }: PolicySelectProps) {
  const id = useId();
  return (
    <div className="policy-select">
      <label htmlFor={id} className="policy-select__label">
        {label}
      </label>
      <select
        id={id}
        className="field__input policy-select__input"
        value={value ?? ""}
        onChange={(event) => {
          if (isPolicyId(event.target.value)) onChange(event.target.value);
        }}
        data-testid="policy-select"
      >
        {value === null ? <option value="">Loading…</option> : null}
        {POLICY_ORDER.map((policy) => (
          <option key={policy} value={policy}>
            {policy === clinicDefault ? `${POLICY_LABELS[policy]} (clinic default)` : POLICY_LABELS[policy]}
          </option>
        ))}
      </select>
    </div>
  );
}
