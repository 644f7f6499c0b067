/**
 * Counting classified diary days over a date range (pathway-rules §1-2; docs/clinical/diary.md).
 */
import { isWithin } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { classifyDay } from "./classify-day.ts";
import type { DayClassification } from "./classify-day.ts";
import type { DateRange, DiaryContext } from "./diary-context.ts";
import { MEDICATION_CLASS_TABLE } from "./medication-classes.ts";
import type { MedicationCountName } from "./medication-classes.ts";

/** The day counts that the classification flags feed, other than the per-class ones. */
export type DayCountName = "anyHeadacheDays" | "headacheDays" | "migraineDays" | "moderateSevereDays" | "acuteMedicationDays";

/**
 * The counts of one range of dates, named as in the assessment's `windows` (assess-contract.md).
 * Counts are raw counts over recorded days, never rescaled (pathway-rules §1).
 */
export type WindowCounts = {
  readonly start: PlainDate;
  readonly end: PlainDate;
  /** Dates in the range with a diary record; a date without one is unknown, not headache-free. */
  readonly daysRecorded: number;
  /** At least `minRecordedDays` recorded days (pathway-rules §1). */
  readonly complete: boolean;
} & { readonly [K in DayCountName | MedicationCountName]: number };

type MutableCounts = { -readonly [K in DayCountName | MedicationCountName]: number } & { daysRecorded: number };

/** Which flag of a classified day feeds which count (pathway-rules §2, the counting table). */
const DAY_COUNT_TABLE: readonly { readonly count: DayCountName; readonly flag: keyof DayClassification }[] = [
  { count: "anyHeadacheDays", flag: "anyHeadache" },
  { count: "headacheDays", flag: "headacheDay" },
  { count: "migraineDays", flag: "migraine" },
  { count: "moderateSevereDays", flag: "moderateSevere" },
  { count: "acuteMedicationDays", flag: "acuteMedication" },
];

/** A running tally of classified days, for counting one or many ranges in one pass. */
export interface DayTally {
  /** Adds one recorded, classified day. */
  add(day: DayClassification): void;
  /** The counts so far, as the counts of `range`. */
  result(range: DateRange): WindowCounts;
}

/**
 * Starts an empty tally; `minRecordedDays` decides completeness.
 * @example const t = startTally(20); t.result({ start, end }).daysRecorded // 0
 */
export function startTally(minRecordedDays: number): DayTally {
  const counts: MutableCounts = {
    daysRecorded: 0,
    anyHeadacheDays: 0, headacheDays: 0, migraineDays: 0, moderateSevereDays: 0, acuteMedicationDays: 0,
    triptanDays: 0, ergotDays: 0, simpleAnalgesicDays: 0, opioidDays: 0, combinationAnalgesicDays: 0,
    gepantDays: 0, ditanDays: 0, otherAcuteDays: 0,
  };
  return {
    add(day) {
      counts.daysRecorded += 1;
      for (const { count, flag } of DAY_COUNT_TABLE) if (day[flag] === true) counts[count] += 1;
      for (const { count, flag } of MEDICATION_CLASS_TABLE) if (day[flag]) counts[count] += 1;
    },
    result(range) {
      const { daysRecorded, ...dayCounts } = counts;
      return { start: range.start, end: range.end, daysRecorded, complete: daysRecorded >= minRecordedDays, ...dayCounts };
    },
  };
}

/**
 * Counts the recorded days of a closed date range `[start, end]` (pathway-rules §1-2). Entries
 * outside the range are ignored; the order of entries does not matter; dates are assumed unique
 * (two records for one date are an input error caught at the boundary).
 * @example countDays(diary, { start: plainDate("2026-06-23"), end: plainDate("2026-07-20") }, { settings: DEFAULT_SETTINGS })
 *   // { start: "2026-06-23", end: "2026-07-20", daysRecorded: 28, complete: true, anyHeadacheDays: 17, ... }
 */
export function countDays(diary: readonly DiaryDay[], range: DateRange, context: DiaryContext): WindowCounts {
  const tally = startTally(context.settings.minRecordedDays);
  for (const day of diary) {
    if (isWithin(day.date, range.start, range.end)) tally.add(classifyDay(day, context));
  }
  return tally.result(range);
}

/**
 * Counts the recorded days of a range whose classification satisfies a test, for figures the
 * window counts do not carry (e.g. days with any overuse-judged class, pathway-rules §4).
 * @example countMatchingDays(diary, range, context, (day) => day.triptan || day.ergot) // 6
 */
export function countMatchingDays(
  diary: readonly DiaryDay[],
  range: DateRange,
  context: DiaryContext,
  test: (day: DayClassification) => boolean,
): number {
  let matching = 0;
  for (const day of diary) {
    if (isWithin(day.date, range.start, range.end) && test(classifyDay(day, context))) matching += 1;
  }
  return matching;
}
