/**
 * Filling in a missed day afterwards (issue 9; docs/clinical/diary.md "Late entries"): a day may
 * be saved up to `maxDays` days after it (the clinic's `diaryLateEntryDays`, default 7), counted
 * from the date on which the patient saved it on their phone, not when the server received it:
 * a day saved in time while offline is never refused for arriving late.
 */
import { addDays, daysBetween, type PlainDate } from "../shared/plain-date.ts";

/**
 * Whether a day may still be filled in when saved on `savedOn` (both in the patient's zone).
 * @example mayFillIn("2026-07-13", "2026-07-20", 7) // true
 * @example mayFillIn("2026-07-12", "2026-07-20", 7) // false
 */
export function mayFillIn(date: PlainDate, savedOn: PlainDate, maxDays: number): boolean {
  return daysBetween(date, savedOn) <= maxDays;
}

/**
 * The earliest date that may still be filled in on `today`.
 * @example earliestFillIn("2026-07-20", 7) // "2026-07-13"
 */
export function earliestFillIn(today: PlainDate, maxDays: number): PlainDate {
  return addDays(today, -maxDays);
}
