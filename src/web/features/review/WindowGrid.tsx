/**
 * One 28-day window of the review as a grid of four weeks (design.md, "Severity and day scale"):
 * each day coloured by its headache's severity and marked by pattern as well (a dot for
 * headache-free, one to three bars for mild to severe, a corner mark on migraine days, a pill on
 * acute-medication days), a dashed outline for a day with no entry. Each cell holds its day in
 * words for screen readers; the counts below the grid are the window's own, from the server.
 */
import type { ReviewWindow } from "#contracts/api/response-review.ts";
import { DayMarks, DayScaleKey } from "#web/ui/charts/DayMarks.tsx";
import { formatPlainDate, shortWeekday } from "#web/ui/format.ts";
import { dayShade, dayText } from "./review-words.ts";

type WindowGridProps = {
  readonly title: string;
  readonly window: ReviewWindow;
  readonly asOf: string;
  readonly minRecordedDays: number;
  readonly testId?: string;
};

export function WindowGrid({ title, window, asOf, minRecordedDays, testId }: WindowGridProps) {
  const weeks = [0, 1, 2, 3].map((week) => window.days.slice(week * 7, week * 7 + 7));
  const heads = window.days.slice(0, 7);
  return (
    <figure className="review-window" data-testid={testId}>
      <table className="review-grid cal-grid">
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
                return (
                  <td key={day.date} className={`cal-day cal-day--${shade}`} title={text} data-date={day.date}>
                    <DayMarks dayOfMonth={Number(day.date.slice(8, 10))} shade={shade === "future" ? "none" : shade} migraine={day.migraine} acuteMedication={day.acuteMedication} />
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
  return <DayScaleKey />;
}
