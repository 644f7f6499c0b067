/**
 * The interval since the previous session (pathway-rules §6 `interval_too_short`, §7).
 * PREEMPT and COMPEL dosed every 12 weeks ±7 days, so 77 days is the default earliest
 * retreatment (clinical-facts.md §9.1; configurable, `minIntervalDays`).
 */
import { daysBetween, type PlainDate } from "../shared/plain-date.ts";

/** The previous session and how long ago it was. */
export interface SessionInterval {
  readonly previousDate: PlainDate;
  readonly days: number;
  /** Fewer than `minIntervalDays` days: day 76 is too short with the default 77, day 77 is not. */
  readonly tooShort: boolean;
}

/**
 * The latest session date strictly before `date`, or null when there is none.
 * @example previousSessionDate(plainDate("2026-04-26"), [plainDate("2026-02-01"), plainDate("2026-05-01")]) // "2026-02-01"
 */
export function previousSessionDate(date: PlainDate, sessionDates: readonly PlainDate[]): PlainDate | null {
  let previous: PlainDate | null = null;
  for (const candidate of sessionDates) {
    if (candidate < date && (previous === null || candidate > previous)) previous = candidate;
  }
  return previous;
}

/**
 * The interval from the previous session to a session on `date`; null for a first session.
 * @example intervalSincePreviousSession(plainDate("2026-04-18"), [plainDate("2026-02-01")], 77)
 * // { previousDate: "2026-02-01", days: 76, tooShort: true }
 */
export function intervalSincePreviousSession(date: PlainDate, sessionDates: readonly PlainDate[], minIntervalDays: number): SessionInterval | null {
  const previousDate = previousSessionDate(date, sessionDates);
  if (previousDate === null) return null;
  const days = daysBetween(previousDate, date);
  return { previousDate, days, tooShort: days < minIntervalDays };
}
