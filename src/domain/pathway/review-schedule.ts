/**
 * When the response review is possible (pathway-rules §8; docs/clinical/pathway.md): at the
 * two-cycle point, and again at the three-cycle point when EHF 2018 recommended `review` (one
 * more cycle). The review screen says it from here, so the web never works out a date itself.
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { EvaluationPoint } from "../outcomes/continuation.ts";
import type { ResponseAssessment } from "../outcomes/assess-response.ts";
import type { TreatmentTimeline } from "../outcomes/treatment-timeline.ts";

export interface ReviewPointDate {
  readonly point: EvaluationPoint;
  /** The evaluation point itself: the last day of its 28-day window, from which it can be judged. */
  readonly opensOn: PlainDate;
}

export interface ReviewSchedule {
  /** The point the response is judged at, or waits for; null without a session. */
  readonly current: ReviewPointDate | null;
  /** The three-cycle review that follows an EHF `review` at two cycles; null otherwise. */
  readonly next: ReviewPointDate | null;
}

const pointDate = (timeline: TreatmentTimeline, point: EvaluationPoint): ReviewPointDate => ({
  point,
  opensOn: point === "two-cycles" ? timeline.twoCyclePoint : timeline.threeCyclePoint,
});

/**
 * The review's point and date from the response and the treatment timeline of the same as-of
 * date: before the two-cycle point, the date it opens (its `E`); once reached, the point judged;
 * after an EHF `review` at two cycles, the three-cycle point `E3` next (pathway-rules §8).
 * @example reviewSchedule({ evaluationPoint: null, recommendation: null }, timeline).current // { point: "two-cycles", opensOn: "2026-07-18" }
 * @example reviewSchedule({ evaluationPoint: "two-cycles", recommendation: "review" }, timeline).next // { point: "three-cycles", opensOn: "2026-10-10" }
 */
export function reviewSchedule(response: Pick<ResponseAssessment, "evaluationPoint" | "recommendation">, timeline: TreatmentTimeline | null): ReviewSchedule {
  if (timeline === null) return { current: null, next: null };
  const current = pointDate(timeline, response.evaluationPoint ?? "two-cycles");
  const next = response.recommendation === "review" && response.evaluationPoint === "two-cycles" ? pointDate(timeline, "three-cycles") : null;
  return { current, next };
}
