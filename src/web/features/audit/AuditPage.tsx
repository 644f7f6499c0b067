/**
 * The audit log, for administrators (audit.read; ADR 0016): every read and write of a patient's
 * data and every change in the clinic, newest first, searched by patient, person and days,
 * "Show older" a page at a time, exported as CSV with the same search, and the chain's head to
 * copy outside the server. Opening this page is itself recorded in the log.
 */
import { useState } from "react";
import type { AuditEventView, AuditPage as AuditPageData } from "#contracts/api/audit.ts";
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { AuditFiltersForm } from "./AuditFiltersForm.tsx";
import { AuditTable } from "./AuditTable.tsx";
import { auditQueryOf, exportHref, NO_FILTERS, type AuditFilters } from "./audit-rows.ts";
import "./audit.css";

/** Older pages loaded after the first, for one search. */
interface Older {
  readonly key: string;
  readonly events: readonly AuditEventView[];
  readonly nextCursor: string | null;
}

export function AuditPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const key = `audit:${clinicId}:${JSON.stringify(filters)}`;
  const log = useApiQuery(key, () => api("auditLog", { params: { clinicId }, query: auditQueryOf(filters) }));
  const patients = useApiQuery(`patients:${clinicId}`, () => api("listPatients", { params: { clinicId } }));
  const staff = useApiQuery(`staff:${clinicId}`, () => api("listStaff", { params: { clinicId } }));
  const [older, setOlder] = useState<Older | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);

  const first: AuditPageData | null = log.state.phase === "loaded" ? log.state.data : null;
  const more = older?.key === key ? older : null;
  const events = first === null ? [] : [...first.events, ...(more?.events ?? [])];
  const nextCursor = more !== null ? more.nextCursor : (first?.nextCursor ?? null);

  const showOlder = async () => {
    if (nextCursor === null) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await api("auditLog", { params: { clinicId }, query: { ...auditQueryOf(filters), cursor: nextCursor } });
      setOlder({ key, events: [...(more?.events ?? []), ...page.events], nextCursor: page.nextCursor });
    } catch (error) {
      setOlderError(describeError(toApiError(error)));
    } finally {
      setLoadingOlder(false);
    }
  };

  // Searching again with the same filters fetches the newest events: the log grows while one looks.
  const apply = (next: AuditFilters) => {
    setOlder(null);
    setOlderError(null);
    if (JSON.stringify(next) === JSON.stringify(filters)) void log.reload();
    else setFilters(next);
  };

  const patientOptions = patients.state.phase === "loaded" ? patients.state.data.map((patient) => ({ value: patient.id, label: patient.recordNumber ? `${patient.name} (${patient.recordNumber})` : patient.name })) : [];
  const peopleOptions = staff.state.phase === "loaded" ? staff.state.data.filter((member) => member.status !== "invited").map((member) => ({ value: member.userId, label: member.name })) : [];

  return (
    <Page title="Audit log" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <p className="audit-intro">
        Every read and change of a patient's data, every change in the clinic, and each opening of this log, newest first. Rows cannot be changed or removed, and each is sealed into a hash chain
        that <code>cephalog audit verify</code> checks. Search by person for staff; a patient's own use of the diary app is found under the patient.
      </p>
      <AuditFiltersForm applied={filters} patients={patientOptions} people={peopleOptions} onApply={apply} />
      <div className="audit-toolbar">
        <a className="button button--secondary" href={exportHref(clinicId, filters)} download data-testid="audit-export">
          Export CSV
        </a>
        <span className="muted">Every row of this search, as a spreadsheet file.</span>
      </div>
      <LoadStatus state={log.state} what="the audit log" onRetry={() => void log.reload()} />
      {first !== null ? (
        <>
          <p className="muted" aria-live="polite">{`${events.length} event${events.length === 1 ? "" : "s"} shown${nextCursor === null ? "" : " (older ones below)"}. Times in ${first.timeZone}.`}</p>
          <AuditTable events={events} timeZone={first.timeZone} />
          {olderError !== null ? (
            <StatusMessage tone="error" title="Could not load older events.">
              <p>{olderError}</p>
            </StatusMessage>
          ) : null}
          {nextCursor !== null ? (
            <div className="audit-more">
              <Button onClick={() => void showOlder()} busy={loadingOlder} busyLabel="Loading…">
                Show older events
              </Button>
            </div>
          ) : null}
          <div className="page-note">
            <Card title="The chain's head">
              {first.head === null ? (
                <p>Nothing is sealed yet: events are sealed into the chain every 5 minutes.</p>
              ) : (
                <>
                  <p>
                    Keep a copy of this line outside the server (the server also writes it to its log every day). If anyone rewrites the log, this link will no longer match:{" "}
                    <code>cephalog audit verify --head</code> with the copy finds it.
                  </p>
                  <p className="audit-head" data-testid="audit-head">
                    <code>{`${clinicId}:${first.head.seq}:${first.head.hash}`}</code>
                  </p>
                </>
              )}
            </Card>
          </div>
        </>
      ) : null}
    </Page>
  );
}
