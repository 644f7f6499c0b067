/**
 * HIT-6 (Headache Impact Test) scoring (pathway-rules §9; clinical-facts.md §8).
 *
 * Only the scoring ships: the item wording is licensed by QualityMetric and is not reproduced.
 */

/** Points for option indexes 0-4 ("never" ... "always"), per the official scoring (clinical-facts §8). */
export const HIT6_WEIGHTS = [6, 8, 10, 11, 13] as const;

/** HIT-6 has six items. */
export const HIT6_ITEM_COUNT = 6;

/** The impact grades of pathway-rules §9, mildest first. */
export const HIT6_GRADES = ["little-or-none", "some", "substantial", "severe"] as const;
export type Hit6Grade = (typeof HIT6_GRADES)[number];

/** A fall of this many points or more is a meaningful change for one patient (§9; AHS 2021). */
export const HIT6_MEANINGFUL_FALL = 5;

/** A scored HIT-6. */
export interface Hit6Score {
  readonly score: number;
  readonly grade: Hit6Grade;
}

/**
 * The grade of a HIT-6 total (pathway-rules §9: <=49, 50-55, 56-59, >=60).
 * @example hit6Grade(49) // "little-or-none"
 * @example hit6Grade(60) // "severe"
 */
export function hit6Grade(score: number): Hit6Grade {
  if (score <= 49) return "little-or-none";
  if (score <= 55) return "some";
  if (score <= 59) return "substantial";
  return "severe";
}

/**
 * Scores six HIT-6 answers given as option indexes 0-4 (total 36-78). The answers must have
 * passed `questionnaireProblems` at the boundary; anything else is a programmer error and throws.
 * @example scoreHit6([4, 3, 3, 2, 4, 3]) // { score: 69, grade: "severe" }
 */
export function scoreHit6(responses: readonly number[]): Hit6Score {
  if (responses.length !== HIT6_ITEM_COUNT) throw new RangeError(`HIT-6 needs ${HIT6_ITEM_COUNT} answers, got ${responses.length}`);
  let score = 0;
  for (const answer of responses) {
    const weight = Number.isInteger(answer) ? HIT6_WEIGHTS[answer] : undefined;
    if (weight === undefined) throw new RangeError("HIT-6 answers must be option indexes 0-4");
    score += weight;
  }
  return { score, grade: hit6Grade(score) };
}

/** The lowest and highest HIT-6 totals (six answers of 6 and of 13 points). */
export const HIT6_MIN_TOTAL = 36;
export const HIT6_MAX_TOTAL = 78;

/** Every total six weighted answers can sum to: 36-78 except 37, 39 and 77 (no answers add up to them). */
const POSSIBLE_TOTALS: ReadonlySet<number> = (() => {
  let totals = new Set<number>([0]);
  for (let item = 0; item < HIT6_ITEM_COUNT; item += 1) totals = new Set([...totals].flatMap((sum) => HIT6_WEIGHTS.map((weight) => sum + weight)));
  return totals;
})();

/**
 * Whether a HIT-6 total could come from six answers: a whole number 36-78 other than 37, 39 and
 * 77, which no choice of answers weighted 6, 8, 10, 11, 13 adds up to (a typing slip on a paper
 * form's total, pathway-rules §9).
 * @example isPossibleHit6Total(62) // true
 * @example isPossibleHit6Total(37) // false
 */
export function isPossibleHit6Total(total: number): boolean {
  return Number.isInteger(total) && POSSIBLE_TOTALS.has(total);
}

/**
 * Scores a HIT-6 entered as its total only (a clinic's licensed paper form whose answers were not
 * entered one by one; pathway-rules §9: a score-entry form). The total must have passed
 * `questionnaireProblems`; anything else is a programmer error and throws.
 * @example scoreHit6Total(62) // { score: 62, grade: "severe" }
 */
export function scoreHit6Total(total: number): Hit6Score {
  if (!isPossibleHit6Total(total)) throw new RangeError("HIT-6 totals are whole numbers 36-78 that six answers can add up to");
  return { score: total, grade: hit6Grade(total) };
}

/**
 * Whether a HIT-6 change from `before` to `after` is a meaningful improvement: a fall of 5 or more.
 * @example isMeaningfulHit6Improvement(66, 61) // true
 * @example isMeaningfulHit6Improvement(66, 62) // false
 */
export function isMeaningfulHit6Improvement(before: number, after: number): boolean {
  return before - after >= HIT6_MEANINGFUL_FALL;
}
