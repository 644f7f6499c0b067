/**
 * The days of a 28-day window one by one, as the response review lays the baseline and the
 * evaluation window side by side (pathway-rules §1-2; design.md, "Severity and day scale"): each
 * date recorded or not, its pain, and what it counts as, classified by the diary's own rule.
 */
import { classifyDay } from "../diary/classify-day.ts";
import type { DateRange, DiaryContext } from "../diary/diary-context.ts";
import { addDays, daysBetween, isWithin, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, DurationBand, Severity } from "../shared/record.ts";

export interface WindowDay {
  readonly date: PlainDate;
  /** False: no diary record for the date, which is unknown, never headache-free (§1). */
  readonly recorded: boolean;
  /** Any headache that day. */
  readonly anyHeadache: boolean;
  /** 0 none to 3 severe; 0 on a day without headache; null when not recorded. */
  readonly severity: Severity | null;
  /** The longest headache in hours; null without headache or record. */
  readonly hours: number | null;
  /** The band the person chose (issue 9), when they chose one: shown in its words, not as hours. */
  readonly duration?: DurationBand;
  /** Counts toward `headacheDays`, the figure the reduction is computed on (§2). */
  readonly headacheDay: boolean;
  /** Counts toward `migraineDays` under the settings' rule (§2). */
  readonly migraine: boolean;
  /** At least one acute medication taken. */
  readonly acuteMedication: boolean;
}

/**
 * Every date of `range` in order, each with its diary answers classified (§2).
 * @example windowDays([migraineDay(plainDate("2026-01-02"))], { start: plainDate("2026-01-01"), end: plainDate("2026-01-02") }, { settings: DEFAULT_SETTINGS })
 *   // [{ date: "2026-01-01", recorded: false, ... }, { date: "2026-01-02", recorded: true, headacheDay: true, migraine: true, ... }]
 */
export function windowDays(diary: readonly DiaryDay[], range: DateRange, context: DiaryContext): WindowDay[] {
  const byDate = new Map<PlainDate, DiaryDay>();
  for (const day of diary) if (isWithin(day.date, range.start, range.end)) byDate.set(day.date, day);
  return Array.from({ length: daysBetween(range.start, range.end) + 1 }, (_, index) => {
    const date = addDays(range.start, index);
    const day = byDate.get(date);
    if (day === undefined) return { date, recorded: false, anyHeadache: false, severity: null, hours: null, headacheDay: false, migraine: false, acuteMedication: false };
    const classified = classifyDay(day, context);
    return {
      date,
      recorded: true,
      anyHeadache: classified.anyHeadache,
      severity: day.headache ? (day.severity ?? 0) : 0,
      hours: day.headache ? (day.hours ?? null) : null,
      ...(day.headache && day.duration !== undefined ? { duration: day.duration } : {}),
      headacheDay: classified.headacheDay,
      migraine: classified.migraine,
      acuteMedication: classified.acuteMedication,
    };
  });
}
