/** Serialising writes to one patient's record. */
import type { Executor } from "./executor.ts";

/** Locks the patient's row until the transaction ends, so two imports of the same days cannot interleave. */
export async function lockPatient(db: Executor, clinicId: string, patientId: string): Promise<void> {
  await db.selectFrom("patients").select("id").where("clinic_id", "=", clinicId).where("id", "=", patientId).forUpdate().execute();
}
