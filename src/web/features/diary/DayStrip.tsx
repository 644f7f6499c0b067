/**
 * The last 14 days on the day scale (design.md): colour and a shape for each day (a dot for
 * headache-free, one to three bars for severity, a corner mark for a migraine day, a pill for
 * medicine), a dashed outline for "no entry". Each day is a button that opens it to change.
 */
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import type { LocalDay } from "#web/offline/merge-days.ts";
import { dayOfMonth, monthName, shortWeekday } from "#web/ui/format.ts";
import { dayScale, describeAnswers, isMigraineDay } from "./day-summary.ts";
import { SeverityBars } from "./SeverityStep.tsx";

const STATE_WORDS: Record<LocalDay["state"], string> = {
  sent: "Sent.",
  "on-phone": "Saved on this phone, not sent yet.",
  "needs-attention": "Needs attention.",
};

type DayStripProps = {
  readonly today: string;
  /** The patient's birth date, for the under-18 migraine rule. */
  readonly birthDate?: string;
  readonly days: ReadonlyMap<string, LocalDay>;
  readonly selected: string;
  readonly onOpen: (date: string) => void;
};

export function DayStrip({ today, birthDate, days, selected, onOpen }: DayStripProps) {
  const dates = Array.from({ length: 14 }, (_, i) => addDays(plainDate(today), i - 13) as string);
  return (
    <section className="day-strip" aria-labelledby="day-strip-title">
      <h2 id="day-strip-title">The last 14 days</h2>
      <ol className="day-strip__grid">
        {dates.map((date) => {
          const day = days.get(date);
          const scale = dayScale(day?.answers);
          const migraine = day ? isMigraineDay(date, day.answers, birthDate) : false;
          const medicine = (day?.answers.medications?.length ?? 0) > 0;
          // The visible weekday and day number start the button's name (WCAG 2.5.3); the rest is read only.
          const description = day ? `${describeAnswers(day.answers)}${migraine ? " Migraine day (M)." : ""} ${STATE_WORDS[day.state]}` : "no entry.";
          return (
            <li key={date}>
              <button
                type="button"
                className={`day day--${scale}${date === selected ? " day--selected" : ""}${day?.state === "on-phone" ? " day--unsent" : ""}`}
                aria-current={date === selected ? "date" : undefined}
                title={day ? undefined : "no entry"}
                onClick={() => onOpen(date)}
              >
                <span className="day__weekday">{date === today ? "Today" : shortWeekday(date)}</span>{" "}
                <span className="day__cell" aria-hidden="true">
                  {scale === "free" ? <span className="day__dot" /> : null}
                  {scale === "mild" ? <SeverityBars level={1} /> : null}
                  {scale === "moderate" ? <SeverityBars level={2} /> : null}
                  {scale === "severe" ? <SeverityBars level={3} /> : null}
                  {migraine ? <span className="day__migraine">M</span> : null}
                  {medicine ? <span className="day__pill" /> : null}
                </span>
                <span className="day__number">{dayOfMonth(date)}</span>
                <span className="visually-hidden">{` ${monthName(date)}: ${description}`}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="day-strip__legend muted">Dot: no headache. Bars: mild, moderate, severe. M: migraine day. Pill: medicine taken. Dashed: no entry.</p>
    </section>
  );
}
