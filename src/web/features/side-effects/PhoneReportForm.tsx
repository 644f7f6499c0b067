/**
 * Staff record a side effect the patient reported by phone: the onset, the symptoms (grouped by
 * level, as triage will take them) and what the patient said. It is triaged and alerted as one
 * from the app; a red one puts the next session on hold at once.
 */
import { useState, type FormEvent } from "react";
import { v7 as uuidv7 } from "uuid";
import { phoneSideEffectBodySchema, type SideEffectDetail } from "#contracts/api/side-effects.ts";
import { AMBER_SYMPTOMS, GREEN_SYMPTOMS, RED_SYMPTOMS, type SymptomCode } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { CheckboxGroup } from "#web/ui/CheckboxGroup.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { ReasonField } from "#web/features/scheduling/ReasonField.tsx";
import { SYMPTOM_WORDS } from "./side-effect-words.ts";
import { announceSideEffectsChanged } from "./use-red-alerts.ts";

type Props = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  readonly onRecorded: (report: SideEffectDetail) => void;
  readonly onClose: () => void;
};

const GROUPS = [
  { legend: "Urgent symptoms (red)", codes: RED_SYMPTOMS },
  { legend: "Symptoms to call about (amber)", codes: AMBER_SYMPTOMS },
  { legend: "Self-care symptoms (green)", codes: GREEN_SYMPTOMS },
] as const;

export function PhoneReportForm({ clinicId, patientId, today, onRecorded, onClose }: Props) {
  // One id for this form, so sending it twice (a double click, a retry) records one report.
  const [id] = useState(() => uuidv7());
  const [onsetDate, setOnsetDate] = useState(today);
  const [symptoms, setSymptoms] = useState<SymptomCode[]>([]);
  const [note, setNote] = useState("");
  const submit = useSubmit();
  const heading = useFocusOnOpen();
  const symptomsError = fieldMessage("The symptoms", submit.error?.issues.find((issue) => issue.path.startsWith("symptoms"))?.message);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(phoneSideEffectBodySchema, { id, onsetDate, symptoms, note: note.trim() === "" ? null : note });
    if (!checked.ok) return submit.fail(checked.error);
    const report = await submit.run(() => api("recordPhoneSideEffect", { params: { clinicId, patientId }, body: checked.value }));
    if (report) {
      announceSideEffectsChanged();
      onRecorded(report);
    }
  };

  return (
    <form className="care-form side-effect-form" aria-labelledby="phone-report-title" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="phone-report-form">
      <h3 id="phone-report-title" ref={heading} tabIndex={-1}>
        Record a side effect reported by phone
      </h3>
      <FormProblem error={submit.error} title="The report was not recorded." />
      <TextField label="Onset" hint="When it started." type="date" value={onsetDate} max={today} onChange={(event) => setOnsetDate(event.target.value)} error={fieldMessage("The onset", submit.error?.issueFor("onsetDate"))} required />
      <div className="side-effect-symptoms">
        {GROUPS.map((group, index) => (
          <CheckboxGroup
            key={group.legend}
            legend={group.legend}
            values={symptoms.filter((code) => (group.codes as readonly string[]).includes(code))}
            options={group.codes.map((code) => ({ value: code, label: SYMPTOM_WORDS[code] }))}
            onChange={(chosen) => setSymptoms([...symptoms.filter((code) => !(group.codes as readonly string[]).includes(code)), ...chosen])}
            error={index === 0 ? symptomsError : undefined}
          />
        ))}
      </div>
      <ReasonField label="What the patient said" hint="Optional." value={note} onChange={setNote} error={fieldMessage("The note", submit.error?.issueFor("note"))} testId="phone-report-note" />
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Recording…">
          Record the report
        </Button>
        <Button onClick={onClose}>Close without saving</Button>
      </div>
    </form>
  );
}
