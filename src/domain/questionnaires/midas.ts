/**
 * MIDAS (Migraine Disability Assessment) scoring and the AHS improvement rule
 * (pathway-rules §8 and §9; clinical-facts.md §7 "AHS" and §8).
 */

/** MIDAS has five scored items, each a count of days in the last 3 months. */
export const MIDAS_ITEM_COUNT = 5;
/** Largest day count of one scored item and of item A (3 months ~ 90 days). */
export const MIDAS_MAX_DAYS = 90;
/** Largest value of item B (average pain 0-10). */
export const MIDAS_MAX_PAIN = 10;

/** Disability grades of pathway-rules §9, mildest first. */
export const MIDAS_GRADES = ["I", "II", "III", "IV"] as const;
export type MidasGrade = (typeof MIDAS_GRADES)[number];

/** A scored MIDAS. */
export interface MidasScore {
  readonly score: number;
  readonly grade: MidasGrade;
}

/**
 * The grade of a MIDAS total (pathway-rules §9: I 0-5, II 6-10, III 11-20, IV >= 21).
 * @example midasGrade(5) // "I"
 * @example midasGrade(21) // "IV"
 */
export function midasGrade(score: number): MidasGrade {
  if (score <= 5) return "I";
  if (score <= 10) return "II";
  if (score <= 20) return "III";
  return "IV";
}

/**
 * Scores the five MIDAS day counts (each 0-90): the score is their sum. Items A and B are
 * stored, not scored, so they are not taken here. Answers must have passed
 * `questionnaireProblems`; anything else is a programmer error and throws.
 * @example scoreMidas([5, 3, 4, 2, 6]) // { score: 20, grade: "III" }
 */
export function scoreMidas(responses: readonly number[]): MidasScore {
  if (responses.length !== MIDAS_ITEM_COUNT) throw new RangeError(`MIDAS needs ${MIDAS_ITEM_COUNT} day counts, got ${responses.length}`);
  let score = 0;
  for (const days of responses) {
    if (!Number.isInteger(days) || days < 0 || days > MIDAS_MAX_DAYS) throw new RangeError(`MIDAS day counts must be whole numbers 0-${MIDAS_MAX_DAYS}`);
    score += days;
  }
  return { score, grade: midasGrade(score) };
}

/**
 * Which AHS rule applies to a MIDAS baseline: none at 10 or below (MIDAS cannot support
 * continuing, pathway-rules §8), a 5-point fall for 11-20, a 30% fall above 20.
 */
export type MidasImprovementRule = "baseline-10-or-less" | "fall-of-5-points" | "fall-of-30-percent";

/** The AHS judgement of a MIDAS change. */
export interface MidasImprovement {
  readonly rule: MidasImprovementRule;
  readonly meaningful: boolean;
}

/**
 * Whether MIDAS improved meaningfully from `baseline` to `followUp` by the AHS 2021 rule
 * (pathway-rules §8): only when the baseline is above 10; by at least 5 points when it was
 * 11-20, by at least 30% when above 20. The 30% test is done in whole numbers
 * (`fall × 100 >= 30 × baseline`) so no floating-point rounding moves the boundary.
 * @example midasImprovement(20, 15) // { rule: "fall-of-5-points", meaningful: true }
 * @example midasImprovement(30, 22) // { rule: "fall-of-30-percent", meaningful: false }
 * @example midasImprovement(10, 0) // { rule: "baseline-10-or-less", meaningful: false }
 */
export function midasImprovement(baseline: number, followUp: number): MidasImprovement {
  const fall = baseline - followUp;
  if (baseline <= 10) return { rule: "baseline-10-or-less", meaningful: false };
  if (baseline <= 20) return { rule: "fall-of-5-points", meaningful: fall >= 5 };
  return { rule: "fall-of-30-percent", meaningful: fall * 100 >= 30 * baseline };
}
