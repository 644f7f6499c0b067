/**
 * The injectors' working hours, for those with hours.manage: choose an injector, edit their week
 * (a weekday and a range per row; several a day allowed, none overlapping) and their dated
 * changes from today on (a day off, or other hours), and save. The server refuses overlaps and
 * malformed times naming the row's field; the problem is shown beside it.
 */
import { useState } from "react";
import type { HoursView } from "#contracts/api/scheduling.ts";
import { api } from "#web/app/api.ts";
import { ApiError } from "#web/app/api-error.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { bodyOfDraft, draftOfHours, EMPTY_EXCEPTION_ROW, EMPTY_WEEKLY_ROW, type ExceptionRow, type HoursDraft, type RowIssue, type WeeklyRow } from "./hours-draft.ts";
import { issueSentence, WEEKDAY_NAMES } from "./visit-words.ts";

const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((name, index) => ({ value: String(index + 1), label: name }));

export function HoursEditor({ clinicId, onSaved }: { readonly clinicId: string; readonly onSaved: () => void }) {
  const query = useApiQuery(`hours:${clinicId}`, () => api("injectorHours", { params: { clinicId } }));
  const [latest, setLatest] = useState<HoursView | null>(null);
  const view = latest ?? (query.state.phase === "loaded" ? query.state.data : null);
  const [chosen, setChosen] = useState<string | null>(null);
  const injector = view?.injectors.find((candidate) => candidate.userId === chosen) ?? view?.injectors[0];

  return (
    <Card title="Working hours">
      {view === null ? <LoadStatus state={query.state} what="the working hours" onRetry={() => void query.reload()} /> : null}
      {view && injector === undefined ? <p className="muted">No injectors yet: give a member of staff the injector role on the staff page.</p> : null}
      {view && injector ? (
        <>
          <p className="muted">{`Times are the clinic's (${view.timeZone}); visits are booked in ${view.slotMinutes}-minute slots inside these hours. Visits already booked stay as they are.`}</p>
          <div className="hours-editor__injector">
            <SelectField label="Injector" value={injector.userId} onChange={(event) => setChosen(event.target.value)} options={view.injectors.map((candidate) => ({ value: candidate.userId, label: candidate.name }))} />
          </div>
          <HoursForm
            key={injector.userId}
            clinicId={clinicId}
            userId={injector.userId}
            name={injector.name}
            today={view.today}
            initial={draftOfHours(injector)}
            onSaved={(saved) => {
              setLatest(saved);
              onSaved();
            }}
          />
        </>
      ) : null}
    </Card>
  );
}

type HoursFormProps = {
  readonly clinicId: string;
  readonly userId: string;
  readonly name: string;
  readonly today: string;
  readonly initial: HoursDraft;
  readonly onSaved: (view: HoursView) => void;
};

function HoursForm({ clinicId, userId, name, today, initial, onSaved }: HoursFormProps) {
  const [draft, setDraft] = useState<HoursDraft>(initial);
  const [saved, setSaved] = useState(false);
  // Field problems of the last failed save, on their rows.
  const [problems, setProblems] = useState<readonly RowIssue[]>([]);
  const submit = useSubmit();

  const change = (next: HoursDraft) => {
    setDraft(next);
    setSaved(false);
  };
  const setWeekly = (id: string, patch: Partial<WeeklyRow>) => change({ ...draft, weekly: draft.weekly.map((row) => (row.id === id ? { ...row, ...patch } : row)) });
  const setException = (id: string, patch: Partial<ExceptionRow>) => change({ ...draft, exceptions: draft.exceptions.map((row) => (row.id === id ? { ...row, ...patch } : row)) });

  const save = async () => {
    const sent = bodyOfDraft(draft);
    setProblems([]);
    const answer = await submit.run(async () => {
      try {
        return await api("saveInjectorHours", { params: { clinicId, userId }, body: sent.body });
      } catch (error) {
        // Put each field problem on the row it came from, as the draft stood when sent.
        if (error instanceof ApiError) setProblems(error.issues.map((item) => sent.issueFor(item.path, item.message)).filter((item): item is RowIssue => item !== undefined));
        throw error;
      }
    });
    if (answer) {
      setSaved(true);
      onSaved(answer);
    }
  };

  return (
    <form
      className="hours-form"
      data-testid="hours-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="fieldset">
        <legend>{`${name}'s week`}</legend>
        {draft.weekly.length === 0 ? <p className="muted">No regular hours: no slots are offered except on the dates below.</p> : null}
        <div className="hours-rows">
          {draft.weekly.map((row, index) => (
            <div key={row.id} className="hours-row" role="group" aria-label={`Hours ${index + 1}`} data-testid="weekly-row">
              <div className="hours-row__day">
                <SelectField label="Day" value={row.weekday} onChange={(event) => setWeekly(row.id, { weekday: event.target.value })} options={WEEKDAY_OPTIONS} error={problemOf(problems, row.id, "weekday")} />
              </div>
              <TextField label="From" className="hours-row__time" type="time" step={300} value={row.start} onChange={(event) => setWeekly(row.id, { start: event.target.value })} error={problemOf(problems, row.id, "start")} />
              <TextField label="To" className="hours-row__time" type="time" step={300} value={row.end} onChange={(event) => setWeekly(row.id, { end: event.target.value })} error={problemOf(problems, row.id, "end")} />
              <Button variant="quiet" className="hours-row__remove" onClick={() => change({ ...draft, weekly: draft.weekly.filter((candidate) => candidate.id !== row.id) })} aria-label={`Remove hours ${index + 1} (${WEEKDAY_NAMES[Number(row.weekday) - 1] ?? ""} ${row.start}–${row.end})`}>
                Remove
              </Button>
            </div>
          ))}
        </div>
        <Button onClick={() => change({ ...draft, weekly: [...draft.weekly, EMPTY_WEEKLY_ROW()] })}>Add hours</Button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Days off and other hours</legend>
        {draft.exceptions.length === 0 ? <p className="muted">None from today on.</p> : null}
        <div className="hours-rows">
          {draft.exceptions.map((row, index) => (
            <div key={row.id} className="hours-row hours-row--exception" role="group" aria-label={`Date ${index + 1}`} data-testid="exception-row">
              <TextField label="Date" className="hours-row__date" type="date" min={today} value={row.date} onChange={(event) => setException(row.id, { date: event.target.value })} error={problemOf(problems, row.id, "date")} />
              <label className="hours-row__dayoff">
                <input type="checkbox" checked={row.dayOff} onChange={(event) => setException(row.id, event.target.checked ? { dayOff: true, start: "", end: "" } : { dayOff: false, start: "09:00", end: "12:00" })} />
                <span>Day off</span>
              </label>
              {row.dayOff ? null : (
                <>
                  <TextField label="From" className="hours-row__time" type="time" step={300} value={row.start} onChange={(event) => setException(row.id, { start: event.target.value })} error={problemOf(problems, row.id, "start")} />
                  <TextField label="To" className="hours-row__time" type="time" step={300} value={row.end} onChange={(event) => setException(row.id, { end: event.target.value })} error={problemOf(problems, row.id, "end")} />
                </>
              )}
              <TextField label="Note" className="hours-row__note" value={row.note} maxLength={200} onChange={(event) => setException(row.id, { note: event.target.value })} error={problemOf(problems, row.id, "note")} />
              <Button variant="quiet" className="hours-row__remove" onClick={() => change({ ...draft, exceptions: draft.exceptions.filter((candidate) => candidate.id !== row.id) })} aria-label={`Remove date ${index + 1} (${row.date})`}>
                Remove
              </Button>
            </div>
          ))}
        </div>
        <Button onClick={() => change({ ...draft, exceptions: [...draft.exceptions, EMPTY_EXCEPTION_ROW(today)] })}>Add a date</Button>
      </fieldset>
      {saved ? (
        <StatusMessage tone="ok" title="Saved." testId="hours-saved">
          <p>{`${name}'s hours are saved; the free times follow them.`}</p>
        </StatusMessage>
      ) : null}
      <FormProblem error={submit.error} title="Hours not saved." />
      <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
        {`Save ${name}'s hours`}
      </Button>
    </form>
  );
}

function problemOf(problems: readonly RowIssue[], rowId: string, field: RowIssue["field"]): string | undefined {
  return issueSentence(problems.find((problem) => problem.rowId === rowId && problem.field === field)?.message);
}
