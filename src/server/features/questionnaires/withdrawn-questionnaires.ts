/**
 * A patient's questionnaires withdrawn as entered in error, for the clinic's history: each with
 * its own score (alone: it is in no change) and its withdrawal (why, when, by whom). Every other
 * reader (scores, what is due, reminders, the assessment, progress, the patient's phone) reads
 * only the standing ones (`currentRecords`' default), so a withdrawn one counts nowhere.
 */
import type { WithdrawnQuestionnaire } from "#contracts/api/questionnaires.ts";
import { scoreQuestionnaire } from "#domain/questionnaires/score-questionnaires.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { answersOf, type QuestionnaireContent } from "./questionnaire-state.ts";

/** The patient's withdrawn questionnaires, newest first (by date). */
export async function withdrawnQuestionnaires(tx: Executor, patient: PatientRow): Promise<WithdrawnQuestionnaire[]> {
  const rows = await currentRecords(tx, { clinicId: patient.clinic_id, patientId: patient.id, kinds: ["questionnaire"], statuses: ["entered-in-error"] });
  return rows
    .map((row) => {
      const content = row.content as QuestionnaireContent;
      const { score, grade } = scoreQuestionnaire(answersOf(content));
      return {
        id: row.record_id,
        instrument: content.instrument,
        date: content.date,
        score,
        grade,
        totalOnly: content.responses.length === 0,
        responses: content.responses,
        a: content.a,
        b: content.b,
        revision: row.revision,
        withdrawal: { reason: row.reason ?? "", recordedAt: row.recorded_at, recordedBy: { userId: row.recorded_by, name: row.recorded_by_name } },
      };
    })
    .reverse();
}
