/**
 * The words the summary prints for the clinical core's codes: grades (pathway-rules §9), policies
 * (§5), statuses (§3-4), recommendations (§8) and symptoms (§10). Clinicians read the page, so
 * clinical terms are fine; codes never reach the page as they are.
 */
import type { ChronicMigraineStatus } from "#domain/diagnosis/chronic-migraine.ts";
import type { MedicationOveruseStatus, OveruseRuleName } from "#domain/diagnosis/medication-overuse.ts";
import { RESPONSE_REASONS as R, type Recommendation } from "#domain/outcomes/continuation.ts";
import type { Hit6Grade } from "#domain/questionnaires/hit6.ts";
import type { MidasGrade } from "#domain/questionnaires/midas.ts";
import type { PolicyId } from "#domain/shared/record.ts";

export const POLICY_NAMES: Readonly<Record<PolicyId, string>> = {
  "us-label": "US label",
  "us-payer": "US payer",
  "nice-ta260": "NICE TA260",
  "ehf-2018": "EHF 2018",
};

/** HIT-6 grades by their published impact bands (≤ 49, 50-55, 56-59, ≥ 60). */
export const HIT6_GRADE_WORDS: Readonly<Record<Hit6Grade, string>> = {
  "little-or-none": "little or no impact",
  some: "some impact",
  substantial: "substantial impact",
  severe: "severe impact",
};

/** MIDAS grades I-IV (0-5, 6-10, 11-20, ≥ 21). */
export const MIDAS_GRADE_WORDS: Readonly<Record<MidasGrade, string>> = {
  I: "grade I, little or no disability",
  II: "grade II, mild disability",
  III: "grade III, moderate disability",
  IV: "grade IV, severe disability",
};

export const CHRONIC_MIGRAINE_WORDS: Readonly<Record<ChronicMigraineStatus, string>> = {
  met: "chronic migraine",
  "not-met": "not chronic migraine",
  "insufficient-data": "too little diary",
};

export const OVERUSE_WORDS: Readonly<Record<MedicationOveruseStatus, string>> = {
  suspected: "overuse suspected",
  "not-suspected": "no overuse",
  "insufficient-data": "too little diary",
};

export const RECOMMENDATION_WORDS: Readonly<Record<Recommendation, string>> = {
  continue: "continue",
  stop: "stop",
  review: "review",
  pause: "pause",
};

/** The response's reason codes (pathway-rules §8) that explain a recommendation, in words. */
export const RESPONSE_REASON_WORDS: Readonly<Record<string, string>> = {
  [R.revertedToEpisodic]: "reverted to episodic (W1–W3 each below the policy's headache days a month)",
  [R.reductionAtLeast50]: "at least 50% fewer headache days",
  [R.reductionAtLeast30]: "at least 30% fewer headache days",
  [R.reductionBelow30]: "fewer than 30% fewer headache days",
  [R.reductionAtLeast30AfterThreeCycles]: "at least 30% fewer headache days after three cycles",
  [R.reductionBelow30AfterThreeCycles]: "fewer than 30% fewer headache days after three cycles",
  [R.hit6FellAtLeast5]: "HIT-6 fell by 5 or more",
  [R.midasImproved]: "MIDAS improved",
  [R.noAhsBenefit]: "no benefit by the AHS measures",
  [R.threeCycleWindowIncomplete]: "the three-cycle window is incomplete",
};

/** An overuse rule's name as printed. */
export function overuseRuleWords(rule: OveruseRuleName): string {
  return rule === "multiple-classes" ? "several classes" : rule.replaceAll("-", " ");
}

/**
 * What suspected medication overuse rests on (pathway-rules §4: each of W1-W3 meets a rule, not
 * necessarily the same one). `multiple-classes` alone means no single rule held in all three:
 * several classes together, or overuse that moved from one class to another.
 * @example overuseFindingWords(["triptan"]) // "triptan in each of W1–W3"
 */
export function overuseFindingWords(classes: readonly OveruseRuleName[]): string {
  if (classes.length === 1 && classes[0] === "multiple-classes") return "a rule met in each of W1–W3, though no one class throughout (several classes together, or overuse moving from one class to another)";
  return `${classes.map(overuseRuleWords).join(", ")} in each of W1–W3`;
}

/** A symptom code as printed: "neck-pain" → "neck pain". */
export function symptomWords(code: string): string {
  return code.replaceAll("-", " ");
}

/** A count with its noun, singular for one. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** A date range as printed, with an en dash. */
export function rangeWords(range: { readonly start: string; readonly end: string }): string {
  return `${range.start} – ${range.end}`;
}

/** A percent reduction as printed: "60% fewer", "12.5% more", "no change". */
export function reductionWords(percent: number): string {
  if (percent === 0) return "no change";
  return percent > 0 ? `${percent}% fewer` : `${-percent}% more`;
}
