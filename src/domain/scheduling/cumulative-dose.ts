/**
 * Cumulative botulinum toxin dose in a trailing window (pathway-rules §6, `cumulative_dose_exceeded`).
 *
 * The label limits adults to 400 U "in a 3 month interval" across all indications; 92 days
 * covers any 3 calendar months, and a clinic following a payer's "400 U every 84 days" can set
 * 84 (clinical-facts.md §3.3, §9.3). The window is `[D-(n-1), D]` for `n` window days, so with
 * the default 92 a dose on `D-91` counts and one on `D-92` does not.
 */
import { addDays, isWithin, type PlainDate } from "../shared/plain-date.ts";

/** A dated amount of botulinum toxin, from a session or another indication. */
export interface ToxinDose {
  readonly date: PlainDate;
  readonly units: number;
}

/** The window and what fell in it. */
export interface CumulativeDose {
  readonly windowStart: PlainDate;
  readonly windowEnd: PlainDate;
  readonly totalUnits: number;
}

/**
 * The first day of the `windowDays`-day window ending on `date` (both ends included).
 * @example cumulativeWindowStart(plainDate("2026-04-02"), 92) // "2026-01-01"
 */
export function cumulativeWindowStart(date: PlainDate, windowDays: number): PlainDate {
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError("the cumulative-dose window needs at least 1 whole day");
  return addDays(date, -(windowDays - 1));
}

/**
 * Adds up the units of every dose dated in `[date-(windowDays-1), date]`; doses after `date`
 * are not counted. Units that are not positive add nothing (they are flagged elsewhere).
 * @example cumulativeToxinUnits(plainDate("2026-04-02"), [
 *   { date: plainDate("2026-04-02"), units: 195 },
 *   { date: plainDate("2026-01-01"), units: 155 },
 *   { date: plainDate("2025-12-31"), units: 100 },
 * ], 92) // { windowStart: "2026-01-01", windowEnd: "2026-04-02", totalUnits: 350 }
 */
export function cumulativeToxinUnits(date: PlainDate, doses: readonly ToxinDose[], windowDays: number): CumulativeDose {
  const windowStart = cumulativeWindowStart(date, windowDays);
  let totalUnits = 0;
  for (const dose of doses) {
    if (dose.units > 0 && isWithin(dose.date, windowStart, date)) totalUnits += dose.units;
  }
  return { windowStart, windowEnd: date, totalUnits };
}
