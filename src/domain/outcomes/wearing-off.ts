/**
 * The wearing-off signal: more headache days late in a cycle than early in it (pathway-rules §8;
 * clinical-facts.md 9.2; docs/clinical/outcomes.md).
 */
import { addDays, daysBetween, minDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import type { DateRange, DiaryContext } from "../diary/diary-context.ts";
import { countDays } from "../diary/window-counts.ts";
import { roundHalfAwayFromZero } from "./rounding.ts";

/** A cycle is judged over at most 12 weeks (fixed, not the configurable nextDueDays). */
export const CYCLE_MAX_DAYS = 84;
/** The early part is the first 8 weeks; the late part is from day 57. */
export const EARLY_PART_DAYS = 56;
/** A late part shorter than 2 weeks is not judged. */
export const MIN_LATE_PART_DAYS = 14;
/**
 * Rates are ratios of small integers (at most 84 days), so two distinct rates differ by far more
 * than this; it only absorbs binary floating-point error at the exact thresholds.
 */
const TOLERANCE = 1e-9;

export interface WearingOff {
  readonly sessionDate: PlainDate;
  /** Headache days / recorded days in `[S+1, min(S+56, C)]`, 3 decimals; null without a recorded day. */
  readonly earlyRate: number | null;
  /** Headache days / recorded days in `[S+57, C]`, 3 decimals; null without a recorded day. */
  readonly lateRate: number | null;
  /** True when the late rate exceeds the early rate by at least `wearingOffMinRise`; null when not judged. */
  readonly signal: boolean | null;
}

export interface WearingOffInput {
  readonly asOf: PlainDate;
  readonly diary: readonly DiaryDay[];
  readonly sessions: readonly { readonly date: PlainDate }[];
  readonly context: DiaryContext;
}

/**
 * One entry per session `S` on or before `A` whose cycle has ended, in date order: the cycle
 * ends at `C = min(next session on or before A - 1, S + 84)` and has ended when `C <= A`.
 * The signal is null when the late part is shorter than 14 days or either part has fewer than
 * `wearingOffMinRecordedShare` of its days recorded (pathway-rules §8).
 * @example assessWearingOff({ asOf, diary, sessions: [{ date: plainDate("2026-02-01") }], context })
 *   // [{ sessionDate: "2026-02-01", earlyRate: 0.357, lateRate: 0.5, signal: true }]
 */
export function assessWearingOff(input: WearingOffInput): WearingOff[] {
  const { asOf, diary, context } = input;
  const dates = input.sessions.map((s) => s.date).filter((date) => date <= asOf).sort();
  const results: WearingOff[] = [];
  dates.forEach((session, index) => {
    const next = dates[index + 1];
    const cycleEnd = minDate(next === undefined ? addDays(session, CYCLE_MAX_DAYS) : addDays(next, -1), addDays(session, CYCLE_MAX_DAYS));
    if (cycleEnd > asOf) return;
    const early = part(diary, { start: addDays(session, 1), end: minDate(addDays(session, EARLY_PART_DAYS), cycleEnd) }, context);
    const late = part(diary, { start: addDays(session, EARLY_PART_DAYS + 1), end: cycleEnd }, context);
    const share = context.settings.wearingOffMinRecordedShare;
    const judged = late.length >= MIN_LATE_PART_DAYS && early.recordedShare + TOLERANCE >= share && late.recordedShare + TOLERANCE >= share;
    const signal = judged && early.rate !== null && late.rate !== null
      ? late.rate - early.rate + TOLERANCE >= context.settings.wearingOffMinRise
      : null;
    results.push({ sessionDate: session, earlyRate: rounded(early.rate), lateRate: rounded(late.rate), signal });
  });
  return results;
}

interface CyclePart {
  readonly length: number;
  readonly recordedShare: number;
  readonly rate: number | null;
}

function part(diary: readonly DiaryDay[], range: DateRange, context: DiaryContext): CyclePart {
  const length = Math.max(0, daysBetween(range.start, range.end) + 1);
  if (length === 0) return { length, recordedShare: 0, rate: null };
  const counts = countDays(diary, range, context);
  return {
    length,
    recordedShare: counts.daysRecorded / length,
    rate: counts.daysRecorded === 0 ? null : counts.headacheDays / counts.daysRecorded,
  };
}

function rounded(rate: number | null): number | null {
  return rate === null ? null : roundHalfAwayFromZero(rate, 3);
}
