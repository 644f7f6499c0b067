/**
 * When the clinic calls back an amber report (pathway-rules §10: "the clinic will call within one
 * working day"): by the end of the next working day, Monday to Friday, after the day the report
 * reached the clinic. Public holidays are not known to the app, so a report on the eve of one
 * promises a call on the holiday itself; the clinic's own rota covers it (docs/clinical/triage.md).
 */
import { addDays, isoWeekday, type PlainDate } from "../shared/plain-date.ts";

/**
 * The working day (Monday to Friday) after `date`.
 * @example nextWorkingDay(plainDate("2026-12-07")) // "2026-12-08" (Monday -> Tuesday)
 * @example nextWorkingDay(plainDate("2026-12-11")) // "2026-12-14" (Friday -> Monday)
 * @example nextWorkingDay(plainDate("2026-12-12")) // "2026-12-14" (Saturday -> Monday)
 */
export function nextWorkingDay(date: PlainDate): PlainDate {
  let next = addDays(date, 1);
  while (isoWeekday(next) > 5) next = addDays(next, 1);
  return next;
}
