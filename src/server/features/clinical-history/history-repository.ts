/**
 * Clinical history revisions (ADR 0011): rows are only ever inserted. The current history of a
 * patient is its highest revision number, assigned under the patient's lock (never by a clock:
 * two app servers' clocks differ, and a save may wait on the lock after reading its clock).
 */
import type { Insertable } from "kysely";
import type { ClinicalHistoryRevisionRow, ClinicalHistoryRevisionsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

/** A revision with the name of the user who recorded it. */
export type HistoryRevisionWithAuthor = ClinicalHistoryRevisionRow & { recorded_by_name: string };

export async function insertHistoryRevision(db: Executor, revision: Insertable<ClinicalHistoryRevisionsTable>): Promise<void> {
  await db.insertInto("clinical_history_revisions").values(revision).execute();
}

/** The patient's current clinical history, if any was recorded. */
export async function currentHistoryRevision(db: Executor, clinicId: string, patientId: string): Promise<HistoryRevisionWithAuthor | undefined> {
  return db
    .selectFrom("clinical_history_revisions")
    .innerJoin("users", "users.id", "clinical_history_revisions.recorded_by")
    .selectAll("clinical_history_revisions")
    .select("users.name as recorded_by_name")
    .where("clinical_history_revisions.clinic_id", "=", clinicId)
    .where("clinical_history_revisions.patient_id", "=", patientId)
    .orderBy("clinical_history_revisions.revision", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Every revision of the patient's history, oldest first (the record's own history). */
export async function historyRevisions(db: Executor, clinicId: string, patientId: string): Promise<ClinicalHistoryRevisionRow[]> {
  return db
    .selectFrom("clinical_history_revisions")
    .selectAll()
    .where("clinic_id", "=", clinicId)
    .where("patient_id", "=", patientId)
    .orderBy("revision")
    .execute();
}
