/**
 * The audit log's search: by patient, by person (staff), and by the clinic's days. Applied on
 * "Search", so typing a date does not reload the log at every key.
 */
import { useState, type FormEvent } from "react";
import { Button } from "#web/ui/Button.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { NO_FILTERS, rangeProblem, type AuditFilters } from "./audit-rows.ts";

type Option = { readonly value: string; readonly label: string };

type AuditFiltersFormProps = {
  readonly applied: AuditFilters;
  readonly patients: readonly Option[];
  readonly people: readonly Option[];
  readonly onApply: (filters: AuditFilters) => void;
};

export function AuditFiltersForm({ applied, patients, people, onApply }: AuditFiltersFormProps) {
  const [draft, setDraft] = useState<AuditFilters>(applied);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<AuditFilters>) => setDraft((current) => ({ ...current, ...change }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const range = rangeProblem(draft);
    setProblem(range);
    if (range === null) onApply(draft);
  };

  return (
    <form className="audit-filters" role="search" aria-label="Search the audit log" noValidate onSubmit={onSubmit}>
      <SelectField label="Patient" value={draft.patientId} onChange={(e) => set({ patientId: e.target.value })} options={[{ value: "", label: "All patients" }, ...patients]} />
      <SelectField label="Person" value={draft.userId} onChange={(e) => set({ userId: e.target.value })} options={[{ value: "", label: "Anyone" }, ...people]} />
      <TextField label="From" type="date" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
      <TextField label="To" type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} error={problem === null ? undefined : `To ${problem}.`} />
      <div className="audit-filters__actions">
        <Button type="submit" variant="primary">
          Search
        </Button>
        <Button
          onClick={() => {
            setDraft(NO_FILTERS);
            setProblem(null);
            onApply(NO_FILTERS);
          }}
        >
          Clear
        </Button>
      </div>
    </form>
  );
}
