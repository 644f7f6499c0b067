/** What a signed-in user may reach: their roles in a clinic (ADR 0014), and the patient record they are. */
import type { Role } from "../db/schema.ts";
import { findPatientOfUser } from "../features/patients/repository.ts";
import { findRoles, membershipsOfUser } from "../features/staff/repository.ts";
import type { ServiceDeps } from "./deps.ts";

/** The roles the user holds in the clinic; empty when not a member. */
export async function staffRoles(deps: ServiceDeps, userId: string, clinicId: string): Promise<Role[]> {
  return findRoles(deps.db, clinicId, userId);
}

export async function isStaffAnywhere(deps: ServiceDeps, userId: string): Promise<boolean> {
  return (await membershipsOfUser(deps.db, userId)).length > 0;
}

export interface PatientIdentity {
  clinicId: string;
  patientId: string;
}

export async function linkedPatient(deps: ServiceDeps, userId: string): Promise<PatientIdentity | null> {
  const patient = await findPatientOfUser(deps.db, userId);
  return patient === undefined ? null : { clinicId: patient.clinic_id, patientId: patient.id };
}
