/**
 * The honest answer of the public self-check (issue 9 §5): how the person's own answers compare
 * with the published criteria for onabotulinumtoxinA in chronic migraine (pathway-rules §3 and §5,
 * clinical-facts §3). It is never a diagnosis: every outcome ends with "talk to a headache
 * specialist", and "looks met" only ever means "what you told us matches the words of the criterion".
 */
import type { SelfCheckAnswers } from "./self-check-answers.ts";

/** The criteria named on the page, in plain words. */
export const SELF_CHECK_CRITERIA = ["adult", "diagnosis", "frequency", "preventives"] as const;
export type SelfCheckCriterion = (typeof SELF_CHECK_CRITERIA)[number];

/** How one answer compares with one criterion: matches, does not match, or cannot be told. */
export type CriterionFit = "matches" | "does-not-match" | "unknown";

/** The overall picture from the answers. */
export type SelfCheckOutcome =
  /** Every criterion matches what was answered: worth asking a specialist about. */
  | "worth-asking"
  /** Some answers were "not sure" or missing, none clearly against: a diary helps. */
  | "not-sure-yet"
  /** At least one criterion does not match: the treatment may not fit now, other options may. */
  | "may-not-fit";

/** Extra points worth raising with the specialist, whatever the outcome. */
export type SelfCheckNote =
  /** Painkillers or triptans on 10 or more days a month: medication-overuse headache is possible (pathway-rules §4). */
  | "medication-overuse"
  /** Under 18: the treatment is licensed for adults (pathway-rules §5). */
  | "under-18"
  /** No preventive tried yet: many payers and NICE ask for 2 or 3 first (pathway-rules §5). */
  | "preventives-first"
  /** Any "not sure": a 4-week diary gives the numbers a specialist asks for. */
  | "keep-a-diary";

export interface SelfCheckResult {
  readonly outcome: SelfCheckOutcome;
  readonly criteria: { readonly [C in SelfCheckCriterion]: CriterionFit };
  readonly notes: readonly SelfCheckNote[];
  /** Always true: the answer always ends by sending the person to a headache specialist. */
  readonly talkToSpecialist: true;
}

/**
 * Headache on 15 or more days a month, of 4 hours or more, for over 3 months (the label's
 * "≥15 days/month with headache lasting ≥4 h a day" and ICHD-3 1.3's "more than 3 months").
 */
function frequencyFit(answers: SelfCheckAnswers): CriterionFit {
  const parts = [
    answers.headacheDays === undefined || answers.headacheDays === "not-sure" ? "unknown" : answers.headacheDays === "15-or-more" ? "matches" : "does-not-match",
    answers.longHeadaches === undefined || answers.longHeadaches === "not-sure" ? "unknown" : answers.longHeadaches === "yes" ? "matches" : "does-not-match",
    answers.duration === undefined || answers.duration === "not-sure" ? "unknown" : answers.duration === "over-3-months" ? "matches" : "does-not-match",
  ] as const;
  return combine(parts);
}

/** Any part against is against; else any part unknown is unknown; else it matches. */
function combine(parts: readonly CriterionFit[]): CriterionFit {
  if (parts.includes("does-not-match")) return "does-not-match";
  return parts.includes("unknown") ? "unknown" : "matches";
}

/** A yes/no/not-sure answer as a fit. */
function yesFit(answer: "yes" | "no" | "not-sure" | undefined): CriterionFit {
  if (answer === "yes") return "matches";
  return answer === "no" ? "does-not-match" : "unknown";
}

/**
 * At least one other preventive tried: the US label asks for none, payers for 2 classes, NICE for 3
 * drugs (pathway-rules §5), so one or more is read as matching and the note says payers may ask more.
 */
function preventivesFit(answer: SelfCheckAnswers["preventives"]): CriterionFit {
  if (answer === "one" || answer === "two-or-more") return "matches";
  return answer === "none" ? "does-not-match" : "unknown";
}

/**
 * Judges the self-check answers. Unanswered questions count as "not sure".
 * @example judgeSelfCheck({ adult: "yes", diagnosis: "yes", headacheDays: "15-or-more", longHeadaches: "yes",
 *   duration: "over-3-months", preventives: "two-or-more", medicationDays: "under-10" }).outcome // "worth-asking"
 * @example judgeSelfCheck({ adult: "yes", headacheDays: "8-to-14" }).outcome // "may-not-fit"
 * @example judgeSelfCheck({}).talkToSpecialist // true
 */
export function judgeSelfCheck(answers: SelfCheckAnswers): SelfCheckResult {
  const criteria = {
    adult: answers.adult === undefined ? "unknown" : answers.adult === "yes" ? "matches" : "does-not-match",
    diagnosis: yesFit(answers.diagnosis),
    frequency: frequencyFit(answers),
    preventives: preventivesFit(answers.preventives),
  } as const satisfies SelfCheckResult["criteria"];
  const fits = Object.values(criteria);
  const outcome: SelfCheckOutcome = fits.includes("does-not-match") ? "may-not-fit" : fits.includes("unknown") ? "not-sure-yet" : "worth-asking";
  const notes: SelfCheckNote[] = [];
  if (answers.adult === "no") notes.push("under-18");
  if (answers.medicationDays === "10-or-more") notes.push("medication-overuse");
  if (answers.preventives === "none") notes.push("preventives-first");
  if (criteria.frequency === "unknown" || criteria.diagnosis === "unknown" || answers.medicationDays === undefined || answers.medicationDays === "not-sure") notes.push("keep-a-diary");
  return { outcome, criteria, notes, talkToSpecialist: true };
}
