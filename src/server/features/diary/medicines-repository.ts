/** Where a patient's own medicine list lives: one row per patient (features/diary/my-medicines.ts). */
import type { Executor } from "../../shared/executor.ts";

export interface StoredMedicine {
  readonly name: string;
  readonly class: string;
}

export async function findMedicines(db: Executor, clinicId: string, patientId: string): Promise<StoredMedicine[]> {
  const row = await db.selectFrom("patient_medicines").select("medicines").where("clinic_id", "=", clinicId).where("patient_id", "=", patientId).executeTakeFirst();
  return row?.medicines ?? [];
}

/** Sets (or replaces) the patient's list. */
export async function saveMedicines(db: Executor, target: { clinicId: string; patientId: string }, medicines: readonly StoredMedicine[], userId: string, now: Date): Promise<void> {
  const values = { medicines: JSON.stringify(medicines), updated_at: now.toISOString(), updated_by: userId };
  await db
    .insertInto("patient_medicines")
    .values({ clinic_id: target.clinicId, patient_id: target.patientId, ...values })
    .onConflict((oc) => oc.columns(["clinic_id", "patient_id"]).doUpdateSet(values))
    .execute();
}
