/** Patients of a clinic; every query is scoped by clinic_id (tenancy). */
import type { Insertable } from "kysely";
import type { PatientRow, PatientsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertPatient(db: Executor, patient: Insertable<PatientsTable>): Promise<PatientRow> {
  return db.insertInto("patients").values(patient).returningAll().executeTakeFirstOrThrow();
}

export async function findPatient(db: Executor, clinicId: string, patientId: string): Promise<PatientRow | undefined> {
  return db.selectFrom("patients").selectAll().where("clinic_id", "=", clinicId).where("id", "=", patientId).executeTakeFirst();
}

export async function listPatients(db: Executor, clinicId: string): Promise<PatientRow[]> {
  return db.selectFrom("patients").selectAll().where("clinic_id", "=", clinicId).orderBy("name").orderBy("id").execute();
}

export interface PatientWithClinic extends PatientRow {
  clinic_name: string;
  clinic_is_demo: boolean;
}

/** The patient record a user account signs in as, if any. */
export async function findPatientOfUser(db: Executor, userId: string): Promise<PatientWithClinic | undefined> {
  return db
    .selectFrom("patients")
    .innerJoin("clinics", "clinics.id", "patients.clinic_id")
    .selectAll("patients")
    .select(["clinics.name as clinic_name", "clinics.is_demo as clinic_is_demo"])
    .where("patients.user_id", "=", userId)
    .executeTakeFirst();
}

/** Links a user account to a patient that has none yet; false when one is already linked. */
export async function linkPatientToUser(db: Executor, clinicId: string, patientId: string, userId: string): Promise<boolean> {
  const result = await db
    .updateTable("patients")
    .set({ user_id: userId })
    .where("clinic_id", "=", clinicId)
    .where("id", "=", patientId)
    .where("user_id", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
