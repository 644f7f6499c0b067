/** The self-kept diary's one lookup of its own: which of the phone's day ids are already stored. */
import type { Executor } from "../../shared/executor.ts";

/** The stored revisions among `ids` in a clinic (ids are per clinic), with their patient. */
export async function revisionsByIds(db: Executor, clinicId: string, ids: readonly string[]): Promise<{ id: string; patient_id: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("diary_revisions").select(["id", "patient_id"]).where("clinic_id", "=", clinicId).where("id", "in", ids).execute();
}
