/**
 * The diary calendar on the chart: three months at a time, the latest first, pageable back to
 * the first diary day; each month with its counts (from the server); picking a day says it in
 * full beside the calendar.
 */
import { countOf } from "#domain/injections/injection-problem.ts";
import { useState } from "react";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { CalendarKey, DiaryCalendar } from "#web/ui/charts/DiaryCalendar.tsx";
import { dayLabel } from "#web/ui/charts/calendar-data.ts";
import { formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { earlierPage, latestPage, laterPage, type CalendarPage } from "./calendar-paging.ts";

type CalendarCardProps = { readonly clinicId: string; readonly patientId: string; readonly today: string };

export function CalendarCard({ clinicId, patientId, today }: CalendarCardProps) {
  const [page, setPage] = useState<CalendarPage>(() => latestPage(today));
  const [selected, setSelected] = useState<string | null>(null);
  const calendar = useApiQuery(`diary-calendar:${clinicId}:${patientId}:${page.from}:${page.to}`, () =>
    api("patientDiaryCalendar", { params: { clinicId, patientId }, query: { from: page.from, to: page.to } }),
  );
  const loaded = calendar.state.phase === "loaded" ? calendar.state.data : null;
  const later = laterPage(page, today);
  const entry = loaded && selected ? (loaded.days.find((day) => day.date === selected) ?? null) : null;

  return (
    <div className="stack" data-testid="diary-calendar-card">
      <div className="row chart-paging">
        <Button onClick={() => setPage(earlierPage(page))}>Earlier months</Button>
        <span className="numeric" aria-live="polite">{`${formatPlainDate(page.from)} – ${formatPlainDate(page.to)}`}</span>
        <Button onClick={() => later && setPage(later)} disabled={later === null}>
          Later months
        </Button>
      </div>
      <LoadStatus state={calendar.state} what="the diary calendar" onRetry={() => void calendar.reload()} />
      {loaded ? (
        <>
          <CalendarKey />
          <DiaryCalendar
            from={loaded.from}
            to={loaded.to}
            today={loaded.today}
            entries={loaded.days}
            sessionDates={loaded.sessionDates}
            selected={selected}
            onSelect={setSelected}
            monthNote={(key) => {
              const month = loaded.months.find((m) => m.month === key);
              return month ? `${countOf(month.daysRecorded, "day")} recorded · ${countOf(month.headacheDays, "headache day")} · ${countOf(month.migraineDays, "migraine day")} · ${month.acuteMedicationDays} with acute medication` : null;
            }}
            testId="diary-calendar"
          />
          <p className="muted" aria-live="polite" data-testid="calendar-selected">
            {selected ? dayLabel(selected, entry, loaded.sessionDates.includes(selected), selected > loaded.today) : "Use the arrow keys to move through the days; Enter (or a click) says a day in full here."}
          </p>
        </>
      ) : null}
    </div>
  );
}
