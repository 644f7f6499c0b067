/**
 * The `questionnaires` list of an assessment (assess-contract.md; pathway-rules §9): each
 * questionnaire scored and graded, with its change from the previous score of the same instrument.
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { Instrument, QuestionnaireAnswers } from "../shared/record.ts";
import { isMeaningfulHit6Improvement, scoreHit6, scoreHit6Total, type Hit6Grade } from "./hit6.ts";
import { midasImprovement, scoreMidas, type MidasGrade } from "./midas.ts";

/** One scored questionnaire, as the assessment reports it. */
export interface ScoredQuestionnaire {
  readonly instrument: Instrument;
  readonly date: PlainDate;
  readonly score: number;
  readonly grade: Hit6Grade | MidasGrade;
  /** This score minus the previous score of the same instrument; null for the first. */
  readonly change: number | null;
  /**
   * Extra field: whether `change` is a meaningful improvement (HIT-6: a fall of 5 or more;
   * MIDAS: the AHS rule of §8 with the previous score as the baseline); null for the first.
   */
  readonly meaningfulImprovement: boolean | null;
}

/**
 * Scores one questionnaire (its answers must have passed `questionnaireProblems`). A HIT-6 entered
 * as its total only (no answers, `score` given) is graded from that total.
 * @example scoreQuestionnaire({ instrument: "MIDAS", date: "2026-01-25", responses: [5, 3, 4, 2, 6] })
 * // { score: 20, grade: "III" }
 * @example scoreQuestionnaire({ instrument: "HIT-6", date: "2026-01-25", responses: [], score: 58 })
 * // { score: 58, grade: "substantial" }
 */
export function scoreQuestionnaire(questionnaire: QuestionnaireAnswers): { score: number; grade: Hit6Grade | MidasGrade } {
  if (questionnaire.instrument === "MIDAS") return scoreMidas(questionnaire.responses);
  if (questionnaire.responses.length === 0 && questionnaire.score !== undefined) return scoreHit6Total(questionnaire.score);
  return scoreHit6(questionnaire.responses);
}

function isMeaningful(instrument: Instrument, before: number, after: number): boolean {
  return instrument === "HIT-6" ? isMeaningfulHit6Improvement(before, after) : midasImprovement(before, after).meaningful;
}

/**
 * Scores questionnaires in date order (input order among equal dates), each with its change
 * from the previous score of the same instrument. With `asOf`, questionnaires dated after it
 * are left out (pathway-rules §1).
 * @example scoreQuestionnaires([
 *   { instrument: "HIT-6", date: "2026-04-20", responses: [3, 3, 3, 2, 3, 2] },
 *   { instrument: "HIT-6", date: "2026-01-25", responses: [4, 3, 3, 2, 4, 3] },
 * ]).map((q) => [q.score, q.change]) // [[69, null], [64, -5]]
 */
export function scoreQuestionnaires(questionnaires: readonly QuestionnaireAnswers[], asOf?: PlainDate): ScoredQuestionnaire[] {
  const inScope = questionnaires.filter((q) => asOf === undefined || q.date <= asOf);
  // Array.prototype.sort is stable, so equal dates keep their input order (assess-contract.md).
  const ordered = [...inScope].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const previous = new Map<Instrument, number>();
  return ordered.map((questionnaire) => {
    const { score, grade } = scoreQuestionnaire(questionnaire);
    const before = previous.get(questionnaire.instrument);
    previous.set(questionnaire.instrument, score);
    return {
      instrument: questionnaire.instrument,
      date: questionnaire.date,
      score,
      grade,
      change: before === undefined ? null : score - before,
      meaningfulImprovement: before === undefined ? null : isMeaningful(questionnaire.instrument, before, score),
    };
  });
}
