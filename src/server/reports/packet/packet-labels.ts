/**
 * The words a packet prints for the clinical core's codes: criteria (pathway-rules §5), preventive
 * classes and outcomes, MIDAS items (paraphrased, clinical-facts.md §8: no item wording is
 * reproduced), criterion statuses.
 */
import type { CriterionId, CriterionStatus } from "#domain/eligibility/criterion.ts";
import type { PacketKind } from "#domain/authorization/packet-gap.ts";
import type { PreventiveClass, PreventiveOutcome } from "#domain/shared/record.ts";

export const PACKET_TITLES: Readonly<Record<PacketKind, string>> = {
  initial: "Prior authorization: initial request",
  renewal: "Prior authorization: renewal",
};

export const CRITERION_NAMES: Readonly<Record<CriterionId, string>> = {
  age: "Age 18 or older",
  "chronic-migraine": "Chronic migraine (ICHD-3 1.3) from the diary",
  "headache-days": "≥ 15 headache days of ≥ 4 h (last 28 days)",
  "no-contraindication": "No contraindication",
  "preventives-failed": "Preventive treatments failed",
  "overuse-managed": "Medication overuse managed",
};

export const CRITERION_STATUS_WORDS: Readonly<Record<CriterionStatus, string>> = {
  met: "met",
  "not-met": "not met",
  unknown: "unknown",
};

export const PREVENTIVE_CLASS_WORDS: Readonly<Record<PreventiveClass, string>> = {
  antiepileptic: "antiepileptic",
  "beta-blocker": "beta-blocker",
  antidepressant: "antidepressant",
  "arb-ace": "ARB / ACE inhibitor",
  "calcium-channel-blocker": "calcium-channel blocker",
  "cgrp-antibody": "CGRP antibody",
  gepant: "gepant",
  other: "other",
};

export const PREVENTIVE_OUTCOME_WORDS: Readonly<Record<PreventiveOutcome, string>> = {
  ineffective: "ineffective",
  "not-tolerated": "not tolerated",
  contraindicated: "contraindicated",
  effective: "effective",
  ongoing: "ongoing",
};

/** The five scored MIDAS items, days in the last 3 months, in the form's order (paraphrased). */
export const MIDAS_ITEM_LABELS = [
  "1. Work or school missed",
  "2. Work or school productivity halved",
  "3. Household work missed",
  "4. Household productivity halved",
  "5. Family, social or leisure activities missed",
] as const;
