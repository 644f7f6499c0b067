/**
 * The dates the response is judged on, from the sessions on or before `A` (pathway-rules §8;
 * docs/clinical/outcomes.md).
 */
import { addDays, minDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DateRange } from "../diary/diary-context.ts";

/** Day 168 is week 24: the two-cycle point falls at most 167 days after the first session. */
export const TWO_CYCLE_MAX_DAYS = 167;
/** Day 252 is week 36: the EHF three-cycle point falls at most 251 days after the first session. */
export const THREE_CYCLE_MAX_DAYS = 251;
/** The baseline is the 28 days before the first session. */
export const BASELINE_DAYS = 28;
/** Evaluation windows are 28 days ending on the evaluation point. */
export const EVALUATION_DAYS = 28;

export interface TreatmentTimeline {
  /** Session dates on or before `A`, in order. */
  readonly sessions: readonly PlainDate[];
  /** The first session `F`. */
  readonly first: PlainDate;
  /** The last session on or before `A`. */
  readonly last: PlainDate;
  /** `[F-28, F-1]`. */
  readonly baselineWindow: DateRange;
  /** `E = min(third session - 1, F + 167)`. */
  readonly twoCyclePoint: PlainDate;
  /** `E3 = min(fourth session - 1, F + 251)`. */
  readonly threeCyclePoint: PlainDate;
}

/**
 * The timeline of sessions on or before `A`; null when there is none (sessions after `A` are
 * ignored, pathway-rules §1). Input order does not matter.
 * @example treatmentTimeline([{ date: plainDate("2026-02-01") }], plainDate("2026-07-20"))?.twoCyclePoint // "2026-07-18"
 */
export function treatmentTimeline(sessions: readonly { readonly date: PlainDate }[], asOf: PlainDate): TreatmentTimeline | null {
  const dates = sessions.map((s) => s.date).filter((date) => date <= asOf).sort();
  const [first] = dates;
  if (first === undefined) return null;
  const third = dates[2];
  const fourth = dates[3];
  return {
    sessions: dates,
    first,
    last: dates[dates.length - 1] as PlainDate,
    baselineWindow: { start: addDays(first, -BASELINE_DAYS), end: addDays(first, -1) },
    twoCyclePoint: pointBefore(third, addDays(first, TWO_CYCLE_MAX_DAYS)),
    threeCyclePoint: pointBefore(fourth, addDays(first, THREE_CYCLE_MAX_DAYS)),
  };
}

/**
 * The 28-day evaluation window ending on an evaluation point, `[E-27, E]`.
 * @example evaluationWindowEnding(plainDate("2026-07-18")) // { start: "2026-06-21", end: "2026-07-18" }
 */
export function evaluationWindowEnding(point: PlainDate): DateRange {
  return { start: addDays(point, -(EVALUATION_DAYS - 1)), end: point };
}

/** The day before the next session, when there is one, capped at the latest point. */
function pointBefore(nextSession: PlainDate | undefined, latest: PlainDate): PlainDate {
  return nextSession === undefined ? latest : minDate(addDays(nextSession, -1), latest);
}
