/**
 * Withdrawing a questionnaire entered in error (a HIT-6 or MIDAS filed under the wrong patient, or
 * copied wrongly from a paper form): the record kit's next revision with the same content, status
 * `entered-in-error` and the reason (ADR 0013; nothing is deleted). As for preventive trials
 * (preventive-trials.ts), it is made from the revision the person saw: another revision since is
 * `stale_version`, and withdrawing it again from the withdrawn revision changes nothing. Under the
 * patient's lock, with an audit row and the pathway refreshed in the same transaction (ADR 0015).
 */
import type { PatientQuestionnaires } from "#contracts/api/questionnaires.ts";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecord } from "../../shared/records/repository.ts";
import { refuseStaleRevision } from "../../shared/records/stale-revision.ts";
import type { QuestionnaireContent } from "./questionnaire-state.ts";
import { listView } from "./staff-questionnaires.ts";

export interface WithdrawQuestionnaireInput {
  readonly reason: string;
  readonly fromRevision: number;
}

/** Withdraws the patient's questionnaire `questionnaireId`; answers the patient's list as staff see it. */
export async function withdrawQuestionnaire(
  deps: ServiceDeps,
  target: { readonly clinicId: string; readonly patientId: string },
  questionnaireId: string,
  actorUserId: string,
  input: WithdrawQuestionnaireInput,
): Promise<PatientQuestionnaires> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    await lockPatient(tx, target.clinicId, target.patientId);
    const current = await currentRecord(tx, target.clinicId, questionnaireId);
    if (current === undefined || current.patient_id !== target.patientId || current.kind !== "questionnaire") throw new AppError("not_found", "No such questionnaire.");
    refuseStaleRevision(current.revision, input.fromRevision);
    if (current.status !== "entered-in-error") {
      await appendRecordRevision(tx, {
        ...target,
        kind: "questionnaire",
        recordId: questionnaireId,
        content: current.content as QuestionnaireContent,
        status: "entered-in-error",
        reason: input.reason,
        fromRevision: input.fromRevision,
        actorUserId,
        now,
        verb: "withdrawn",
      });
      await deps.recordChanged(tx, target, now);
    }
    return listView(tx, patient, now);
  });
}
