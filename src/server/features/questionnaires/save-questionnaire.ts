/**
 * Writes one questionnaire as a record of kind `questionnaire` (ADR 0013) under the id made where
 * it was filled in (the phone, or the browser of the staff entering a paper form): the same id
 * again is the same questionnaire and writes nothing (the phone's outbox may resend). Its date
 * lies between the patient's birth and their tomorrow. The patient's pathway row is refreshed in
 * the same transaction (the assessment reads questionnaires, ADR 0015).
 */
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { Instrument } from "#domain/shared/record.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecord } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";

/** The answers as the contract has checked them (pathway-rules §9). */
export interface QuestionnaireInput {
  readonly id: string;
  readonly instrument: Instrument;
  readonly date: PlainDate;
  readonly responses: readonly number[];
  readonly score: number | null;
  readonly a: number | null;
  readonly b: number | null;
}

export const ID_TAKEN_MESSAGE = "This questionnaire id is already used. Generate a new id and send again.";

/**
 * Saves the questionnaire unless its id is already this patient's questionnaire; then calls
 * `answer` in the same transaction (after the write, so it sees it).
 */
export async function saveQuestionnaire<T>(
  deps: ServiceDeps,
  target: { readonly clinicId: string; readonly patientId: string },
  actorUserId: string,
  input: QuestionnaireInput,
  answer: (tx: Executor, patient: PatientRow, now: Date) => Promise<T>,
): Promise<T> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    // Under the patient's lock two sends of one id run one after the other: the second finds the first.
    await lockPatient(tx, target.clinicId, target.patientId);
    const existing = await currentRecord(tx, target.clinicId, input.id);
    if (existing !== undefined) {
      if (existing.patient_id !== target.patientId || existing.kind !== "questionnaire") throw new AppError("conflict", ID_TAKEN_MESSAGE);
      return answer(tx, patient, now);
    }
    if (isPastTomorrow(input.date, localDateAt(now, patient.time_zone))) throw invalidField("date", "must not be after today");
    if (isBeforeBirth(input.date, patient)) throw invalidField("date", BEFORE_BIRTH_MESSAGE);
    // A HIT-6 total given beside its answers is their sum (checked): only a total alone is kept.
    const score = input.instrument === "HIT-6" && input.responses.length === 0 ? input.score : null;
    await appendRecordRevision(tx, {
      ...target,
      kind: "questionnaire",
      recordId: input.id,
      content: { instrument: input.instrument, date: input.date, responses: [...input.responses], a: input.a, b: input.b, score },
      actorUserId,
      now,
    });
    await deps.recordChanged(tx, target, now);
    return answer(tx, patient, now);
  });
}
