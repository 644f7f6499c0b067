/** A clinic's own settings, kept on its row: the eligibility policy (ADR 0010) and whether staff need two-factor sign-in. */
import type { PolicyId } from "#domain/shared/record.ts";
import type { Executor } from "../../shared/executor.ts";

/** The clinic's policy; undefined when there is no such clinic. */
export async function findClinicPolicy(db: Executor, clinicId: string): Promise<PolicyId | undefined> {
  const row = await db.selectFrom("clinics").select("policy").where("id", "=", clinicId).executeTakeFirst();
  return row?.policy;
}

/** Sets the clinic's policy; false when there is no such clinic. */
export async function updateClinicPolicy(db: Executor, clinicId: string, policy: PolicyId): Promise<boolean> {
  const result = await db.updateTable("clinics").set({ policy }).where("id", "=", clinicId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Whether the clinic asks its staff for two-factor sign-in; undefined when there is no such clinic. */
export async function findTwoFactorRequired(db: Executor, clinicId: string): Promise<boolean | undefined> {
  const row = await db.selectFrom("clinics").select("two_factor_required_for_staff").where("id", "=", clinicId).executeTakeFirst();
  return row?.two_factor_required_for_staff;
}

/** Sets whether the clinic asks its staff for two-factor sign-in; false when there is no such clinic. */
export async function updateTwoFactorRequired(db: Executor, clinicId: string, required: boolean): Promise<boolean> {
  const result = await db.updateTable("clinics").set({ two_factor_required_for_staff: required }).where("id", "=", clinicId).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The clinic's name, zone, own emergency number (null: the zone's default) and patient phone; undefined when there is no such clinic. */
export async function findClinicContact(db: Executor, clinicId: string) {
  return db.selectFrom("clinics").select(["name", "time_zone", "emergency_number", "clinic_phone"]).where("id", "=", clinicId).executeTakeFirst();
}

/** Sets the emergency number and patient phone the update names (undefined: left as they are). */
export async function updateClinicContact(db: Executor, clinicId: string, change: { emergencyNumber?: string | null | undefined; clinicPhone?: string | null | undefined }): Promise<void> {
  const set = {
    ...(change.emergencyNumber === undefined ? {} : { emergency_number: change.emergencyNumber }),
    ...(change.clinicPhone === undefined ? {} : { clinic_phone: change.clinicPhone }),
  };
  if (Object.keys(set).length > 0) await db.updateTable("clinics").set(set).where("id", "=", clinicId).execute();
}
