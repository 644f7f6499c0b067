/**
 * A day's agenda by injector: each one's hours that day and their visits in time order, with a
 * link to the patient's chart; the day is chosen with previous / next / today or a date field.
 */
import type { Agenda, AgendaVisit } from "#contracts/api/scheduling.ts";
import { addDays, isPlainDate, plainDate } from "#domain/shared/plain-date.ts";
import { api } from "#web/app/api.ts";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatLongDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { hoursText } from "./visit-words.ts";

type AgendaCardProps = {
  readonly clinicId: string;
  /** The day shown; null for the clinic's today. */
  readonly date: string | null;
  readonly onDate: (date: string | null) => void;
};

export function AgendaCard({ clinicId, date, onDate }: AgendaCardProps) {
  const agenda = useApiQuery(`agenda:${clinicId}:${date ?? "today"}`, () => api("agenda", { params: { clinicId }, query: date === null ? {} : { date } }));
  const loaded = agenda.state.phase === "loaded" ? agenda.state.data : null;
  const shown = loaded?.date ?? date;
  const move = (days: number) => {
    if (shown) onDate(addDays(plainDate(shown), days));
  };
  const total = loaded?.injectors.reduce((sum, injector) => sum + injector.visits.length, 0) ?? 0;

  return (
    <Card title={shown ? `Agenda for ${formatLongDate(shown)}${loaded && shown === loaded.today ? " (today)" : ""}` : "Agenda"}>
      <div className="agenda-nav" role="group" aria-label="Choose the day">
        <Button onClick={() => move(-1)} disabled={!shown} aria-label="Previous day">
          ‹ Previous day
        </Button>
        <TextField
          label="Day"
          type="date"
          className="agenda-nav__date"
          value={shown ?? ""}
          onChange={(event) => {
            if (isPlainDate(event.target.value)) onDate(event.target.value);
          }}
        />
        <Button onClick={() => move(1)} disabled={!shown} aria-label="Next day">
          Next day ›
        </Button>
        <Button variant="quiet" onClick={() => onDate(null)} disabled={loaded !== null && loaded.date === loaded.today}>
          Today
        </Button>
      </div>
      {loaded === null ? <LoadStatus state={agenda.state} what="the agenda" onRetry={() => void agenda.reload()} /> : null}
      {loaded ? (
        <>
          <p className="muted" data-testid="agenda-summary">
            {loaded.injectors.length === 0
              ? "No injectors yet: give a member of staff the injector role."
              : `${total === 0 ? "No visits" : total === 1 ? "1 visit" : `${total} visits`} booked · times in ${loaded.timeZone} · ${loaded.slotMinutes}-minute slots`}
          </p>
          <div className="agenda" data-testid="agenda">
            {loaded.injectors.map((injector) => (
              <InjectorDay key={injector.userId} clinicId={clinicId} injector={injector} />
            ))}
          </div>
        </>
      ) : null}
    </Card>
  );
}

function InjectorDay({ clinicId, injector }: { readonly clinicId: string; readonly injector: Agenda["injectors"][number] }) {
  const columns: readonly Column<AgendaVisit>[] = [
    { header: "Time", rowHeader: true, className: "numeric nowrap", cell: (visit) => visit.localTime },
    {
      header: "Patient",
      cell: (visit) => (
        <span className="agenda__patient">
          <Link to={`/clinic/${clinicId}/patients/${visit.patientId}`}>{visit.patientName}</Link>
          {visit.recordNumber ? <span className="muted">{visit.recordNumber}</span> : null}
        </span>
      ),
    },
    { header: "Outside the window", cell: (visit) => visit.windowReason ?? "No" },
  ];
  return (
    <section className="agenda__injector" aria-labelledby={`agenda-${injector.userId}`} data-testid="agenda-injector">
      <h3 id={`agenda-${injector.userId}`}>
        {injector.name} <span className="muted agenda__hours">{hoursText(injector.hours)}</span>
      </h3>
      <DataTable
        caption={`${injector.name}'s visits`}
        captionHidden
        columns={columns}
        rows={injector.visits}
        rowKey={(visit) => visit.id}
        empty={<p className="muted">{injector.hours.length === 0 ? "Not working this day." : "No visits booked."}</p>}
      />
    </section>
  );
}
