/**
 * Side-effect reports as the record kit keeps them (kind `side-effect-report`, ADR 0013), with
 * what the inbox needs beside the current revision: when the report reached the clinic (its
 * identity's `created_at`), the patient's name, and the sessions the reports follow. And the
 * "no problems" check-ins (`side_effect_check_ins`, append-only).
 */
import { sql, type Insertable } from "kysely";
import type { SideEffectCheckInsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecords, type RevisionWithAuthor } from "../../shared/records/repository.ts";

/** A report's current revision, with the instant it was received and its patient. */
export type ReportRow = RevisionWithAuthor & { readonly received_at: string; readonly patient_name: string; readonly record_number: string | null };

/**
 * The current revision of side-effect reports (active ones) of one patient, or of the whole
 * clinic, or only those ids; each with its receipt instant and patient.
 */
export async function reportRows(db: Executor, query: { clinicId: string; patientId?: string | undefined; recordIds?: readonly string[] | undefined }): Promise<ReportRow[]> {
  const rows = await currentRecords(db, { clinicId: query.clinicId, patientId: query.patientId, recordIds: query.recordIds, kinds: ["side-effect-report"] });
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.record_id);
  const patientIds = [...new Set(rows.map((row) => row.patient_id))];
  const [identities, patients] = await Promise.all([
    db.selectFrom("clinical_records").select(["id", "created_at"]).where("clinic_id", "=", query.clinicId).where("id", "in", ids).execute(),
    db.selectFrom("patients").select(["id", "name", "record_number"]).where("clinic_id", "=", query.clinicId).where("id", "in", patientIds).execute(),
  ]);
  const receivedAt = new Map(identities.map((identity) => [identity.id, identity.created_at]));
  const patientOf = new Map(patients.map((patient) => [patient.id, patient]));
  return rows.map((row) => ({
    ...row,
    received_at: receivedAt.get(row.record_id) ?? row.recorded_at,
    patient_name: patientOf.get(row.patient_id)?.name ?? "",
    record_number: patientOf.get(row.patient_id)?.record_number ?? null,
  }));
}

/**
 * The red reports of a clinic nobody has acknowledged (current revision still `new`): how many,
 * and when the oldest reached the clinic. One query over the current revisions, since every
 * staff page polls it.
 */
export async function unacknowledgedRed(db: Executor, clinicId: string): Promise<{ count: number; oldest: string | null }> {
  const { rows } = await sql<{ count: string | number; oldest: string | Date | null }>`
    SELECT count(*) AS count, min(c.recorded_at) AS oldest FROM (
      SELECT DISTINCT ON (record_id) status, content, recorded_at FROM clinical_record_revisions
      WHERE clinic_id = ${clinicId} AND kind = 'side-effect-report'
      ORDER BY record_id, revision DESC
    ) c
    WHERE c.status = 'active' AND c.content->>'level' = 'red' AND c.content->>'status' = 'new'`.execute(db);
  const row = rows[0];
  const oldest = row?.oldest ?? null;
  return { count: Number(row?.count ?? 0), oldest: oldest === null ? null : new Date(oldest).toISOString() };
}

/** The patient's signed sessions (current revisions), oldest first. */
export function signedSessions(db: Executor, target: { clinicId: string; patientId: string }): Promise<RevisionWithAuthor[]> {
  return currentRecords(db, { ...target, kinds: ["injection-session"] });
}

/** These sessions of the clinic (current revisions), whoever's they are. */
export function sessionsById(db: Executor, clinicId: string, sessionIds: readonly string[]): Promise<RevisionWithAuthor[]> {
  return currentRecords(db, { clinicId, kinds: ["injection-session"], recordIds: sessionIds });
}

/** Stores a check-in answer unless its id is already stored; whether it was new. */
export async function insertCheckInOnce(db: Executor, row: Insertable<SideEffectCheckInsTable>): Promise<boolean> {
  const inserted = await db.insertInto("side_effect_check_ins").values(row).onConflict((oc) => oc.columns(["clinic_id", "id"]).doNothing()).returning("id").execute();
  return inserted.length === 1;
}

export async function findCheckIn(db: Executor, clinicId: string, id: string) {
  return db.selectFrom("side_effect_check_ins").selectAll().where("clinic_id", "=", clinicId).where("id", "=", id).executeTakeFirst();
}

/** The patient's "no problems" answers. */
export async function checkInsOf(db: Executor, target: { clinicId: string; patientId: string }) {
  return db.selectFrom("side_effect_check_ins").select(["session_id", "day", "answer"]).where("clinic_id", "=", target.clinicId).where("patient_id", "=", target.patientId).execute();
}
