/**
 * The current 28-day window's counts, large and in plain words, with the window's dates and how
 * many days were recorded (design.md, "Evidence beside every verdict"); W2 and W3 below, smaller,
 * as a table that also serves as the text alternative for all three.
 */
import type { PatientDetail, WindowCountsView } from "#contracts/api/patients.ts";
import { ICHD_MIN_HOURS_ADULT, ICHD_MIN_HOURS_UNDER_18 } from "#domain/diary/classify-day.ts";
import { formatPlainDate } from "#web/ui/format.ts";

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
  return (
    <div className="table-wrap" role="region" aria-label="28-day windows" tabIndex={0}>
      <table className="table" data-testid="windows-table">
        <caption>W1 is the last 28 days; W2 and W3 the 28 days before each.</caption>
        <thead>
          <tr>
            <th scope="col">Window</th>
            <th scope="col">Dates</th>
            <th scope="col">Recorded</th>
            <th scope="col">Headache days (any)</th>
            <th scope="col">{`Headache days (${counting.headacheDayMinHours} h or more)`}</th>
            <th scope="col">{`Moderate or severe days (${counting.headacheDayMinHours} h or more)`}</th>
            <th scope="col">Migraine days</th>
            <th scope="col">Acute medication days</th>
          </tr>
        </thead>
        <tbody>
          {windows.map((window, index) => (
            <tr key={window.start}>
              <th scope="row">{`W${index + 1}`}</th>
              <td className="nowrap">{windowRange(window)}</td>
              <td>{`${window.daysRecorded} of 28${window.complete ? "" : " (incomplete)"}`}</td>
              <td>{window.anyHeadacheDays}</td>
              <td>{window.headacheDays}</td>
              <td>{window.moderateSevereDays}</td>
              <td>{window.migraineDays}</td>
              <td>{window.acuteMedicationDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
