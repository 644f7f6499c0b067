/**
 * A patient's visits on their chart: the next one (date, time, injector, and where it falls
 * against the treatment window), the window itself after the last signed session (earliest, due,
 * late: pathway-rules §7), booking inside it (outside only with a reason), moving and cancelling
 * with a reason, and every visit's history. Without schedule.manage the card only shows.
 */
import { useState } from "react";
import type { PatientVisits } from "#contracts/api/scheduling.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { BookingForm } from "./BookingForm.tsx";
import { CancelVisitForm } from "./CancelVisitForm.tsx";
import { VisitHistory } from "./VisitHistory.tsx";
import { TIMING_WORDS, visitWhen } from "./visit-words.ts";
import "./scheduling.css";

type BookingCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly canBook: boolean;
  /** Called after a booking, move or cancellation, so the chart's pathway shows it. */
  readonly onChanged?: () => void;
};

type Mode = "view" | "book" | "move" | "cancel";

export function BookingCard({ clinicId, patientId, canBook, onChanged }: BookingCardProps) {
  const query = useApiQuery(`visits:${clinicId}:${patientId}`, () => api("patientVisits", { params: { clinicId, patientId } }));
  // The answer of the last booking, move or cancellation, newer than what was loaded.
  const [latest, setLatest] = useState<PatientVisits | null>(null);
  const [mode, setMode] = useState<Mode>("view");
  const [done, setDone] = useState<string | null>(null);
  const visits = latest ?? (query.state.phase === "loaded" ? query.state.data : null);

  const finished = (answer: PatientVisits, message: string) => {
    setLatest(answer);
    setMode("view");
    setDone(message);
    onChanged?.();
  };
  const open = (next: Mode) => {
    setDone(null);
    setMode(next);
  };

  return (
    <Card title="Visits">
      {visits === null ? <LoadStatus state={query.state} what="the visits" onRetry={() => void query.reload()} /> : null}
      {visits ? (
        <div className="booking-card" data-testid="booking-card">
          {done !== null ? (
            <StatusMessage tone="ok" title="Saved." testId="booking-saved">
              <p>{done}</p>
            </StatusMessage>
          ) : null}
          <NextVisit visits={visits} />
          {visits.next && canBook && mode === "view" ? (
            <div className="row">
              <Button onClick={() => open("move")}>Move the visit</Button>
              <Button onClick={() => open("cancel")}>Cancel the visit</Button>
            </div>
          ) : null}
          <TreatmentWindow visits={visits} />
          {canBook && visits.next === null && mode === "view" ? (
            <Button variant="primary" onClick={() => open("book")}>
              Book the next visit
            </Button>
          ) : null}
          {canBook && mode === "book" && visits.next === null ? (
            <BookingForm clinicId={clinicId} patientId={patientId} visits={visits} onDone={finished} onClose={() => setMode("view")} />
          ) : null}
          {canBook && mode === "move" && visits.next ? (
            <BookingForm key={visits.next.id} clinicId={clinicId} patientId={patientId} visits={visits} moving={visits.next} onDone={finished} onClose={() => setMode("view")} />
          ) : null}
          {canBook && mode === "cancel" && visits.next ? (
            <CancelVisitForm clinicId={clinicId} patientId={patientId} visit={visits.next} onDone={finished} onClose={() => setMode("view")} />
          ) : null}
          <details className="visit-history-panel" open={visits.visits.length > 0 && visits.visits.length <= 3}>
            <summary>{`Visit history (${visits.visits.length})`}</summary>
            <VisitHistory visits={visits.visits} />
          </details>
        </div>
      ) : null}
    </Card>
  );
}

function NextVisit({ visits }: { readonly visits: PatientVisits }) {
  const next = visits.next;
  if (next === null) {
    return (
      <p className="next-booking next-booking--none" data-testid="next-booking">
        <span className="next-booking__label">Next visit</span>
        <span>Not booked.</span>
      </p>
    );
  }
  return (
    <div className="next-booking" data-testid="next-booking">
      <span className="next-booking__label">Next visit</span>
      <span className="next-booking__when">{visitWhen(next)}</span>
      <span className={`timing timing--${next.timing}`}>
        <span className="timing__label">{TIMING_WORDS[next.timing].replace(": a reason is needed", "")}</span>
        {next.windowReason ? <span>{` · reason: ${next.windowReason}`}</span> : null}
      </span>
    </div>
  );
}

function TreatmentWindow({ visits }: { readonly visits: PatientVisits }) {
  const window = visits.window;
  if (window === null) return <p className="muted">No session given yet: the first visit may be booked on any date.</p>;
  return (
    <div>
      <p className="muted">{`Treatment window after the last session on ${formatPlainDate(window.lastSessionDate)} (every 12 weeks, ±7 days):`}</p>
      <dl className="visit-window" data-testid="treatment-window">
        <div className="visit-window__item">
          <dt>Earliest</dt>
          <dd className="numeric">{formatPlainDate(window.earliest)}</dd>
        </div>
        <div className="visit-window__item visit-window__item--due">
          <dt>Due</dt>
          <dd className="numeric">{formatPlainDate(window.due)}</dd>
        </div>
        <div className="visit-window__item">
          <dt>Late</dt>
          <dd className="numeric">{formatPlainDate(window.late)}</dd>
        </div>
      </dl>
    </div>
  );
}
