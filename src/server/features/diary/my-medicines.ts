/**
 * The patient's own acute medicines (issue 9): name and class, shown first in the day's
 * medicines question so "same as usual" is one tap. The list is replaced whole on each save;
 * the audit row names who changed it, never what is on it.
 */
import type { MyMedicines, SaveMyMedicinesBody } from "#contracts/api/diary.ts";
import { ACUTE_MEDICATION_CLASSES, type AcuteMedicationClass } from "#domain/shared/record.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { ACCOUNT_MISMATCH_MESSAGE } from "./diary.ts";
import { findMedicines, saveMedicines } from "./medicines-repository.ts";

type Target = { clinicId: string; patientId: string };

const isAcuteMedicationClass = (value: string): value is AcuteMedicationClass => (ACUTE_MEDICATION_CLASSES as readonly string[]).includes(value);

export async function readMyMedicines(deps: ServiceDeps, target: Target): Promise<MyMedicines> {
  await loadPatientOrNotFound(deps.db, target.clinicId, target.patientId);
  const stored = await findMedicines(deps.db, target.clinicId, target.patientId);
  // A class the rules no longer know reads as "other" rather than failing the whole list.
  return { patientId: target.patientId, medicines: stored.map((m) => ({ name: m.name, class: isAcuteMedicationClass(m.class) ? m.class : "other" })) };
}

export async function saveMyMedicines(deps: ServiceDeps, signedInAs: Target, userId: string, input: { patientId: string; medicines: SaveMyMedicinesBody["medicines"] }): Promise<MyMedicines> {
  if (input.patientId !== signedInAs.patientId) throw new AppError("account_mismatch", ACCOUNT_MISMATCH_MESSAGE);
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await loadPatientOrNotFound(tx, signedInAs.clinicId, signedInAs.patientId);
    const medicines = input.medicines.map((m) => ({ name: m.name, class: m.class }));
    await saveMedicines(tx, signedInAs, medicines, userId, now);
    await audit(tx, now, { clinicId: signedInAs.clinicId, actorUserId: userId, action: "patient.medicines_updated", entity: "patient", entityId: signedInAs.patientId });
  });
  return readMyMedicines(deps, signedInAs);
}
