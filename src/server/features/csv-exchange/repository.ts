/** The clinic's patients a page at a time, by id (keyset paging: later pages cost what the first does). */
import type { PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function patientsPage(db: Executor, clinicId: string, afterId: string | null, limit: number): Promise<PatientRow[]> {
  let query = db.selectFrom("patients").selectAll().where("clinic_id", "=", clinicId);
  if (afterId !== null) query = query.where("id", ">", afterId);
  return query.orderBy("id").limit(limit).execute();
}
