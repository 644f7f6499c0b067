/**
 * "Report a problem": what the patient noticed (the symptoms of pathway-rules §10 in plain
 * words), the day it started (today by default; not in the future, not before the last 90 days)
 * and an optional note. Sending never waits for the network: the page answers at once.
 */
import { useState, type FormEvent } from "react";
import type { SymptomCode } from "#domain/shared/record.ts";
import type { CheckInDay } from "#domain/triage/check-ins.ts";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { formatLongDate } from "#web/ui/format.ts";
import { LabelledField } from "#web/ui/LabelledField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { onsetBounds, onsetDateProblem, telLink, type EmergencyNumber } from "./report-words.ts";
import { SymptomPicker } from "./SymptomPicker.tsx";

export interface ReportFormValues {
  readonly symptoms: readonly SymptomCode[];
  readonly onsetDate: string;
  readonly note: string | null;
}

/** The check-in a "yes" came from, told above the form. */
export interface CheckInContext {
  readonly sessionId: string;
  readonly sessionDate: string;
  readonly day: CheckInDay;
}

type ReportFormProps = {
  readonly today: string;
  readonly emergency: EmergencyNumber;
  readonly checkIn: CheckInContext | null;
  readonly onSend: (values: ReportFormValues) => void;
};

const NOTE_LIMIT = 2000;

export function ReportForm({ today, emergency, checkIn, onSend }: ReportFormProps) {
  const [symptoms, setSymptoms] = useState<SymptomCode[]>([]);
  const [onsetDate, setOnsetDate] = useState(today);
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const bounds = onsetBounds(today);
  const symptomsProblem = tried && symptoms.length === 0 ? "Choose at least one thing you have noticed." : null;
  const dateProblem = tried ? onsetDateProblem(onsetDate, today) : null;
  const noteProblem = tried && note.trim().length > NOTE_LIMIT ? `Keep the note under ${NOTE_LIMIT} characters.` : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (symptoms.length === 0 || onsetDateProblem(onsetDate, today) !== null || note.trim().length > NOTE_LIMIT) return;
    onSend({ symptoms, onsetDate, note: note.trim() === "" ? null : note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Report a problem" data-testid="report-form">
      <p className="urgent-line">
        {"Feeling very unwell? Do not wait: "}
        <a href={telLink(emergency.number)}>{`call ${emergency.number}`}</a>
        {" now."}
      </p>
      <div className="report-intro">
        {checkIn ? <p className="muted">{`About your injections on ${formatLongDate(checkIn.sessionDate)} (day ${checkIn.day} check-in).`}</p> : null}
        <p>Tell your clinic about a side effect of your injections. Choose everything you have noticed.</p>
        <p className="muted">
          <Link to="/side-effects">See what you have reported before</Link>
        </p>
      </div>
      <SymptomPicker chosen={symptoms} onChange={setSymptoms} problem={symptomsProblem} />
      <TextField
        label="When did it start?"
        hint="Today, or a day in the last 90 days."
        type="date"
        min={bounds.min}
        max={bounds.max}
        value={onsetDate}
        onChange={(event) => setOnsetDate(event.target.value)}
        error={dateProblem ?? undefined}
        required
      />
      <LabelledField label="Anything else to tell your clinic? (optional)" hint="For example, which side, or how it is changing." error={noteProblem ?? undefined}>
        {(control) => <textarea {...control} className="field__input report-note" rows={4} maxLength={NOTE_LIMIT + 200} value={note} onChange={(event) => setNote(event.target.value)} />}
      </LabelledField>
      <Button type="submit" variant="primary" block className="report-send">
        Send to my clinic
      </Button>
      <p className="muted page-note">You see what to do on the next screen straight away, with or without a connection.</p>
    </form>
  );
}
