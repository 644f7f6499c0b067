/**
 * Session drafts: saved over as the injector works, each save one version higher; not clinical
 * records until signed (ADR 0013), so they may be updated.
 */
import type { Insertable } from "kysely";
import type { SessionDraftRow, SessionDraftsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export type DraftWithAuthor = SessionDraftRow & { updated_by_name: string };

/** The patient's drafts, each with the name of who saved it last. */
function draftsOf(db: Executor, clinicId: string, patientId: string) {
  return db
    .selectFrom("session_drafts")
    .innerJoin("users", "users.id", "session_drafts.updated_by")
    .selectAll("session_drafts")
    .select("users.name as updated_by_name")
    .where("session_drafts.clinic_id", "=", clinicId)
    .where("session_drafts.patient_id", "=", patientId);
}

export async function insertDraft(db: Executor, draft: Insertable<SessionDraftsTable>): Promise<void> {
  await db.insertInto("session_drafts").values(draft).execute();
}

/** The draft of this patient, locked for the transaction when `lock`. */
export async function findDraft(db: Executor, clinicId: string, patientId: string, draftId: string, lock = false): Promise<DraftWithAuthor | undefined> {
  let query = draftsOf(db, clinicId, patientId).where("session_drafts.id", "=", draftId);
  if (lock) query = query.forUpdate("session_drafts");
  return query.executeTakeFirst();
}

/** Saves the draft's content as the next version; false when `fromVersion` is not the current one. */
export async function updateDraft(db: Executor, key: { clinicId: string; draftId: string }, fromVersion: number, change: { content?: string; state?: SessionDraftRow["state"]; updatedAt: string; updatedBy: string }): Promise<boolean> {
  const result = await db
    .updateTable("session_drafts")
    .set({
      ...(change.content === undefined ? {} : { content: change.content }),
      ...(change.state === undefined ? {} : { state: change.state }),
      version: fromVersion + 1,
      updated_at: change.updatedAt,
      updated_by: change.updatedBy,
    })
    .where("clinic_id", "=", key.clinicId)
    .where("id", "=", key.draftId)
    .where("version", "=", fromVersion)
    .where("state", "=", "open")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The patient's open drafts, newest first. */
export async function openDrafts(db: Executor, clinicId: string, patientId: string): Promise<DraftWithAuthor[]> {
  return draftsOf(db, clinicId, patientId)
    .where("session_drafts.state", "=", "open")
    .orderBy("session_drafts.updated_at", "desc")
    .execute();
}
