/** The `fhir_bulk_exports` rows (ADR 0025): an export asked for, its progress, its files' counts. */
import type { Selectable } from "kysely";
import type { FhirBulkExportsTable, PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export type BulkExportRow = Selectable<FhirBulkExportsTable>;
export interface OutputFile {
  readonly type: string;
  readonly file: string;
  readonly count: number;
}

export async function insertBulkExport(db: Executor, row: { clinicId: string; id: string; requestedBy: string; requestedAt: string; requestUrl: string; types: readonly string[] | null }): Promise<void> {
  await db
    .insertInto("fhir_bulk_exports")
    .values({ clinic_id: row.clinicId, id: row.id, requested_by: row.requestedBy, requested_at: row.requestedAt, request_url: row.requestUrl, types: row.types === null ? null : JSON.stringify(row.types), status: "queued" })
    .execute();
}

/** The export by id alone (its clinic is checked against the caller after). */
export async function findBulkExport(db: Executor, id: string): Promise<BulkExportRow | undefined> {
  return db.selectFrom("fhir_bulk_exports").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function markRunning(db: Executor, target: { clinicId: string; id: string }, patientsTotal: number): Promise<void> {
  await db.updateTable("fhir_bulk_exports").set({ status: "running", patients_total: patientsTotal, patients_done: 0 }).where("clinic_id", "=", target.clinicId).where("id", "=", target.id).execute();
}

export async function recordProgress(db: Executor, target: { clinicId: string; id: string }, patientsDone: number): Promise<void> {
  await db.updateTable("fhir_bulk_exports").set({ patients_done: patientsDone }).where("clinic_id", "=", target.clinicId).where("id", "=", target.id).execute();
}

export async function markDone(db: Executor, target: { clinicId: string; id: string }, done: { patientsDone: number; output: readonly OutputFile[]; finishedAt: string; expiresAt: string }): Promise<void> {
  await db
    .updateTable("fhir_bulk_exports")
    .set({ status: "done", patients_done: done.patientsDone, output: JSON.stringify(done.output), finished_at: done.finishedAt, expires_at: done.expiresAt })
    .where("clinic_id", "=", target.clinicId)
    .where("id", "=", target.id)
    .execute();
}

/** `error` is the failure's class only (never a message: it may quote data). */
export async function markFailed(db: Executor, target: { clinicId: string; id: string }, error: string, at: string): Promise<void> {
  await db.updateTable("fhir_bulk_exports").set({ status: "failed", error, finished_at: at }).where("clinic_id", "=", target.clinicId).where("id", "=", target.id).execute();
}

/** Done exports whose files are past their expiry: their files are deleted, then they are marked expired. */
export async function expiredExports(db: Executor, now: string): Promise<Pick<BulkExportRow, "clinic_id" | "id">[]> {
  return db.selectFrom("fhir_bulk_exports").select(["clinic_id", "id"]).where("status", "=", "done").where("expires_at", "<=", now).execute();
}

export async function markExpired(db: Executor, target: { clinicId: string; id: string }): Promise<void> {
  await db.updateTable("fhir_bulk_exports").set({ status: "expired", output: null }).where("clinic_id", "=", target.clinicId).where("id", "=", target.id).execute();
}

export async function countClinicPatients(db: Executor, clinicId: string): Promise<number> {
  const row = await db.selectFrom("patients").select((eb) => eb.fn.countAll<string | number>().as("n")).where("clinic_id", "=", clinicId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The clinic's patients after `afterId` in id order, `limit` of them: the export walks the clinic a page at a time. */
export async function clinicPatientsPage(db: Executor, clinicId: string, afterId: string | null, limit: number): Promise<PatientRow[]> {
  let query = db.selectFrom("patients").selectAll().where("clinic_id", "=", clinicId);
  if (afterId !== null) query = query.where("id", ">", afterId);
  return query.orderBy("id").limit(limit).execute();
}
