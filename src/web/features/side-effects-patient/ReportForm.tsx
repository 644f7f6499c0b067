/**
 * "Report a problem": what the patient noticed (the symptoms of pathway-rules §10 in plain
 * words), the day it started (today by default; not in the future, not before the last 90 days)
 * and an optional note. Sending never waits for the network: the page answers at once.
 */
import { useState, type FormEvent } from "react";
import { useDraftMark } from "#web/offline/drafts.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import type { CheckInDay } from "#domain/triage/check-ins.ts";
import { Link } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { LabelledField } from "#web/ui/LabelledField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { onsetBounds, onsetDateProblem, telLink, type EmergencyNumber } from "./report-words.ts";
import { SymptomPicker } from "./SymptomPicker.tsx";
import { useSideEffectWords } from "./use-side-effect-words.ts";

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
  // A report being typed holds an app update back until it is sent or left (drafts.ts).
  useDraftMark("side-effect-report", symptoms.length > 0 || note.trim() !== "");
  const { t, language } = useSideEffectWords();
  const bounds = onsetBounds(today);
  const symptomsProblem = tried && symptoms.length === 0 ? t("form.chooseOne") : null;
  const dateKey = tried ? onsetDateProblem(onsetDate, today) : null;
  const dateProblem = dateKey ? t(`onset.${dateKey}`) : null;
  const noteProblem = tried && note.trim().length > NOTE_LIMIT ? t("form.noteTooLong", { limit: NOTE_LIMIT }) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (symptoms.length === 0 || onsetDateProblem(onsetDate, today) !== null || note.trim().length > NOTE_LIMIT) return;
    onSend({ symptoms, onsetDate, note: note.trim() === "" ? null : note.trim() });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("form.label")} data-testid="report-form">
      <p className="urgent-line">
        {t("form.urgentBefore")}
        <a href={telLink(emergency.number)}>{t("form.urgentCall", { number: emergency.number })}</a>
        {t("form.urgentAfter")}
      </p>
      <div className="report-intro">
        {checkIn ? <p className="muted">{t("form.aboutCheckIn", { date: formatDateLong(checkIn.sessionDate, language), day: checkIn.day })}</p> : null}
        <p>{t("form.intro")}</p>
        <p className="muted">
          <Link to="/side-effects">{t("form.seeBefore")}</Link>
        </p>
      </div>
      <SymptomPicker chosen={symptoms} onChange={setSymptoms} problem={symptomsProblem} />
      <TextField
        label={t("form.startLabel")}
        hint={t("form.startHint")}
        type="date"
        min={bounds.min}
        max={bounds.max}
        value={onsetDate}
        onChange={(event) => setOnsetDate(event.target.value)}
        error={dateProblem ?? undefined}
        required
      />
      <LabelledField label={t("form.noteLabel")} hint={t("form.noteHint")} error={noteProblem ?? undefined}>
        {(control) => <textarea {...control} className="field__input report-note" rows={4} maxLength={NOTE_LIMIT + 200} value={note} onChange={(event) => setNote(event.target.value)} />}
      </LabelledField>
      <Button type="submit" variant="primary" block className="report-send">
        {t("form.send")}
      </Button>
      <p className="muted page-note">{t("form.after")}</p>
    </form>
  );
}
