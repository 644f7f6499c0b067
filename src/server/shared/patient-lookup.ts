/** The patient a clinic route names, found in that clinic only: another clinic's patient does not exist here. */
import { AppError } from "../app-error.ts";
import type { PatientRow } from "../db/schema.ts";
import { findPatient } from "../features/patients/repository.ts";
import type { Executor } from "./executor.ts";

export async function loadPatientOrNotFound(db: Executor, clinicId: string, patientId: string): Promise<PatientRow> {
  const patient = await findPatient(db, clinicId, patientId);
  if (patient === undefined) throw new AppError("not_found", "No such patient.");
  return patient;
}
