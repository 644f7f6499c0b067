/**
 * The reduction in headache days a renewal is judged against, per policy (pathway-rules §8): AHS
 * 2021 (us-label, us-payer) asks for 50% or a HIT-6 / MIDAS benefit; NICE TA260 and EHF 2018 stop
 * below 30%.
 */
import { RESPONDER_30, RESPONDER_50 } from "../outcomes/continuation.ts";
import type { PolicyId } from "../shared/record.ts";

export interface RenewalThreshold {
  /** The percent reduction in headache days the policy asks for (compared unrounded, §8). */
  readonly percent: number;
  /** The policy's other ways to continue, in words; empty when the percent is the only one. */
  readonly alternatives: readonly string[];
  /** Who set the threshold. */
  readonly source: string;
}

/**
 * The threshold of a policy's renewal.
 * @example renewalThreshold("nice-ta260").percent // 30
 * @example renewalThreshold("us-payer").alternatives // ["HIT-6 down 5 points or more", "MIDAS improved (AHS rule)"]
 */
export function renewalThreshold(policy: PolicyId): RenewalThreshold {
  if (policy === "us-label" || policy === "us-payer") {
    return { percent: RESPONDER_50, alternatives: ["HIT-6 down 5 points or more", "MIDAS improved (AHS rule)"], source: "AHS 2021" };
  }
  return { percent: RESPONDER_30, alternatives: [], source: policy === "nice-ta260" ? "NICE TA260" : "EHF 2018" };
}
