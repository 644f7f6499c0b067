/**
 * One 28-day window of the review as a grid of four weeks (design.md, "Severity and day scale"):
 * each day coloured by its headache's severity and marked by pattern as well (a dot for
 * headache-free, one to three bars for mild to severe, a corner mark on migraine days, a pill on
 * acute-medication days), a dashed outline for a day with no entry. Each cell holds its day in
 * words for screen readers; the counts below the grid are the window's own, from the server.
 */
import type { ReviewWindow } from "#contracts/api/response-review.ts";
import { formatPlainDate, shortWeekday } from "#web/ui/format.ts";
import { dayShade, dayText } from "./review-words.ts";

type WindowGridProps = {
  readonly title: string;
  readonly window: ReviewWindow;
  readonly asOf: string;
  readonly minRecordedDays: number;
  readonly testId?: string;
};

const BARS = { mild: 1, moderate: 2, severe: 3 } as const;

export function WindowGrid({ title, window, asOf, minRecordedDays, testId }: WindowGridProps) {
  const weeks = [0, 1, 2, 3].map((week) => window.days.slice(week * 7, week * 7 + 7));
  const heads = window.days.slice(0, 7);
  return (
    <figure className="review-window" data-testid={testId}>
      <table className="review-grid">
        <caption>
          <span className="review-window__title">{title}</span>
          <span className="review-window__dates numeric">{`${formatPlainDate(window.start)} – ${formatPlainDate(window.end)}`}</span>
        </caption>
        <thead>
          <tr>
            {heads.map((day) => (
              <th key={day.date} scope="col">
                {shortWeekday(day.date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((day) => {
                const shade = dayShade(day, asOf);
                const text = dayText(day, asOf);
                const bars = shade === "mild" || shade === "moderate" || shade === "severe" ? BARS[shade] : 0;
                return (
                  <td key={day.date} className={`review-day review-day--${shade}`} title={text} data-date={day.date}>
                    <span className="review-day__num" aria-hidden="true">
                      {Number(day.date.slice(8, 10))}
                    </span>
                    <span className="review-day__marks" aria-hidden="true">
                      {shade === "free" ? <span className="review-day__dot" /> : null}
                      {Array.from({ length: bars }, (_, i) => (
                        <span key={i} className="review-day__bar" />
                      ))}
                    </span>
                    {day.migraine ? <span className="review-day__migraine" aria-hidden="true" /> : null}
                    {day.acuteMedication ? <span className="review-day__pill" aria-hidden="true" /> : null}
                    <span className="visually-hidden">{text}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="review-window__counts">
        <span>
          <strong className="numeric">{window.headacheDays}</strong> headache days
        </span>
        <span>
          <strong className="numeric">{window.migraineDays}</strong> migraine days
        </span>
        <span>
          <strong className="numeric">{window.acuteMedicationDays}</strong> with acute medication
        </span>
        <span className={window.complete ? undefined : "review-window__incomplete"}>
          <strong className="numeric">{window.daysRecorded}</strong>
          {` of 28 days recorded${window.complete ? "" : `: incomplete, ${window.daysNeeded} more needed (${minRecordedDays} make it complete)`}`}
        </span>
      </figcaption>
    </figure>
  );
}

/** The grid's key, once beside both windows. */
export function WindowGridKey() {
  const shades: readonly [string, string][] = [
    ["none", "No entry"],
    ["free", "Headache-free"],
    ["mild", "Mild"],
    ["moderate", "Moderate"],
    ["severe", "Severe"],
  ];
  return (
    <ul className="review-key" aria-label="Key to the days">
      {shades.map(([shade, label]) => (
        <li key={shade}>
          <span className={`review-key__cell review-day--${shade}`} aria-hidden="true" />
          {label}
        </li>
      ))}
      <li>
        <span className="review-key__cell review-key__cell--migraine" aria-hidden="true" />
        Migraine day
      </li>
      <li>
        <span className="review-key__cell review-key__cell--pill" aria-hidden="true" />
        Acute medication
      </li>
    </ul>
  );
}
