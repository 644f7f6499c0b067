/**
 * The eligibility policies as data (pathway-rules §5 table; docs/clinical/eligibility.md).
 */
import type { PolicyId } from "../shared/record.ts";
import type { CriterionId } from "./criterion.ts";
import type { PreventivesNeeded } from "./preventives-failed.ts";

export interface EligibilityPolicy {
  /** The criteria the policy requires, in the order they are listed. */
  readonly criteria: readonly CriterionId[];
  /** Failed preventives needed; null when the policy does not require them. */
  readonly preventives: PreventivesNeeded | null;
}

const LABEL_CRITERIA: readonly CriterionId[] = ["age", "chronic-migraine", "headache-days", "no-contraindication"];

/**
 * us-label: the US label (default). us-payer: typical US prior authorisation, 2 classes failed.
 * nice-ta260: NICE TA260, 3 drugs failed and overuse managed. ehf-2018: EHF 2018, 2 drugs failed.
 */
export const ELIGIBILITY_POLICIES: { readonly [P in PolicyId]: EligibilityPolicy } = Object.freeze({
  "us-label": { criteria: LABEL_CRITERIA, preventives: null },
  "us-payer": { criteria: [...LABEL_CRITERIA, "preventives-failed"], preventives: { count: 2, distinctBy: "class" } },
  "nice-ta260": { criteria: [...LABEL_CRITERIA, "preventives-failed", "overuse-managed"], preventives: { count: 3, distinctBy: "drug" } },
  "ehf-2018": { criteria: [...LABEL_CRITERIA, "preventives-failed"], preventives: { count: 2, distinctBy: "drug" } },
});
