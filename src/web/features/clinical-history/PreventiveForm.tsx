/** Adds a preventive treatment trial or amends one: drug, class, dose, dates and outcome, checked before sending. */
import { useState, type FormEvent, type Ref } from "react";
import type { PreventiveTrialInput } from "#contracts/api/clinical-history.ts";
import type { ApiError } from "#web/app/api-error.ts";
import { fieldMessage } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { CLASS_OPTIONS, OUTCOME_OPTIONS, checkTrial, type TrialDraft } from "./preventive-rows.ts";

type PreventiveFormProps = {
  /** The form's heading: "Add a preventive treatment" or "Change topiramate". */
  readonly title: string;
  readonly initial: TrialDraft;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly error: ApiError | null;
  readonly onInvalid: (error: ApiError) => void;
  /** Sends the trial; resolves true when saved (the form then empties). */
  readonly onSubmit: (trial: PreventiveTrialInput) => Promise<boolean>;
  readonly onCancel?: () => void;
  readonly headingRef?: Ref<HTMLHeadingElement>;
};

const PLACEHOLDER = { value: "", label: "Choose…" };

export function PreventiveForm({ title, initial, submitLabel, busy, error, onInvalid, onSubmit, onCancel, headingRef }: PreventiveFormProps) {
  const [draft, setDraft] = useState<TrialDraft>(initial);
  const issue = (label: string, path: string) => fieldMessage(label, error?.issueFor(path));
  const change = (next: Partial<TrialDraft>) => setDraft((current) => ({ ...current, ...next }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTrial(draft);
    if (!checked.ok) return onInvalid(checked.error);
    if (await onSubmit(checked.value)) setDraft(initial);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title} className="trial-form" data-testid="trial-form">
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <FormProblem error={error} title="The treatment was not saved." />
      <div className="trial-form__fields">
        <TextField label="Drug" autoComplete="off" value={draft.name} onChange={(e) => change({ name: e.target.value })} error={issue("Drug", "name")} required />
        <SelectField
          label="Class"
          value={draft.class}
          options={draft.class === "" ? [PLACEHOLDER, ...CLASS_OPTIONS] : CLASS_OPTIONS}
          onChange={(e) => change({ class: e.target.value as TrialDraft["class"] })}
          error={issue("Class", "class")}
          required
        />
        <TextField
          label="Dose"
          hint="e.g. 100 mg daily"
          autoComplete="off"
          value={draft.dose}
          onChange={(e) => change({ dose: e.target.value })}
          error={issue("Dose", "dose")}
        />
        <TextField label="Started" type="date" value={draft.start} onChange={(e) => change({ start: e.target.value })} error={issue("Started", "start")} required />
        <TextField
          label="Stopped"
          hint="Leave empty while still taking it."
          type="date"
          value={draft.end}
          onChange={(e) => change({ end: e.target.value })}
          error={issue("Stopped", "end")}
        />
        <SelectField
          label="Outcome"
          value={draft.outcome}
          options={draft.outcome === "" ? [PLACEHOLDER, ...OUTCOME_OPTIONS] : OUTCOME_OPTIONS}
          onChange={(e) => change({ outcome: e.target.value as TrialDraft["outcome"] })}
          error={issue("Outcome", "outcome")}
          required
        />
      </div>
      <div className="row">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
