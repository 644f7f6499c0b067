/**
 * HIT-6 and MIDAS as the response review shows them (pathway-rules §8, "Questionnaires for AHS"):
 * each instrument's baseline score (the last on or before the first session `F`) against its
 * follow-up (the last in `[F+1, E]`), the change, and whether it meets the AHS rule.
 */
import { instrumentChange, type ScoredQuestionnaire } from "../outcomes/questionnaire-benefit.ts";
import type { TreatmentTimeline } from "../outcomes/treatment-timeline.ts";
import { INSTRUMENTS, type Instrument } from "../shared/record.ts";

export interface InstrumentReview<T extends ScoredQuestionnaire> {
  readonly instrument: Instrument;
  readonly baseline: T | null;
  readonly followUp: T | null;
  /** Follow-up minus baseline (negative is better); null without both. */
  readonly change: number | null;
  /** The change meets the AHS 2021 rule for continuing (HIT-6 fell 5 or more; MIDAS by its band). */
  readonly supportsContinuing: boolean;
}

/**
 * Each instrument's baseline and follow-up around the first session and the two-cycle point
 * (the same pair the AHS policy decides on); both null without a session.
 * @example instrumentReviews([hit6(2026-01-25, 64), hit6(2026-07-01, 57)], timeline)[0] // { instrument: "HIT-6", change: -7, supportsContinuing: true, ... }
 */
export function instrumentReviews<T extends ScoredQuestionnaire>(scores: readonly T[], timeline: TreatmentTimeline | null): InstrumentReview<T>[] {
  return INSTRUMENTS.map((instrument) => {
    if (timeline === null) return { instrument, baseline: null, followUp: null, change: null, supportsContinuing: false };
    const pair = instrumentChange(scores, instrument, timeline.first, timeline.twoCyclePoint);
    // instrumentChange picks among the scores it is given, so each is one of `scores` (a T).
    const baseline = pair.baseline as T | null;
    const followUp = pair.followUp as T | null;
    const change = baseline !== null && followUp !== null ? followUp.score - baseline.score : null;
    return { instrument, baseline, followUp, change, supportsContinuing: pair.supportsContinuing };
  });
}
