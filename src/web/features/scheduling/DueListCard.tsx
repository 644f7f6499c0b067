/**
 * One of the worklist's saved views on the schedule page, read from the worklist API (the one
 * query, judged against the clinic's today): the overdue (past the late date with no visit
 * booked) or those due in the next 14 days, each linked to their chart where the visit is booked.
 */
import type { WorklistRow } from "#contracts/api/worklist.ts";
import { api } from "#web/app/api.ts";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";

/** The rows shown; the worklist has the rest. */
const PAGE_SIZE = 25;

type DueListCardProps = {
  readonly clinicId: string;
  readonly view: "overdue" | "due-soon";
};

export function DueListCard({ clinicId, view }: DueListCardProps) {
  const list = useApiQuery(`worklist:${clinicId}:${view}`, () => api("worklist", { params: { clinicId }, query: { view, sort: "next-due", pageSize: PAGE_SIZE } }));
  const loaded = list.state.phase === "loaded" ? list.state.data : null;
  const title = view === "overdue" ? "Overdue" : `Due in the next ${loaded?.dueSoonDays ?? 14} days`;
  const description = view === "overdue" ? "Past the late date (91 days after the last session) with no visit booked." : "A visit booked in these days (first sessions too), or a treated patient due in them with nothing booked.";
  const columns: readonly Column<WorklistRow>[] = [
    { header: "Patient", rowHeader: true, cell: (row) => <Link to={`/clinic/${clinicId}/patients/${row.patientId}`}>{row.name}</Link> },
    view === "overdue"
      ? { header: "Late date", className: "numeric nowrap", cell: (row) => (row.nextLate ? formatPlainDate(row.nextLate) : "—") }
      : { header: "Due", className: "numeric nowrap", cell: (row) => (row.nextDue ? formatPlainDate(row.nextDue) : "—") },
    view === "overdue"
      ? { header: "Last session", className: "numeric nowrap", cell: (row) => (row.lastSessionDate ? formatPlainDate(row.lastSessionDate) : "—") }
      : { header: "Next visit", cell: (row) => (row.nextAppointmentAt ? formatInstant(row.nextAppointmentAt) : "Not booked") },
  ];
  return (
    <Card title={title}>
      <p className="muted">{description}</p>
      {loaded === null ? <LoadStatus state={list.state} what="the list" onRetry={() => void list.reload()} /> : null}
      {loaded ? (
        <>
          <DataTable
            caption={title}
            captionHidden
            columns={columns}
            rows={loaded.rows}
            rowKey={(row) => row.patientId}
            testId={`due-list-${view}`}
            empty={<p className="muted">{view === "overdue" ? "Nobody is overdue." : "Nobody is due in these days."}</p>}
          />
          {loaded.total > loaded.rows.length ? (
            <p className="muted">
              {`Showing ${loaded.rows.length} of ${loaded.total}. `}
              <Link to={`/clinic/${clinicId}/worklist?view=${view}`}>All in the worklist</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
