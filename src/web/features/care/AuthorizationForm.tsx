/**
 * A coordinator records a prior authorization (requested, approved or denied) with the payer's
 * reference and validity, or updates one: an update is a new revision and asks why it changed.
 * Problems are shown beside their fields, checked against the server's own contract first.
 */
import { useState, type FormEvent } from "react";
import { authorizationBodySchema, updateAuthorizationBodySchema, type PatientCare } from "#contracts/api/care.ts";
import { AUTHORIZATION_STATUSES, type AuthorizationStatus } from "#domain/pathway/pathway-status.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { ReasonField } from "#web/features/scheduling/ReasonField.tsx";
import { AUTHORIZATION_WORDS } from "./care-words.ts";

type Authorization = PatientCare["authorizations"][number];

type AuthorizationFormProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  /** The authorization to update; none records a new one. */
  readonly editing: Authorization | null;
  readonly onDone: (care: PatientCare, message: string) => void;
  readonly onClose: () => void;
};

const STATUS_OPTIONS = AUTHORIZATION_STATUSES.map((value) => ({ value, label: AUTHORIZATION_WORDS[value] }));
const orNull = (text: string) => (text.trim() === "" ? null : text);

export function AuthorizationForm({ clinicId, patientId, today, editing, onDone, onClose }: AuthorizationFormProps) {
  const [status, setStatus] = useState<AuthorizationStatus>(editing?.status ?? "requested");
  const [date, setDate] = useState(editing?.date ?? today);
  const [payer, setPayer] = useState(editing?.payer ?? "");
  const [reference, setReference] = useState(editing?.reference ?? "");
  const [validUntil, setValidUntil] = useState(editing?.validUntil ?? "");
  const [note, setNote] = useState(editing?.note ?? "");
  const [reason, setReason] = useState("");
  const submit = useSubmit();
  const heading = useFocusOnOpen();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { status, date, payer: orNull(payer), reference: orNull(reference), validUntil: orNull(validUntil), note: orNull(note) };
    if (editing) {
      const checked = validate(updateAuthorizationBodySchema, { ...fields, reason, fromRevision: editing.revision });
      if (!checked.ok) return submit.fail(checked.error);
      const care = await submit.run(() => api("updateAuthorization", { params: { clinicId, patientId, authorizationId: editing.id }, body: checked.value }));
      if (care) onDone(care, `Updated the authorization: ${AUTHORIZATION_WORDS[status].toLowerCase()}.`);
      return;
    }
    const checked = validate(authorizationBodySchema, fields);
    if (!checked.ok) return submit.fail(checked.error);
    const care = await submit.run(() => api("addAuthorization", { params: { clinicId, patientId }, body: checked.value }));
    if (care) onDone(care, `Recorded the authorization: ${AUTHORIZATION_WORDS[status].toLowerCase()}.`);
  };

  return (
    <form className="care-form" aria-labelledby="authorization-form-title" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="authorization-form">
      <h3 id="authorization-form-title" ref={heading} tabIndex={-1}>
        {editing ? "Update the authorization" : "Record an authorization"}
      </h3>
      <FormProblem error={submit.error} title="The authorization was not saved." />
      <RadioGroup legend="Status" name="authorization-status" value={status} options={STATUS_OPTIONS} onChange={setStatus} error={issue("Status", "status")} />
      <div className="care-form__row">
        <TextField label="Date" hint="When it was requested, or when the payer answered." type="date" value={date} max={today} onChange={(e) => setDate(e.target.value)} error={issue("Date", "date")} required />
        <TextField label="Valid until" hint="Optional: the last day the approval covers." type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} error={issue("Valid until", "validUntil")} />
      </div>
      <div className="care-form__row">
        <TextField label="Payer" hint="Optional." autoComplete="off" value={payer} onChange={(e) => setPayer(e.target.value)} error={issue("Payer", "payer")} />
        <TextField label="Payer's reference" hint="Optional." autoComplete="off" value={reference} onChange={(e) => setReference(e.target.value)} error={issue("Reference", "reference")} />
      </div>
      <ReasonField label="Note" hint="Optional: what the payer asked for, who was called." value={note} onChange={setNote} error={issue("Note", "note")} />
      {editing ? <ReasonField label="What changed?" hint="Required; kept with the authorization's history." value={reason} onChange={setReason} error={issue("A reason", "reason")} testId="authorization-reason" /> : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          {editing ? "Save the update" : "Record the authorization"}
        </Button>
        <Button onClick={onClose}>Close without saving</Button>
      </div>
    </form>
  );
}
