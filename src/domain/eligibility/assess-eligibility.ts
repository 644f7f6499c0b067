/**
 * Eligibility for onabotulinumtoxinA under a policy (pathway-rules §5; docs/clinical/eligibility.md).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { PatientHistory, PolicyId, PreventiveTrial } from "../shared/record.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import type { ChronicMigraineStatus } from "../diagnosis/chronic-migraine.ts";
import type { MedicationOveruseStatus } from "../diagnosis/medication-overuse.ts";
import { combineCriteria } from "./criterion.ts";
import type { Criterion, CriterionId, EligibilityDecision } from "./criterion.ts";
import {
  ageCriterion,
  chronicMigraineCriterion,
  headacheDaysCriterion,
  noContraindicationCriterion,
  overuseManagedCriterion,
} from "./patient-criteria.ts";
import { ELIGIBILITY_POLICIES } from "./policies.ts";
import type { EligibilityPolicy } from "./policies.ts";
import { preventivesFailedCriterion } from "./preventives-failed.ts";

export interface EligibilityInput {
  readonly policy: PolicyId;
  readonly asOf: PlainDate;
  readonly birthDate?: PlainDate | undefined;
  readonly history?: PatientHistory | undefined;
  /** `undefined`: no preventive history given; `[]`: none tried. */
  readonly preventives?: readonly PreventiveTrial[] | undefined;
  /** W1 as of `A`. */
  readonly w1: WindowCounts;
  /** Pathway-rules §3 status. */
  readonly chronicMigraine: ChronicMigraineStatus;
  /** Pathway-rules §4 status. */
  readonly medicationOveruse: MedicationOveruseStatus;
  readonly settings: PathwaySettings;
}

/**
 * Judges eligibility under a policy: exactly the policy's criteria, each met, not-met or unknown,
 * combined into eligible, not-eligible or insufficient-data (pathway-rules §5).
 * @example assessEligibility({ policy: "us-label", asOf, birthDate, history, w1, chronicMigraine: "met",
 *   medicationOveruse: "not-suspected", settings: DEFAULT_SETTINGS }).status // "eligible"
 */
export function assessEligibility(input: EligibilityInput): EligibilityDecision {
  return assessEligibilityUnder(ELIGIBILITY_POLICIES[input.policy], input);
}

/**
 * Judges eligibility under a policy given as data (one of `ELIGIBILITY_POLICIES`, or a clinic's own).
 * Throws when the policy requires preventives-failed without saying how many (a programmer error).
 * @example assessEligibilityUnder({ criteria: ["age"], preventives: null }, input).criteria.length // 1
 */
export function assessEligibilityUnder(policy: EligibilityPolicy, input: EligibilityInput): EligibilityDecision {
  const judge: { readonly [K in CriterionId]: () => Criterion } = {
    age: () => ageCriterion(input.birthDate, input.asOf),
    "chronic-migraine": () => chronicMigraineCriterion(input.chronicMigraine, input.settings.minRecordedDays),
    "headache-days": () => headacheDaysCriterion(input.w1, input.settings),
    "no-contraindication": () => noContraindicationCriterion(input.history),
    "preventives-failed": () => {
      if (policy.preventives === null) throw new Error("the policy requires preventives-failed without a count");
      return preventivesFailedCriterion(input.preventives, input.asOf, input.settings, policy.preventives);
    },
    "overuse-managed": () => overuseManagedCriterion(input.medicationOveruse, input.history),
  };
  const criteria = policy.criteria.map((id) => judge[id]());
  return { status: combineCriteria(criteria), criteria };
}
