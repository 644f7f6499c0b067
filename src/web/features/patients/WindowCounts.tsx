/**
 * The current 28-day window's counts, large and in plain words, with the window's dates and how
 * many days were recorded (design.md, "Evidence beside every verdict"); W2 and W3 below, smaller,
 * as a table that also serves as the text alternative for all three.
 */
import type { PatientDetail, WindowCountsView } from "#contracts/api/patients.ts";
import { ICHD_MIN_HOURS_ADULT, ICHD_MIN_HOURS_UNDER_18 } from "#domain/diary/classify-day.ts";
import { formatPlainDate } from "#web/ui/format.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";

/** The settings the server counted under (pathway-rules §1-2), as the detail states them. */
type Counting = PatientDetail["counting"];

const mainCounts = (counting: Counting) =>
  [
    { key: "anyHeadacheDays", label: "Headache days (any)" },
    { key: "headacheDays", label: `Headache days (${counting.headacheDayMinHours} h or more)` },
    { key: "migraineDays", label: "Migraine days" },
    { key: "acuteMedicationDays", label: "Acute medication days" },
  ] as const;

function windowRange(window: WindowCountsView): string {
  return `${formatPlainDate(window.start)} – ${formatPlainDate(window.end)}`;
}

export function CurrentWindow({ window, counting }: { readonly window: WindowCountsView; readonly counting: Counting }) {
  return (
    <section aria-labelledby="w1-title" className="card" data-testid="window-w1">
      <h2 id="w1-title">Last 28 days</h2>
      <p>
        <span className="numeric">{windowRange(window)}</span>
        {" · "}
        <strong data-testid="w1-recorded">{`${window.daysRecorded} of 28 days recorded`}</strong>
      </p>
      {window.complete ? null : (
        <p className="muted">{`Incomplete window: fewer than ${counting.minRecordedDays} of its 28 days are recorded (pathway rules §1). Counts are of recorded days only.`}</p>
      )}
      <dl className="count-tiles">
        {mainCounts(counting).map((count) => (
          <div className="count-tile" key={count.key} data-testid={`w1-${count.key}`}>
            <dt>{count.label}</dt>
            <dd className="numeric">{window[count.key]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {`Counted by pathway rules §2: a migraine day is a headache day meeting two of ICHD-3 criteria B (${ICHD_MIN_HOURS_ADULT} h or more; ${ICHD_MIN_HOURS_UNDER_18} h under 18), C (pain features) and D (nausea, or light and sound sensitivity), or with aura, or relieved by a triptan or ergot.`}
      </p>
    </section>
  );
}

export function EarlierWindows({ windows, counting }: { readonly windows: readonly WindowCountsView[]; readonly counting: Counting }) {
  const rows = windows.map((window, index) => ({ ...window, name: `W${index + 1}` }));
  const columns: readonly Column<(typeof rows)[number]>[] = [
    { header: "Window", cell: (window) => window.name, rowHeader: true },
    { header: "Dates", cell: (window) => windowRange(window), className: "nowrap" },
    { header: "Recorded", cell: (window) => `${window.daysRecorded} of 28${window.complete ? "" : " (incomplete)"}` },
    { header: "Headache days (any)", cell: (window) => window.anyHeadacheDays, className: "numeric" },
    { header: `Headache days (${counting.headacheDayMinHours} h or more)`, cell: (window) => window.headacheDays, className: "numeric" },
    { header: `Moderate or severe days (${counting.headacheDayMinHours} h or more)`, cell: (window) => window.moderateSevereDays, className: "numeric" },
    { header: "Migraine days", cell: (window) => window.migraineDays, className: "numeric" },
    { header: "Acute medication days", cell: (window) => window.acuteMedicationDays, className: "numeric" },
  ];
  return (
    <DataTable
      caption="W1 is the last 28 days; W2 and W3 the 28 days before each."
      columns={columns}
      rows={rows}
      rowKey={(window) => window.start}
      empty={<p>No window counts were returned.</p>}
      testId="windows-table"
    />
  );
}
