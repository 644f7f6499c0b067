/**
 * The worklist, the coordinator's and the clinician's home: every patient with their pathway
 * state, cycle and next action with its date (src/domain/pathway via the server), the saved
 * views with their counts, search by name or record number ("/" jumps to it), a state filter,
 * sorting and pages. The view lives in the address, and the last one is remembered.
 */
import { useEffect, useRef, useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { WORKLIST_VIEWS, type WorklistRow, type WorklistSort } from "#contracts/api/worklist.ts";
import { PATHWAY_STATES } from "#domain/pathway/pathway-status.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Link, navigate } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { SelectField } from "#web/ui/SelectField.tsx";
import { TextField } from "#web/ui/TextField.tsx";
import { ACTION_WORDS, STATE_WORDS, VIEW_WORDS, stateText } from "./pathway-words.ts";
import { DEFAULT_FILTERS, filtersFromSearch, searchOf, type WorklistFilters } from "./worklist-address.ts";
import "./worklist.css";

const REMEMBERED = "cephalog.worklist-view";
const SORT_WORDS: { readonly [S in WorklistSort]: string } = { "next-action": "Next action date", name: "Name", state: "Pathway state", "last-session": "Last session", "next-due": "Next session due" };

function columns(clinicId: string, today: string): readonly Column<WorklistRow>[] {
  return [
    {
      header: "Patient",
      rowHeader: true,
      cell: (row) => (
        <span className="worklist__patient">
          <Link to={`/clinic/${clinicId}/patients/${row.patientId}`}>{row.name}</Link>
          <span className="muted">{row.recordNumber ?? `born ${formatPlainDate(row.birthDate)}`}</span>
        </span>
      ),
    },
    { header: "State", cell: (row) => <span className={`pathway-state pathway-state--${row.state}`}>{stateText(row.state, row.cycle, row.stoppedBy)}</span> },
    {
      header: "Next action",
      cell: (row) => (
        <span className={row.overdue ? "next-action next-action--overdue" : "next-action"}>
          {row.overdue ? <span aria-hidden="true">⚠ </span> : null}
          {row.state === "evaluation-due" ? (
            // The response review is a page of its own (src/web/features/review).
            <Link to={`/clinic/${clinicId}/patients/${row.patientId}/review`} aria-label={`Review the response: ${row.name}`}>
              {ACTION_WORDS[row.nextAction]}
            </Link>
          ) : (
            ACTION_WORDS[row.nextAction]
          )}
          {row.nextAppointmentAt ? (
            <span className="muted">{` · visit ${formatInstant(row.nextAppointmentAt)}`}</span>
          ) : row.nextActionDate ? (
            // A chase or reassessment date gone by is said in words, not only by its date.
            <span className={!row.overdue && row.nextActionDate < today ? "numeric next-action__past" : "muted numeric"}>{` · ${formatPlainDate(row.nextActionDate)}${!row.overdue && row.nextActionDate < today ? " (past)" : ""}`}</span>
          ) : null}
        </span>
      ),
    },
    { header: "Last session", cell: (row) => <span className="numeric">{row.lastSessionDate ? formatPlainDate(row.lastSessionDate) : "—"}</span> },
    { header: "Next due", cell: (row) => <span className="numeric">{row.nextDue ? formatPlainDate(row.nextDue) : "—"}</span> },
  ];
}

export function WorklistPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const [filters, setFilters] = useState<WorklistFilters>(() => {
    const fromAddress = filtersFromSearch(window.location.search);
    if (window.location.search !== "") return fromAddress;
    try {
      return filtersFromSearch(window.localStorage.getItem(REMEMBERED) ?? "");
    } catch {
      return DEFAULT_FILTERS;
    }
  });
  const [search, setSearch] = useState(filters.q);
  const searchBox = useRef<HTMLInputElement>(null);
  const key = `worklist:${clinicId}:${searchOf(filters)}`;
  const list = useApiQuery(key, () =>
    api("worklist", { params: { clinicId }, query: { view: filters.view, ...(filters.state ? { state: filters.state } : {}), ...(filters.q ? { q: filters.q } : {}), sort: filters.sort, dir: filters.dir, page: filters.page, pageSize: 50 } }),
  );

  const change = (next: Partial<WorklistFilters>) => {
    const merged = { ...filters, page: 1, ...next };
    setFilters(merged);
    navigate(`/clinic/${clinicId}/worklist${searchOf(merged)}`, { replace: true });
    try {
      window.localStorage.setItem(REMEMBERED, searchOf(merged));
    } catch {
      // A private window keeps nothing: the address still holds the view.
    }
  };

  // The search box takes what is typed; the list follows a moment later.
  useEffect(() => {
    if (search === filters.q) return;
    const timer = setTimeout(() => change({ q: search.trim() }), 300);
    return () => clearTimeout(timer);
  }, [search]);

  // "/" jumps to the search box from anywhere on the page but a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "/" || target?.closest("input, textarea, select")) return;
      event.preventDefault();
      searchBox.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const data = list.state.phase === "loaded" ? list.state.data : null;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Page title="Worklist" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <nav aria-label="Saved views" className="worklist__views">
        {WORKLIST_VIEWS.map((view) => (
          <button key={view} type="button" className="view-tab" aria-pressed={filters.view === view} onClick={() => change({ view })} data-testid={`view-${view}`}>
            <span>{VIEW_WORDS[view]}</span>
            <span className="view-tab__count numeric">{data ? data.views[view] : "…"}</span>
          </button>
        ))}
      </nav>
      <form className="worklist__filters row" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField label="Search by name or record number" hint='Press "/" to come back here.' type="search" value={search} onChange={(e) => setSearch(e.target.value)} ref={searchBox} />
        <SelectField label="State" value={filters.state ?? ""} onChange={(e) => change({ state: (e.target.value || null) as WorklistFilters["state"] })} options={[{ value: "", label: "Any state" }, ...PATHWAY_STATES.map((state) => ({ value: state, label: STATE_WORDS[state] }))]} />
        <SelectField label="Sort by" value={filters.sort} onChange={(e) => change({ sort: e.target.value as WorklistSort })} options={Object.entries(SORT_WORDS).map(([value, label]) => ({ value, label }))} />
        <SelectField label="Order" value={filters.dir} onChange={(e) => change({ dir: e.target.value === "desc" ? "desc" : "asc" })} options={[{ value: "asc", label: "Ascending" }, { value: "desc", label: "Descending" }]} />
      </form>
      <LoadStatus state={list.state} what="the worklist" onRetry={() => void list.reload()} />
      {data ? (
        <>
          <p className="muted" aria-live="polite">{`${data.total} patient${data.total === 1 ? "" : "s"} · today ${formatPlainDate(data.today)}`}</p>
          <DataTable caption={VIEW_WORDS[filters.view]} captionHidden columns={columns(clinicId, data.today)} rows={data.rows} rowKey={(row) => row.patientId} empty={<p>No patient in this view.</p>} testId="worklist" />
          {pages > 1 ? (
            <nav aria-label="Pages" className="row">
              <Button disabled={filters.page <= 1} onClick={() => change({ page: filters.page - 1 })}>‹ Previous</Button>
              <span className="numeric">{`Page ${filters.page} of ${pages}`}</span>
              <Button disabled={filters.page >= pages} onClick={() => change({ page: filters.page + 1 })}>Next ›</Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
