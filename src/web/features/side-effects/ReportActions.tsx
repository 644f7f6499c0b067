/**
 * What a clinician records on a report, each a new revision made from the one shown (another
 * person's change since is refused and said so): acknowledging a new report (which stops the red
 * alert), an action with its note (called, advised, referred, resolved), and clearing the hold a
 * red report puts on the next session, with the reason.
 */
import { useState, type FormEvent } from "react";
import { clearHoldBodySchema, sideEffectActionBodySchema, type SideEffectDetail } from "#contracts/api/side-effects.ts";
import { SIDE_EFFECT_RECORDED_ACTIONS } from "#contracts/records/kind-contents.ts";
import { api } from "#web/app/api.ts";
import { ApiError } from "#web/app/api-error.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { ReasonField } from "#web/features/scheduling/ReasonField.tsx";
import { ACTION_WORDS } from "./side-effect-words.ts";
import { announceSideEffectsChanged } from "./use-red-alerts.ts";

type Target = { readonly clinicId: string; readonly patientId: string; readonly reportId: string };
type Props = Target & { readonly report: SideEffectDetail; readonly onChanged: (report: SideEffectDetail, message: string) => void };

type ChosenAction = Exclude<(typeof SIDE_EFFECT_RECORDED_ACTIONS)[number], "acknowledged">;
const ACTION_OPTIONS = SIDE_EFFECT_RECORDED_ACTIONS.filter((action): action is ChosenAction => action !== "acknowledged").map((value) => ({ value, label: ACTION_WORDS[value] }));

const STALE = "Someone changed this report since you opened it: reload to see their change.";

/** A one-button acknowledgement of a new report: the clinician has seen it (the red alert stops). */
export function AcknowledgeButton({ clinicId, patientId, reportId, report, onChanged }: Props) {
  const submit = useSubmit();
  const acknowledge = async () => {
    const next = await submit.run(() => api("recordSideEffectAction", { params: { clinicId, patientId, reportId }, body: { action: "acknowledged", fromRevision: report.revision } }));
    if (next) {
      announceSideEffectsChanged();
      onChanged(next, "Acknowledged: the alert is off for everyone.");
    }
  };
  return (
    <div className="side-effect-form">
      <FormProblem error={submit.error} title={submit.error?.code === "stale_version" ? STALE : "Not acknowledged."} />
      <Button variant="primary" onClick={() => void acknowledge()} busy={submit.busy} busyLabel="Acknowledging…">
        Acknowledge this report
      </Button>
    </div>
  );
}

/** An action taken, with its note. */
export function ActionForm({ clinicId, patientId, reportId, report, onChanged }: Props) {
  const [action, setAction] = useState<ChosenAction>(report.status === "in-hand" ? "resolved" : "called");
  const [note, setNote] = useState("");
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(sideEffectActionBodySchema, { action, note, fromRevision: report.revision });
    if (!checked.ok) return submit.fail(checked.error);
    if (checked.value.note === "") return submit.fail(new ApiError("validation_failed", "Some answers need changing.", 400, [{ path: "note", message: "is required: say what was done and what the patient was told" }]));
    const next = await submit.run(() => api("recordSideEffectAction", { params: { clinicId, patientId, reportId }, body: checked.value }));
    if (next) {
      setNote("");
      announceSideEffectsChanged();
      onChanged(next, `Recorded: ${ACTION_WORDS[action].toLowerCase()}.`);
    }
  };

  return (
    <form className="side-effect-form" aria-label="Record an action" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="action-form">
      <FormProblem error={submit.error} title={submit.error?.code === "stale_version" ? STALE : "The action was not recorded."} />
      <RadioGroup legend="What was done" name="side-effect-action" value={action} options={ACTION_OPTIONS} onChange={setAction} error={fieldMessage("The action", submit.error?.issueFor("action"))} />
      <ReasonField label="Note" hint="Required: what was done and what the patient was told." value={note} onChange={setNote} error={fieldMessage("A note", submit.error?.issueFor("note"))} testId="action-note" />
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Recording…">
        Record the action
      </Button>
    </form>
  );
}

/** Clears the hold on the next session, with the reason it may go ahead. */
export function ClearHoldForm({ clinicId, patientId, reportId, report, onChanged }: Props) {
  const [reason, setReason] = useState("");
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(clearHoldBodySchema, { reason, fromRevision: report.revision });
    if (!checked.ok) return submit.fail(checked.error);
    const next = await submit.run(() => api("clearSideEffectHold", { params: { clinicId, patientId, reportId }, body: checked.value }));
    if (next) {
      announceSideEffectsChanged();
      onChanged(next, "The hold is cleared: the next session can be signed.");
    }
  };

  return (
    <form className="side-effect-form" aria-label="Clear the hold" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="clear-hold-form">
      <FormProblem error={submit.error} title={submit.error?.code === "stale_version" ? STALE : "The hold was not cleared."} />
      <ReasonField label="Why the next session may go ahead" hint="Required: what the review found." value={reason} onChange={setReason} error={fieldMessage("A reason", submit.error?.issueFor("reason"))} testId="clear-hold-reason" />
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Clearing…">
        Clear the hold
      </Button>
    </form>
  );
}

/** The outcome of a change, said once (design.md: say what state data is in). */
export function ChangedMessage({ message }: { readonly message: string | null }) {
  return message === null ? null : (
    <StatusMessage tone="ok" title="Saved." testId="side-effect-saved">
      <p>{message}</p>
    </StatusMessage>
  );
}
