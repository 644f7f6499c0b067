/** The `outcomes_reports` rows: a clinic outcomes report asked for, its job's progress, its figures once done. */
import type { Selectable } from "kysely";
import type { OutcomesReportsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export type OutcomesReportRow = Selectable<OutcomesReportsTable>;
type Key = { readonly clinicId: string; readonly id: string };

export async function insertOutcomesReport(db: Executor, row: { clinicId: string; id: string; requestedBy: string; requestedAt: string; from: string; to: string }): Promise<OutcomesReportRow> {
  return db
    .insertInto("outcomes_reports")
    .values({ clinic_id: row.clinicId, id: row.id, requested_by: row.requestedBy, requested_at: row.requestedAt, from_date: row.from, to_date: row.to, status: "queued" })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The report in its clinic, or undefined. */
export async function findOutcomesReport(db: Executor, key: Key): Promise<OutcomesReportRow | undefined> {
  return db.selectFrom("outcomes_reports").selectAll().where("clinic_id", "=", key.clinicId).where("id", "=", key.id).executeTakeFirst();
}

export async function markReportRunning(db: Executor, key: Key, patientsTotal: number): Promise<void> {
  await db.updateTable("outcomes_reports").set({ status: "running", patients_total: patientsTotal, patients_done: 0 }).where("clinic_id", "=", key.clinicId).where("id", "=", key.id).execute();
}

export async function recordReportProgress(db: Executor, key: Key, patientsDone: number): Promise<void> {
  await db.updateTable("outcomes_reports").set({ patients_done: patientsDone }).where("clinic_id", "=", key.clinicId).where("id", "=", key.id).execute();
}

export async function markReportDone(db: Executor, key: Key, done: { patientsDone: number; figures: unknown; finishedAt: string }): Promise<void> {
  await db
    .updateTable("outcomes_reports")
    .set({ status: "done", patients_done: done.patientsDone, figures: JSON.stringify(done.figures), finished_at: done.finishedAt })
    .where("clinic_id", "=", key.clinicId)
    .where("id", "=", key.id)
    .execute();
}

/** `error` is the failure's class only (never a message: it may quote data). */
export async function markReportFailed(db: Executor, key: Key, error: string, at: string): Promise<void> {
  await db.updateTable("outcomes_reports").set({ status: "failed", error, finished_at: at }).where("clinic_id", "=", key.clinicId).where("id", "=", key.id).execute();
}

/** Deletes the clinic's reports that finished before `before`; how many. */
export async function deleteReportsFinishedBefore(db: Executor, clinicId: string, before: string): Promise<number> {
  const deleted = await db.deleteFrom("outcomes_reports").where("clinic_id", "=", clinicId).where("finished_at", "<", before).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
