/**
 * The shape of an eligibility decision (pathway-rules §5; docs/clinical/eligibility.md).
 */
export const CRITERION_IDS = [
  "age",
  "chronic-migraine",
  "headache-days",
  "no-contraindication",
  "preventives-failed",
  "overuse-managed",
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export type CriterionStatus = "met" | "not-met" | "unknown";

/** One criterion as judged, with the evidence used. */
export interface Criterion {
  readonly id: CriterionId;
  readonly status: CriterionStatus;
  /** One line for people, e.g. "42 years on 2026-07-20". */
  readonly detail: string;
  /** The facts used (counts, dates, drugs), as plain JSON values. */
  readonly evidence: Readonly<Record<string, unknown>>;
  /** What is missing when the status is unknown; null otherwise. */
  readonly missing: string | null;
}

export type EligibilityStatus = "eligible" | "not-eligible" | "insufficient-data";

export interface EligibilityDecision {
  readonly status: EligibilityStatus;
  /** Exactly the policy's required criteria, in the policy's order. */
  readonly criteria: readonly Criterion[];
}

/**
 * Combines criteria (pathway-rules §5): eligible when every one is met, not-eligible when any is
 * not-met, otherwise insufficient-data.
 * @example combineCriteria([{ status: "met" }, { status: "unknown" }]) // "insufficient-data"
 */
export function combineCriteria(criteria: readonly Pick<Criterion, "status">[]): EligibilityStatus {
  if (criteria.some((c) => c.status === "not-met")) return "not-eligible";
  return criteria.every((c) => c.status === "met") ? "eligible" : "insufficient-data";
}
