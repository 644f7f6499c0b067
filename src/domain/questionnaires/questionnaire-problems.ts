/**
 * The answer checks of pathway-rules §9, as data for the boundary: a wrong count, a value out
 * of range or a non-integer is rejected there with a clear message (the domain does not throw
 * on bad input a person typed). JSON does not tell `3.0` from `3`, so both are the integer 3.
 */
import type { Instrument } from "../shared/record.ts";
import { HIT6_ITEM_COUNT, HIT6_MAX_TOTAL, HIT6_MIN_TOTAL, HIT6_WEIGHTS, isPossibleHit6Total, scoreHit6 } from "./hit6.ts";
import { MIDAS_ITEM_COUNT, MIDAS_MAX_DAYS, MIDAS_MAX_PAIN } from "./midas.ts";

/** One rejected answer: `path` is relative to the questionnaire, zod style (`responses.2`). */
export interface QuestionnaireProblem {
  readonly path: string;
  readonly message: string;
}

/** The parts of a questionnaire the checks read. */
export interface QuestionnaireToCheck {
  readonly instrument: Instrument;
  readonly responses: readonly unknown[];
  /** HIT-6 total entered without its answers (empty `responses`), or beside them; ignored for MIDAS. */
  readonly score?: unknown;
  /** MIDAS item A; ignored for HIT-6 (there it is an unknown field, a boundary warning). */
  readonly a?: unknown;
  /** MIDAS item B; ignored for HIT-6. */
  readonly b?: unknown;
}

function isWholeNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function answerProblems(responses: readonly unknown[], count: number, max: number, what: string): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  if (responses.length !== count) {
    problems.push({ path: "responses", message: `needs exactly ${count} ${what}s, got ${responses.length}` });
  }
  responses.forEach((value, index) => {
    if (!isWholeNumberIn(value, 0, max)) {
      problems.push({ path: `responses.${index}`, message: `${what} ${index + 1} must be a whole number 0-${max}` });
    }
  });
  return problems;
}

function optionalItemProblem(value: unknown, path: string, max: number, what: string): QuestionnaireProblem[] {
  if (value === undefined || value === null || isWholeNumberIn(value, 0, max)) return [];
  return [{ path, message: `${what} must be a whole number 0-${max}` }];
}

/**
 * A HIT-6 total: a whole number 36-78 that six answers can add up to; given beside the answers,
 * it must be their total.
 */
function hit6TotalProblems(score: unknown, responses: readonly unknown[], answers: readonly QuestionnaireProblem[]): QuestionnaireProblem[] {
  if (typeof score !== "number" || !Number.isInteger(score) || score < HIT6_MIN_TOTAL || score > HIT6_MAX_TOTAL) {
    return [{ path: "score", message: `must be a whole number ${HIT6_MIN_TOTAL}-${HIT6_MAX_TOTAL} (the HIT-6 total)` }];
  }
  if (!isPossibleHit6Total(score)) return [{ path: "score", message: "is not a total six HIT-6 answers can add up to: check the sum" }];
  if (responses.length > 0 && answers.length === 0 && scoreHit6(responses as number[]).score !== score) {
    return [{ path: "score", message: "does not match the total of the answers given" }];
  }
  return [];
}

/**
 * Everything wrong with a questionnaire's answers (empty when it can be scored). HIT-6: six
 * option indexes 0-4, or no answers and its `score` (the total of a paper form, 36-78 less the
 * totals no answers add up to). MIDAS: five day counts 0-90, item `a` 0-90 and `b` 0-10 when given.
 * @example questionnaireProblems({ instrument: "HIT-6", responses: [4, 3, 3, 2, 4, 3] }) // []
 * @example questionnaireProblems({ instrument: "MIDAS", responses: [1, 2, 3, 4, 91] })
 * // [{ path: "responses.4", message: "day count 5 must be a whole number 0-90" }]
 */
export function questionnaireProblems(questionnaire: QuestionnaireToCheck): QuestionnaireProblem[] {
  if (questionnaire.instrument === "HIT-6") {
    const totalOnly = questionnaire.responses.length === 0 && questionnaire.score !== undefined && questionnaire.score !== null;
    const answers = totalOnly ? [] : answerProblems(questionnaire.responses, HIT6_ITEM_COUNT, HIT6_WEIGHTS.length - 1, "answer");
    if (questionnaire.score === undefined || questionnaire.score === null) return answers;
    return [...answers, ...hit6TotalProblems(questionnaire.score, questionnaire.responses, answers)];
  }
  return [
    ...answerProblems(questionnaire.responses, MIDAS_ITEM_COUNT, MIDAS_MAX_DAYS, "day count"),
    ...optionalItemProblem(questionnaire.a, "a", MIDAS_MAX_DAYS, "item A (headache days in 3 months)"),
    ...optionalItemProblem(questionnaire.b, "b", MIDAS_MAX_PAIN, "item B (average pain)"),
  ];
}
