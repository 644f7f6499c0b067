/**
 * The one-page summary of a 4-week diary kept on the phone before joining a clinic (issue 9 §5):
 * the counts a headache specialist asks for, over the 28 days from the first recorded day, counted
 * by the clinic's own code (src/domain/diary/window-counts.ts) with the default settings.
 */
import { countDays, type WindowCounts } from "../diary/window-counts.ts";
import { WINDOW_DAYS } from "../diary/windows.ts";
import { addDays, compareDates, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";

/** The diary's 28 days: from its first recorded day, `[first, first + 27]`. */
export interface PhoneDiaryPeriod {
  readonly start: PlainDate;
  readonly end: PlainDate;
}

/**
 * The 28-day period a phone diary covers: from its earliest day, or from `today` when it is empty.
 * @example phoneDiaryPeriod([], plainDate("2026-07-01")) // { start: "2026-07-01", end: "2026-07-28" }
 */
export function phoneDiaryPeriod(days: readonly DiaryDay[], today: PlainDate): PhoneDiaryPeriod {
  const first = days.reduce<PlainDate | null>((earliest, day) => (earliest === null || compareDates(day.date, earliest) < 0 ? day.date : earliest), null);
  const start = first ?? today;
  return { start, end: addDays(start, WINDOW_DAYS - 1) };
}

/**
 * The summary's counts over the diary's 28 days (days outside are left out). Without a birth
 * date, ICHD-3's adult durations apply (pathway-rules §2).
 * @example summarizePhoneDiary([{ date: plainDate("2026-07-01"), headache: true, hours: 6, severity: 2 }], plainDate("2026-07-03")).counts.headacheDays // 1
 */
export function summarizePhoneDiary(days: readonly DiaryDay[], today: PlainDate): { readonly period: PhoneDiaryPeriod; readonly counts: WindowCounts } {
  const period = phoneDiaryPeriod(days, today);
  return { period, counts: countDays(days, period, { settings: DEFAULT_SETTINGS }) };
}
