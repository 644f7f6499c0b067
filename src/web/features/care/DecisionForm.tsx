/**
 * A clinician records the decision after the response review (pathway-rules §8): continue, stop
 * or pause, always with the reason, and a pause with the date to reassess. The assessment's own
 * advice is on the same page; this is the clinician's decision, which may differ from it.
 */
import { useState, type FormEvent } from "react";
import { decisionBodySchema, type PatientCare } from "#contracts/api/care.ts";
import { TREATMENT_DECISIONS, type TreatmentDecisionKind } from "#domain/pathway/pathway-status.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { ReasonField } from "#web/features/scheduling/ReasonField.tsx";
import { DECISION_WORDS } from "./care-words.ts";

type DecisionFormProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  readonly onDone: (care: PatientCare, message: string) => void;
  readonly onClose: () => void;
};

const DECISION_OPTIONS = TREATMENT_DECISIONS.map((value) => ({ value, label: DECISION_WORDS[value] }));

export function DecisionForm({ clinicId, patientId, today, onDone, onClose }: DecisionFormProps) {
  const [decision, setDecision] = useState<TreatmentDecisionKind>("continue");
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState("");
  const [reassessOn, setReassessOn] = useState("");
  const submit = useSubmit();
  const heading = useFocusOnOpen();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(decisionBodySchema, { decision, date, reason, reassessOn: decision === "pause" && reassessOn !== "" ? reassessOn : null });
    if (!checked.ok) return submit.fail(checked.error);
    const care = await submit.run(() => api("addTreatmentDecision", { params: { clinicId, patientId }, body: checked.value }));
    if (care) onDone(care, `Recorded the decision: ${DECISION_WORDS[decision].toLowerCase()}.`);
  };

  return (
    <form className="care-form" aria-labelledby="decision-form-title" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="decision-form">
      <h3 id="decision-form-title" ref={heading} tabIndex={-1}>
        Record the treatment decision
      </h3>
      <FormProblem error={submit.error} title="The decision was not saved." />
      <RadioGroup legend="Decision" name="treatment-decision" value={decision} options={DECISION_OPTIONS} onChange={setDecision} error={issue("Decision", "decision")} />
      <div className="care-form__row">
        <TextField label="Date" type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} error={issue("Date", "date")} required />
        {decision === "pause" ? (
          <TextField label="Reassess on" hint="Required with a pause." type="date" value={reassessOn} min={date} onChange={(e) => setReassessOn(e.target.value)} error={issue("Reassess on", "reassessOn")} required />
        ) : null}
      </div>
      <ReasonField label="Reason" hint="Required: the response, side effects, the patient's wish." value={reason} onChange={setReason} error={issue("A reason", "reason")} testId="decision-reason" />
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          Record the decision
        </Button>
        <Button onClick={onClose}>Close without saving</Button>
      </div>
    </form>
  );
}
