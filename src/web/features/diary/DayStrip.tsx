/**
 * The last 14 days on the day scale (design.md): colour and a shape for each day (a dot for
 * headache-free, one to three bars for severity, a corner mark for a migraine day, a pill for
 * medicine), a dashed outline and "?" for a missing day that can still be filled in (issue 9),
 * and a line saying how many of those are missing. Each day is a button that opens it.
 */
import { useTranslation } from "react-i18next";
import { mayFillIn } from "#domain/diary/late-entry.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import type { LocalDay } from "#web/offline/merge-days.ts";
import { dayScale, isMigraineDay } from "./day-summary.ts";
import { describeDay, monthLong, weekdayShort } from "./diary-words.ts";
import { SeverityBars } from "./SeverityStep.tsx";
import { useDiaryWords } from "./use-diary-words.ts";

const STATE_KEYS = { sent: "strip.sent", "on-phone": "strip.onPhone", "needs-attention": "strip.needsAttention" } as const;

type DayStripProps = {
  readonly today: string;
  /** The patient's birth date, for the under-18 migraine rule. */
  readonly birthDate?: string;
  readonly days: ReadonlyMap<string, LocalDay>;
  readonly selected: string;
  /** How many days back a missed day may be filled in (the clinic's setting). */
  readonly lateEntryDays: number;
  readonly onOpen: (date: string) => void;
};

export function DayStrip({ today, birthDate, days, selected, lateEntryDays, onOpen }: DayStripProps) {
  const { t } = useTranslation("diary");
  const words = useDiaryWords();
  const dates = Array.from({ length: 14 }, (_, i) => addDays(plainDate(today), i - 13) as string);
  const fillable = (date: string) => mayFillIn(plainDate(date), plainDate(today), lateEntryDays);
  // Today is not "missing" yet: the day is not over.
  const missing = dates.filter((date) => date !== today && !days.has(date) && fillable(date));
  const span = Math.min(lateEntryDays, 13);
  return (
    <section className="day-strip" aria-labelledby="day-strip-title">
      <h2 id="day-strip-title">{t("strip.title")}</h2>
      <ol className="day-strip__grid">
        {dates.map((date) => {
          const day = days.get(date);
          const scale = dayScale(day?.answers);
          const migraine = day ? isMigraineDay(date, day.answers, birthDate) : false;
          const medicine = (day?.answers.medications?.length ?? 0) > 0;
          const isMissing = missing.includes(date);
          // The visible weekday and day number start the button's name (WCAG 2.5.3); the rest is read only.
          const description = day ? `${describeDay(day.answers, words)}${migraine ? ` ${t("strip.migraine")}` : ""} ${t(STATE_KEYS[day.state])}` : isMissing ? t("strip.missing") : t("strip.noEntry");
          return (
            <li key={date}>
              <button
                type="button"
                className={`day day--${scale}${date === selected ? " day--selected" : ""}${day?.state === "on-phone" ? " day--unsent" : ""}${isMissing ? " day--missing" : ""}`}
                aria-current={date === selected ? "date" : undefined}
                data-date={date}
                onClick={() => onOpen(date)}
              >
                <span className="day__weekday">{date === today ? t("strip.today") : weekdayShort(date, words.language)}</span>{" "}
                <span className="day__cell" aria-hidden="true">
                  {scale === "free" ? <span className="day__dot" /> : null}
                  {scale === "mild" ? <SeverityBars level={1} /> : null}
                  {scale === "moderate" ? <SeverityBars level={2} /> : null}
                  {scale === "severe" ? <SeverityBars level={3} /> : null}
                  {migraine ? <span className="day__migraine">M</span> : null}
                  {medicine ? <span className="day__pill" /> : null}
                  {isMissing ? <span className="day__missing">?</span> : null}
                </span>
                <span className="day__number">{Number(date.slice(8))}</span>
                <span className="visually-hidden">{` ${monthLong(date, words.language)}: ${description}`}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {span > 0 ? (
        <p className="day-strip__missing" data-testid="missing-days">
          {missing.length > 0 ? t("strip.missingCount", { count: missing.length, days: span }) : t("strip.allFilled", { days: span })}
        </p>
      ) : null}
      <p className="day-strip__legend muted">{t("strip.legend")}</p>
    </section>
  );
}
