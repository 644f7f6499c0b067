/**
 * The reports page's date range: by default the last 12 months (the year up to today, both ends
 * included), and the same checks the server makes (contracts/api/clinic-reports.ts), said in
 * words next to the field before anything is sent.
 */
import { OUTCOMES_RANGE_MAX_DAYS } from "#contracts/api/clinic-reports.ts";
import { addDays, daysBetween, formatDate, isPlainDate, dateParts, daysInMonth, type PlainDate } from "#domain/shared/plain-date.ts";

export interface ReportRange {
  readonly from: string;
  readonly to: string;
}

/**
 * The last 12 months up to `today`: from the day after the same date a year before.
 * @example lastTwelveMonths("2026-12-10" as PlainDate) // { from: "2025-12-11", to: "2026-12-10" }
 * @example lastTwelveMonths("2028-02-29" as PlainDate) // { from: "2027-03-01", to: "2028-02-29" }
 */
export function lastTwelveMonths(today: PlainDate): ReportRange {
  const { year, month, day } = dateParts(today);
  // 29 February a year before is 28 February (the next day is then 1 March).
  const yearBefore = formatDate(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
  return { from: addDays(yearBefore, 1), to: today };
}

/**
 * What is wrong with a range, by field; empty when it can be sent.
 * @example rangeProblems({ from: "2026-07-01", to: "2026-06-30" }) // { to: "Must be on or after the start date." }
 */
export function rangeProblems(range: ReportRange): Partial<Record<keyof ReportRange, string>> {
  const problems: Partial<Record<keyof ReportRange, string>> = {};
  if (!isPlainDate(range.from)) problems.from = "Enter a date (YYYY-MM-DD).";
  if (!isPlainDate(range.to)) problems.to = "Enter a date (YYYY-MM-DD).";
  if (problems.from !== undefined || problems.to !== undefined) return problems;
  const days = daysBetween(range.from as PlainDate, range.to as PlainDate);
  if (days < 0) problems.to = "Must be on or after the start date.";
  else if (days > OUTCOMES_RANGE_MAX_DAYS) problems.from = "A report covers ten years at most.";
  return problems;
}
