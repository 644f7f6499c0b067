/**
 * The `treatment` summary of an assessment (assess-contract.md; pathway-rules §7): sessions so
 * far, the next session's window and adherence. The label says "every 12 weeks" (84 days);
 * PREEMPT allowed ±7 days, hence 77 / 84 / 91 by default (clinical-facts.md §9.1).
 */
import { addDays, daysBetween, type PlainDate } from "../shared/plain-date.ts";
import type { PathwaySettings } from "../shared/settings.ts";

/** What the schedule reads from settings. */
export type ScheduleSettings = Pick<PathwaySettings, "minIntervalDays" | "nextDueDays" | "nextLateDays">;

export interface TreatmentSchedule {
  /** Sessions on or before the assessment date. */
  readonly sessions: number;
  readonly firstDate: PlainDate;
  readonly lastDate: PlainDate;
  readonly nextEarliest: PlainDate;
  readonly nextDue: PlainDate;
  readonly nextLate: PlainDate;
  /** The assessment date is after `nextLate`. */
  readonly overdue: boolean;
  /** Share of intervals between consecutive sessions of at most `nextLateDays`; null with fewer than two sessions. */
  readonly onTimeRate: number | null;
}

/**
 * The share of intervals between consecutive (sorted) session dates that are at most
 * `nextLateDays` long, unrounded; null with fewer than two sessions. REPOSE found most
 * patients had at least one gap over 13 weeks, so this is worth reporting (clinical-facts §9.1).
 * @example onTimeRate([plainDate("2026-01-01"), plainDate("2026-04-02"), plainDate("2026-07-03")], 91) // 0.5
 */
export function onTimeRate(sortedDates: readonly PlainDate[], nextLateDays: number): number | null {
  if (sortedDates.length < 2) return null;
  let onTime = 0;
  for (let i = 1; i < sortedDates.length; i++) {
    if (daysBetween(sortedDates[i - 1]!, sortedDates[i]!) <= nextLateDays) onTime++;
  }
  return onTime / (sortedDates.length - 1);
}

/**
 * The schedule after the last session `S` on or before `asOf`: next earliest `S+77`, due
 * `S+84`, late `S+91` (by default), overdue when `asOf` is after the late date. Null when no
 * session is on or before `asOf`; sessions after it are ignored (pathway-rules §1).
 * @example treatmentSchedule([{ date: plainDate("2026-02-01") }, { date: plainDate("2026-04-26") }], plainDate("2026-07-20"), DEFAULT_SETTINGS)
 * // { sessions: 2, firstDate: "2026-02-01", lastDate: "2026-04-26", nextEarliest: "2026-07-12",
 * //   nextDue: "2026-07-19", nextLate: "2026-07-26", overdue: false, onTimeRate: 1 }
 */
export function treatmentSchedule(sessions: readonly { readonly date: PlainDate }[], asOf: PlainDate, settings: ScheduleSettings): TreatmentSchedule | null {
  const dates = sessions.map((s) => s.date).filter((date) => date <= asOf).sort();
  const firstDate = dates[0];
  const lastDate = dates[dates.length - 1];
  if (firstDate === undefined || lastDate === undefined) return null;
  const nextLate = addDays(lastDate, settings.nextLateDays);
  return {
    sessions: dates.length,
    firstDate,
    lastDate,
    nextEarliest: addDays(lastDate, settings.minIntervalDays),
    nextDue: addDays(lastDate, settings.nextDueDays),
    nextLate,
    overdue: asOf > nextLate,
    onTimeRate: onTimeRate(dates, settings.nextLateDays),
  };
}
