/**
 * The score of a questionnaire filled in on the phone, at once and offline: the domain's own
 * scoring (pathway-rules §9), with the change since the patient's last score of that instrument
 * as last known from the server. The server scores it again when it arrives; its answer replaces
 * this one.
 */
import { isMeaningfulHit6Improvement, midasImprovement, scoreQuestionnaire, type Hit6Grade, type MidasGrade } from "#domain/questionnaires/index.ts";
import type { QuestionnaireAnswers } from "#domain/shared/record.ts";

export interface LocalScore {
  readonly score: number;
  readonly grade: Hit6Grade | MidasGrade;
  readonly change: number | null;
  readonly meaningfulImprovement: boolean | null;
}

/**
 * Scores answers that passed `questionnaireProblems`, against the previous score of the same
 * instrument on or before their date.
 * @example scoreOnPhone({ instrument: "MIDAS", date: "2026-03-05", responses: [1, 1, 2, 1, 1] }, [{ instrument: "MIDAS", date: "2025-12-01", score: 20 }])
 * // { score: 6, grade: "II", change: -14, meaningfulImprovement: true }
 */
export function scoreOnPhone(answers: QuestionnaireAnswers, history: readonly { readonly instrument: string; readonly date: string; readonly score: number }[]): LocalScore {
  const { score, grade } = scoreQuestionnaire(answers);
  const earlier = history.filter((q) => q.instrument === answers.instrument && q.date <= answers.date).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const previous = earlier[earlier.length - 1];
  if (previous === undefined) return { score, grade, change: null, meaningfulImprovement: null };
  const meaningful = answers.instrument === "HIT-6" ? isMeaningfulHit6Improvement(previous.score, score) : midasImprovement(previous.score, score).meaningful;
  return { score, grade, change: score - previous.score, meaningfulImprovement: meaningful };
}
