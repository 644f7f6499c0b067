/**
 * What every continuation policy decides on, and how competing recommendations are ranked
 * (pathway-rules §8; docs/clinical/outcomes.md).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import type { DateRange, DiaryContext } from "../diary/diary-context.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import { roundHalfAwayFromZero } from "./rounding.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";
import type { TreatmentTimeline } from "./treatment-timeline.ts";

export type Recommendation = "continue" | "stop" | "review" | "pause";
export type EvaluationPoint = "two-cycles" | "three-cycles";

/** Policy thresholds on the unrounded percent reduction (pathway-rules §8). */
export const RESPONDER_30 = 30;
export const RESPONDER_50 = 50;

/** The reason codes named in pathway-rules §8 (verbatim) and the project's own. */
export const RESPONSE_REASONS = {
  revertedToEpisodic: "reverted_to_episodic",
  threeCycleWindowIncomplete: "three_cycle_window_incomplete",
  noTreatment: "no_treatment",
  baselineIncomplete: "baseline_incomplete",
  baselineWithoutHeadacheDays: "baseline_without_headache_days",
  tooEarly: "too_early",
  evaluationWindowIncomplete: "evaluation_window_incomplete",
  reductionAtLeast50: "reduction_at_least_50_percent",
  hit6FellAtLeast5: "hit6_fell_at_least_5_points",
  midasImproved: "midas_improved",
  noAhsBenefit: "no_ahs_benefit",
  reductionBelow30: "reduction_below_30_percent",
  reductionAtLeast30: "reduction_at_least_30_percent",
  reductionBelow30AfterThreeCycles: "reduction_below_30_percent_after_three_cycles",
  reductionAtLeast30AfterThreeCycles: "reduction_at_least_30_percent_after_three_cycles",
} as const;

/** One evaluation of headache days against the baseline. */
export interface Evaluation {
  readonly point: EvaluationPoint;
  readonly window: DateRange;
  readonly headacheDays: number;
  /** Unrounded: every threshold compares this value. */
  readonly percentReduction: number;
}

/** The facts a continuation policy decides on; the response is already evaluated at two cycles. */
export interface ContinuationFacts {
  readonly asOf: PlainDate;
  readonly timeline: TreatmentTimeline;
  readonly baselineHeadacheDays: number;
  readonly twoCycle: Evaluation;
  /** W1-W3 as of `A`. */
  readonly windows: readonly WindowCounts[];
  readonly diary: readonly DiaryDay[];
  readonly context: DiaryContext;
  readonly questionnaires: readonly ScoredQuestionnaire[];
}

export interface ContinuationDecision {
  readonly recommendation: Recommendation;
  readonly reasons: readonly string[];
  /** The evaluation reported: the two-cycle one, or the EHF three-cycle one replacing it. */
  readonly evaluation: Evaluation;
  readonly reassessOn: PlainDate | null;
}

export type ContinuationRule = (facts: ContinuationFacts) => ContinuationDecision;

/** Precedence when several recommendations apply (pathway-rules §8, EHF): stop, review, pause, continue. */
export const RECOMMENDATION_PRECEDENCE: readonly Recommendation[] = ["stop", "review", "pause", "continue"];

/**
 * The recommendation that wins among those that apply; `continue` when none does.
 * @example byPrecedence(["pause", "review"]) // "review"
 */
export function byPrecedence(applying: readonly Recommendation[]): Recommendation {
  return RECOMMENDATION_PRECEDENCE.find((r) => applying.includes(r)) ?? "continue";
}

/**
 * `(baseline - current) / baseline × 100`, unrounded; negative when headache days rose.
 * @example percentReduction(16, 15) // 6.25
 */
export function percentReduction(baselineHeadacheDays: number, currentHeadacheDays: number): number {
  if (baselineHeadacheDays <= 0) throw new RangeError("percent reduction needs a baseline with headache days");
  return ((baselineHeadacheDays - currentHeadacheDays) * 100) / baselineHeadacheDays;
}

/**
 * A line for people describing an evaluation.
 * @example describeEvaluation(20, evaluation) // "two-cycles 2026-06-21..2026-07-18: 11 headache days against 20 at baseline (45% fewer)"
 */
export function describeEvaluation(baselineHeadacheDays: number, evaluation: Evaluation): string {
  const change = evaluation.percentReduction >= 0 ? `${roundHalfAwayFromZero(evaluation.percentReduction, 1)}% fewer` : `${roundHalfAwayFromZero(-evaluation.percentReduction, 1)}% more`;
  return `${evaluation.point} ${evaluation.window.start}..${evaluation.window.end}: ${evaluation.headacheDays} headache days against ${baselineHeadacheDays} at baseline (${change})`;
}
