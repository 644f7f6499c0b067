/**
 * Whether a clinician's treatment decision follows the policy's recommendation (pathway-rules §8;
 * docs/clinical/pathway.md). The decision is the clinician's; one that departs from the
 * recommendation is allowed, kept with its reason and marked, so a review of decisions can find it.
 */
import type { Recommendation } from "../outcomes/continuation.ts";
import type { TreatmentDecisionKind } from "./pathway-status.ts";

/**
 * The decisions that follow each recommendation. EHF's `review` allows one more cycle, so
 * continuing follows it; switching to another treatment stops this one, so it follows `stop`.
 */
export const DECISIONS_FOLLOWING: { readonly [R in Recommendation]: readonly TreatmentDecisionKind[] } = {
  continue: ["continue"],
  stop: ["stop", "switch"],
  review: ["continue"],
  pause: ["pause"],
};

/**
 * Whether a decision follows the recommendation it was made against; null when there was none
 * (the response was not evaluated: too early, no baseline, or an incomplete window).
 * @example followsRecommendation("switch", "stop") // true
 * @example followsRecommendation("continue", "stop") // false
 * @example followsRecommendation("stop", null) // null
 */
export function followsRecommendation(decision: TreatmentDecisionKind, recommendation: Recommendation | null): boolean | null {
  if (recommendation === null) return null;
  return DECISIONS_FOLLOWING[recommendation].includes(decision);
}
