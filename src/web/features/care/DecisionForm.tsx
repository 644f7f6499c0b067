/**
 * A clinician records the decision after the response review (pathway-rules §8): continue, stop,
 * pause or switch to another treatment, always with the reason, a pause with the date to reassess
 * and a switch with the treatment. The server keeps the review the decision was made on; from the
 * review screen the form sends that review's fingerprint, so a decision is never kept with figures
 * the clinician did not see (the server refuses when they changed meanwhile). The decision may
 * depart from the policy's recommendation: the form says so before it is sent, and the record
 * keeps the mark.
 */
import { useState, type FormEvent } from "react";
import { decisionBodySchema, type PatientCare } from "#contracts/api/care.ts";
import type { Recommendation } from "#domain/outcomes/continuation.ts";
import { followsRecommendation } from "#domain/pathway/decision-agreement.ts";
import { TREATMENT_DECISIONS, type TreatmentDecisionKind } from "#domain/pathway/pathway-status.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { ReasonField } from "#web/features/scheduling/ReasonField.tsx";
import { DECISION_WORDS } from "./care-words.ts";

/** The review the decision is made on, as the review screen read it. */
export interface ReviewedAs {
  readonly asOf: string;
  readonly policy: PolicyId;
  readonly fingerprint: string;
  /** The policy's recommendation in it; null when the response was not evaluated. */
  readonly recommendation: Recommendation | null;
  /** The recommendation in words, e.g. "Continue treatment". */
  readonly recommendationWords: string | null;
}

type DecisionFormProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  readonly onDone: (care: PatientCare, message: string) => void;
  readonly onClose?: (() => void) | undefined;
  /** From the review screen: the review decided on. Without it the server keeps the day's review under the clinic's policy. */
  readonly reviewed?: ReviewedAs | null;
  /** Reloads the review after the server said its figures changed. */
  readonly onReviewChanged?: (() => void) | undefined;
};

const DECISION_OPTIONS = TREATMENT_DECISIONS.map((value) => ({ value, label: DECISION_WORDS[value] }));

export function DecisionForm({ clinicId, patientId, today, onDone, onClose, reviewed = null, onReviewChanged }: DecisionFormProps) {
  const [decision, setDecision] = useState<TreatmentDecisionKind>(reviewed?.recommendation === "stop" ? "stop" : reviewed?.recommendation === "pause" ? "pause" : "continue");
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState("");
  const [reassessOn, setReassessOn] = useState("");
  const [switchTo, setSwitchTo] = useState("");
  const submit = useSubmit();
  const heading = useFocusOnOpen();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));
  const follows = reviewed === null ? null : followsRecommendation(decision, reviewed.recommendation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(decisionBodySchema, {
      decision,
      date,
      reason,
      reassessOn: decision === "pause" && reassessOn !== "" ? reassessOn : null,
      switchTo: decision === "switch" && switchTo.trim() !== "" ? switchTo : null,
      reviewed: reviewed === null ? null : { asOf: reviewed.asOf, policy: reviewed.policy, fingerprint: reviewed.fingerprint },
    });
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
      {submit.error?.code === "stale_version" && onReviewChanged ? (
        <Button onClick={() => { submit.reset(); onReviewChanged(); }}>Reload the review</Button>
      ) : null}
      <RadioGroup legend="Decision" name="treatment-decision" value={decision} options={DECISION_OPTIONS} onChange={setDecision} error={issue("Decision", "decision")} />
      {reviewed !== null ? <AgreementNote follows={follows} recommendationWords={reviewed.recommendationWords} /> : null}
      <div className="care-form__row">
        <TextField label="Date" type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} error={issue("Date", "date")} required />
        {decision === "pause" ? (
          <TextField label="Reassess on" hint="Required with a pause." type="date" value={reassessOn} min={date} onChange={(e) => setReassessOn(e.target.value)} error={issue("Reassess on", "reassessOn")} required />
        ) : null}
        {decision === "switch" ? (
          <TextField label="New treatment" hint="Required: the treatment the patient moves to." value={switchTo} maxLength={200} onChange={(e) => setSwitchTo(e.target.value)} error={issue("The treatment", "switchTo")} required />
        ) : null}
      </div>
      <ReasonField
        label="Reason"
        hint={follows === false ? "Required: why this departs from the recommendation (the response, side effects, the patient's wish)." : "Required: the response, side effects, the patient's wish."}
        value={reason}
        onChange={setReason}
        error={issue("A reason", "reason")}
        testId="decision-reason"
      />
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          Record the decision
        </Button>
        {onClose ? <Button onClick={onClose}>Close without saving</Button> : null}
      </div>
    </form>
  );
}

/** Whether the chosen decision follows the recommendation, said before it is sent. */
function AgreementNote({ follows, recommendationWords }: { readonly follows: boolean | null; readonly recommendationWords: string | null }) {
  if (follows === null) return <p className="muted" data-testid="decision-agreement">No recommendation to follow: the response is not evaluated. The decision is kept with the figures shown.</p>;
  if (follows) return <p className="muted" data-testid="decision-agreement">{`Follows the recommendation: ${(recommendationWords ?? "").toLowerCase()}.`}</p>;
  return (
    <StatusMessage tone="warn" title="This departs from the recommendation." live={false} testId="decision-agreement">
      <p>{`The policy recommends: ${(recommendationWords ?? "").toLowerCase()}. The decision is yours; it is marked as departing, with your reason.`}</p>
    </StatusMessage>
  );
}
