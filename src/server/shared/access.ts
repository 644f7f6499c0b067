/** What a signed-in user may reach: their role in a clinic, and the patient record they are. */
import type { Role } from "../db/schema.ts";
import { findPatientOfUser } from "../features/patients/repository.ts";
import { findRole, membershipsOfUser } from "../features/staff/repository.ts";
import type { ServiceDeps } from "./deps.ts";

export async function staffRole(deps: ServiceDeps, userId: string, clinicId: string): Promise<Role | null> {
  return (await findRole(deps.db, clinicId, userId)) ?? null;
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
