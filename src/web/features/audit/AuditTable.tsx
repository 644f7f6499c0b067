/**
 * Audit events as a table (DataTable: one card each on a phone): when, who, whose data, what
 * (read or write, in words and a shape, never colour alone), the route and address, and the
 * event's place in the chain.
 */
import type { AuditEventView } from "#contracts/api/audit.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { actorWords, formatAuditTime, patientWords, routeWords, whatWords } from "./audit-rows.ts";

function KindBadge({ kind }: { readonly kind: AuditEventView["kind"] }) {
  return (
    <span className={`audit-kind audit-kind--${kind}`}>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        {kind === "read" ? (
          <>
            <path d="M1.5 10s3-5.5 8.5-5.5S18.5 10 18.5 10s-3 5.5-8.5 5.5S1.5 10 1.5 10z" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <circle cx="10" cy="10" r="2.6" fill="currentColor" />
          </>
        ) : (
          <path d="M3 17l1-4L13.5 3.5l3 3L7 16zM12 5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        )}
      </svg>
      <span>{kind === "read" ? "Read" : "Write"}</span>
    </span>
  );
}

/** A route pattern that may wrap after each slash, never inside a word. */
function RouteCode({ text }: { readonly text: string }) {
  const parts = text.split("/");
  return (
    <code>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 ? "/" : null}
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </code>
  );
}

type AuditTableProps = {
  readonly events: readonly AuditEventView[];
  readonly timeZone: string;
};

export function AuditTable({ events, timeZone }: AuditTableProps) {
  const columns: Column<AuditEventView>[] = [
    { header: "When", rowHeader: true, className: "nowrap numeric", cell: (event) => formatAuditTime(event.at, timeZone), title: (event) => event.at },
    { header: "Person", cell: actorWords },
    { header: "Patient", cell: patientWords },
    {
      header: "What",
      cell: (event) => (
        <span className="audit-what">
          <KindBadge kind={event.kind} />
          <span>{whatWords(event)}</span>
        </span>
      ),
      title: (event) => event.action,
    },
    { header: "Route", className: "audit-route", cell: (event) => <RouteCode text={routeWords(event.method, event.route)} />, title: (event) => event.route ?? "" },
    { header: "Address", className: "nowrap", cell: (event) => event.ip ?? "—" },
    { header: "Seq", className: "numeric", cell: (event) => (event.seq === null ? "pending" : event.seq), title: (event) => (event.seq === null ? "Not sealed into the chain yet (every 5 minutes)" : "This event's place in the clinic's hash chain") },
  ];
  return (
    <div className="audit-table">
      <DataTable caption="Audit events, newest first" captionHidden columns={columns} rows={events} rowKey={(event) => event.id} testId="audit-table" empty={<p>No event matches this search.</p>} />
    </div>
  );
}
