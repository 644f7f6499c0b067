/**
 * Builders of synthetic diary days, for tests, fixtures and the synthetic clinic generator.
 * Pure helpers; nothing clinical is decided here.
 */
import { addDays } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryAnswers, DiaryDay } from "../shared/record.ts";
import type { DateRange } from "./diary-context.ts";
import type { WindowCounts } from "./window-counts.ts";
import { windowRange } from "./windows.ts";

/**
 * A full migraine day (6 hours, moderate, one-sided and pulsating, with nausea), with overrides.
 * @example migraineDay(plainDate("2026-01-01")).hours // 6
 */
export function migraineDay(date: PlainDate, overrides: Partial<DiaryAnswers> = {}): DiaryDay {
  return {
    date,
    headache: true,
    hours: 6,
    severity: 2,
    features: { unilateral: true, pulsating: true, nausea: true },
    ...overrides,
  };
}

/**
 * A recorded day without headache, with overrides (e.g. medications).
 * @example headacheFreeDay(plainDate("2026-01-01")).headache // false
 */
export function headacheFreeDay(date: PlainDate, overrides: Partial<DiaryAnswers> = {}): DiaryDay {
  return { date, headache: false, ...overrides };
}

/**
 * `count` consecutive days from `start`, the i-th made by `make(date, i)`.
 * @example consecutiveDays(plainDate("2026-01-30"), 3, (date) => headacheFreeDay(date)).map((d) => d.date)
 *   // ["2026-01-30", "2026-01-31", "2026-02-01"]
 */
export function consecutiveDays(start: PlainDate, count: number, make: (date: PlainDate, index: number) => DiaryDay): DiaryDay[] {
  return Array.from({ length: count }, (_, index) => make(addDays(start, index), index));
}

/**
 * Diary days filling window `Wn` as of `asOf` from its first day: the i-th made by `make(date, i)`,
 * `recorded` days in all (28 by default).
 * @example daysInWindow(plainDate("2026-07-20"), 1, (date) => headacheFreeDay(date))[0].date // "2026-06-23"
 */
export function daysInWindow(asOf: PlainDate, n: number, make: (date: PlainDate, index: number) => DiaryDay, recorded = 28): DiaryDay[] {
  return consecutiveDays(windowRange(asOf, n).start, recorded, make);
}

/**
 * Window counts with every count 0 and 28 days recorded, with overrides: for judging decisions
 * on counts without building a diary.
 * @example windowCountsOf({ start, end }, { headacheDays: 16 }).complete // true
 */
export function windowCountsOf(range: DateRange, overrides: Partial<WindowCounts> = {}): WindowCounts {
  return {
    start: range.start, end: range.end, daysRecorded: 28, complete: true,
    anyHeadacheDays: 0, headacheDays: 0, migraineDays: 0, moderateSevereDays: 0, acuteMedicationDays: 0,
    triptanDays: 0, ergotDays: 0, simpleAnalgesicDays: 0, opioidDays: 0, combinationAnalgesicDays: 0,
    gepantDays: 0, ditanDays: 0, otherAcuteDays: 0,
    ...overrides,
  };
}
