/**
 * The assessment's 28-day windows, newest first (pathway-rules §1; docs/clinical/diary.md).
 */
import { addDays, daysBetween } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { classifyDay } from "./classify-day.ts";
import type { DateRange, DiaryContext } from "./diary-context.ts";
import { startTally } from "./window-counts.ts";
import type { DayTally, WindowCounts } from "./window-counts.ts";

/** Days in a window: "per month" in guidelines is read as per 28-day window (pathway-rules §1). */
export const WINDOW_DAYS = 28;

/** The assessment always lists at least W1-W3 (pathway-rules §1). */
export const MIN_WINDOWS = 3;

/**
 * The dates of window `Wn` as of `A`: W1 = [A-27, A], W2 = [A-55, A-28], and so on.
 * @example windowRange(plainDate("2026-07-20"), 1) // { start: "2026-06-23", end: "2026-07-20" }
 * @example windowRange(plainDate("2026-07-20"), 2) // { start: "2026-05-26", end: "2026-06-22" }
 */
export function windowRange(asOf: PlainDate, n: number): DateRange {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`window number must be a positive integer, got ${n}`);
  const end = addDays(asOf, -WINDOW_DAYS * (n - 1));
  return { start: addDays(end, -(WINDOW_DAYS - 1)), end };
}

/**
 * The counts of W1, W2, ... as of `A`, newest first, down to the window holding the earliest
 * diary date on or before `A`, and always at least W1-W3 (pathway-rules §1). Entries after `A`
 * are ignored; the order of entries does not matter.
 * @example windowsAsOf([], plainDate("2026-07-20"), { settings: DEFAULT_SETTINGS }).map((w) => w.start)
 *   // ["2026-06-23", "2026-05-26", "2026-04-28"]
 */
export function windowsAsOf(diary: readonly DiaryDay[], asOf: PlainDate, context: DiaryContext): WindowCounts[] {
  const tallies: DayTally[] = [];
  const tallyFor = (index: number): DayTally => {
    while (tallies.length <= index) tallies.push(startTally(context.settings.minRecordedDays));
    return tallies[index] as DayTally;
  };
  for (let i = 0; i < MIN_WINDOWS; i += 1) tallyFor(i);
  for (const day of diary) {
    const daysBack = daysBetween(day.date, asOf);
    if (daysBack < 0) continue; // after A: ignored by every figure (§1)
    tallyFor(Math.floor(daysBack / WINDOW_DAYS)).add(classifyDay(day, context));
  }
  return tallies.map((tally, index) => tally.result(windowRange(asOf, index + 1)));
}
