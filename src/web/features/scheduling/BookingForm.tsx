/**
 * Booking a visit, or moving one: an injector, a date (with where it falls against the treatment
 * window, judged by the domain's bookingWindow), one of that day's free 15-minute slots (radio
 * buttons: arrow keys move between them), and the reasons the rules ask for: why outside the
 * window (pathway-rules §7), and why the visit moves. The server checks all of it again; a slot
 * taken meanwhile is said plainly and the slots are loaded again.
 */
import { useEffect, useRef, useState } from "react";
import type { PatientVisits, VisitView } from "#contracts/api/scheduling.ts";
import { bookingWindow } from "#domain/scheduling/booking-window.ts";
import { isPlainDate, plainDate } from "#domain/shared/plain-date.ts";
import { api } from "#web/app/api.ts";
import { ApiError } from "#web/app/api-error.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { formatLongDate, shortWeekday, formatPlainDate } from "#web/ui/format.ts";
import { RadioGroup } from "#web/ui/RadioGroup.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { ReasonField } from "./ReasonField.tsx";
import { datesFrom, issueSentence, onlyFieldIssues, startDate, TIMING_WORDS } from "./visit-words.ts";

/** The fields this form shows their problems beside. */
const FIELDS = ["injectorUserId", "date", "time", "windowReason", "reason"];

/** Days of free slots fetched from the chosen date, to offer the next days with room. */
const LOOK_AHEAD_DAYS = 14;

type BookingFormProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly visits: PatientVisits;
  /** The visit being moved; absent when booking a new one. */
  readonly moving?: VisitView | undefined;
  readonly onDone: (visits: PatientVisits, message: string) => void;
  readonly onClose?: (() => void) | undefined;
};

export function BookingForm({ clinicId, patientId, visits, moving, onDone, onClose }: BookingFormProps) {
  const [injectorUserId, setInjector] = useState(moving?.injector.userId ?? visits.injectors[0]?.userId ?? "");
  const [date, setDate] = useState<string>(() => startDate(visits.window, visits.today));
  const [time, setTime] = useState<string>("");
  const [windowReason, setWindowReason] = useState(moving?.windowReason ?? "");
  const [reason, setReason] = useState("");
  const [taken, setTaken] = useState(false);
  const submit = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  const validDate = isPlainDate(date) && date >= visits.today;

  useEffect(() => {
    if (moving) heading.current?.focus();
  }, [moving]);

  const slots = useApiQuery(`slots:${clinicId}:${injectorUserId}:${date}`, async () => {
    if (injectorUserId === "" || !validDate) return null;
    const to = datesFrom(date, LOOK_AHEAD_DAYS).at(-1) ?? date;
    return api("freeSlots", { params: { clinicId }, query: { injectorUserId, from: date, to } });
  });
  const days = slots.state.phase === "loaded" ? (slots.state.data?.injectors[0]?.days ?? []) : [];
  const today = days.find((day) => day.date === date);
  const otherDays = days.filter((day) => day.date !== date && day.slots.length > 0).slice(0, 6);

  const schedule = visits.window === null ? null : { nextEarliest: plainDate(visits.window.earliest), nextDue: plainDate(visits.window.due), nextLate: plainDate(visits.window.late) };
  const check = validDate ? bookingWindow(plainDate(date), schedule) : null;
  const issue = (path: string, subject: string) => issueSentence(submit.error?.issueFor(path), subject);

  const chooseDate = (next: string) => {
    setDate(next);
    setTime("");
    setTaken(false);
  };

  const send = async () => {
    setTaken(false);
    const slot = { injectorUserId, date, time, windowReason: check?.needsReason ? windowReason : null };
    let slotTaken = false;
    // A move names the revision shown (a visit always has its booking, 1): a change made meanwhile is refused, never overwritten.
    const answer = await submit.run(async () => {
      try {
        return moving
          ? await api("rescheduleVisit", { params: { clinicId, patientId, visitId: moving.id }, body: { ...slot, reason, fromRevision: moving.revisions.at(-1)?.revision ?? 0 } })
          : await api("bookVisit", { params: { clinicId, patientId }, body: slot });
      } catch (error) {
        slotTaken = error instanceof ApiError && error.code === "slot_taken";
        throw error;
      }
    });
    if (answer) {
      onDone(answer, `${moving ? "Moved the visit to" : "Booked"} ${formatLongDate(date)} at ${time}.`);
      return;
    }
    if (!slotTaken) return;
    // A slot booked by someone else meanwhile: show the free times again.
    setTaken(true);
    setTime("");
    await slots.reload();
  };

  const title = moving ? "Move the visit" : "Book the next visit";
  return (
    <form
      className="booking-form"
      aria-labelledby="booking-form-title"
      data-testid="booking-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3 id="booking-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <div className="booking-form__pickers">
        <SelectField
          label="Injector"
          value={injectorUserId}
          onChange={(event) => {
            setInjector(event.target.value);
            setTime("");
          }}
          options={visits.injectors.map((injector) => ({ value: injector.userId, label: injector.name }))}
          error={issue("injectorUserId", "The injector")}
        />
        <TextField label="Date" type="date" value={date} min={visits.today} onChange={(event) => chooseDate(event.target.value)} error={issue("date", "This date") ?? (date !== "" && !validDate ? "Choose today or a later date." : undefined)} />
      </div>
      {check ? (
        <p className={`timing timing--${check.timing}`} data-testid="booking-timing">
          <span className="timing__label">{TIMING_WORDS[check.timing]}</span>
          {check.daysFromDue !== null ? <span className="muted">{` · ${dueWords(check.daysFromDue)}`}</span> : null}
        </p>
      ) : null}
      {visits.injectors.length === 0 ? <StatusMessage tone="warn" title="No injectors yet." live={false}>Give a member of staff the injector role, then set their hours on the schedule page.</StatusMessage> : null}
      {slots.state.phase === "failed" ? <FormProblem error={slots.state.error} title="Could not load the free times." /> : null}
      {taken ? (
        <StatusMessage tone="warn" title="That time has just been booked for another patient.">
          <p>The free times below are up to date: choose another.</p>
        </StatusMessage>
      ) : null}
      {today && today.slots.length > 0 ? (
        <RadioGroup
          legend={`Free times on ${formatLongDate(date)}`}
          name="slot"
          value={time}
          options={today.slots.map((slot) => ({ value: slot, label: slot }))}
          onChange={setTime}
          error={taken ? undefined : issue("time", "This time")}
          testId="slot-times"
        />
      ) : slots.state.phase === "loaded" && validDate && injectorUserId !== "" ? (
        <p className="muted" data-testid="no-slots">{`No free times on ${formatLongDate(date)}.`}</p>
      ) : null}
      {otherDays.length > 0 ? (
        <div className="booking-form__days">
          <span className="muted">Other days with free times:</span>
          <div className="row">
            {otherDays.map((day) => (
              <Button key={day.date} variant="quiet" onClick={() => chooseDate(day.date)}>
                {`${shortWeekday(day.date)} ${formatPlainDate(day.date).replace(/ \d{4}$/, "")}: ${day.slots.length} free`}
              </Button>
            ))}
          </div>
        </div>
      ) : null}
      {check?.needsReason ? (
        <ReasonField
          label="Why outside the treatment window?"
          hint="Required: the rules ask for a reason to book before the earliest or after the late date."
          value={windowReason}
          onChange={setWindowReason}
          error={issue("windowReason", "A reason")}
          testId="window-reason"
        />
      ) : null}
      {moving ? <ReasonField label="Why is the visit moved?" hint="Required; kept with the visit's history." value={reason} onChange={setReason} error={issue("reason", "A reason")} testId="move-reason" /> : null}
      <FormProblem error={submit.error?.code === "slot_taken" || onlyFieldIssues(submit.error, FIELDS) ? null : submit.error} title={moving ? "Not moved." : "Not booked."} />
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel={moving ? "Moving…" : "Booking…"} disabled={time === ""}>
          {time === "" ? (moving ? "Choose a time to move to" : "Choose a time to book") : `${moving ? "Move to" : "Book"} ${formatLongDate(date)} at ${time}`}
        </Button>
        {onClose ? <Button onClick={onClose}>{moving ? "Keep the visit as it is" : "Close"}</Button> : null}
      </div>
    </form>
  );
}

/** How far a date is from the due date, in words. */
function dueWords(days: number): string {
  if (days === 0) return "on the due date";
  const count = Math.abs(days);
  return `${count} day${count === 1 ? "" : "s"} ${days < 0 ? "before" : "after"} the due date`;
}
