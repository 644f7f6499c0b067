/** A clinic's patients: add, list, and the clinician's view with the 28-day counts. */
import type { PatientDetail, PatientSummary, WindowCountsView } from "#contracts/api/patients.ts";
import { windowsAsOf } from "#domain/diary/windows.ts";
import type { WindowCounts } from "#domain/diary/window-counts.ts";
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
import type { Sex } from "#domain/shared/record.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { v7 as uuidv7 } from "uuid";
import type { PatientRow } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { BIRTH_DATE_IN_FUTURE_MESSAGE } from "../../shared/patient-dates.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { toDayView, toDiaryDay } from "../diary/diary-view.ts";
import { currentDays } from "../diary/repository.ts";
import { insertPatient, listPatients as listPatientRows } from "./repository.ts";

/** W1-W3 (pathway-rules §1): the 84 days ending on the patient's today. */
const WINDOWS_SHOWN = 3;
const DAYS_SHOWN = 28 * WINDOWS_SHOWN;

export function toPatientSummary(row: PatientRow): PatientSummary {
  return {
    id: row.id,
    clinicId: row.clinic_id,
    name: row.name,
    birthDate: row.birth_date,
    timeZone: row.time_zone,
    sex: row.sex,
    recordNumber: row.record_number,
    hasAccount: row.user_id !== null,
    createdAt: row.created_at,
  };
}

export async function createPatient(
  deps: ServiceDeps,
  clinicId: string,
  actorUserId: string,
  input: { name: string; birthDate: PlainDate; timeZone: string; sex?: Sex | undefined; recordNumber?: string | undefined },
): Promise<PatientSummary> {
  const now = deps.clock();
  // A birth date after the patient's today would refuse every diary day as "before birth" (issue 7, finding 4).
  if (input.birthDate > localDateAt(now, input.timeZone)) throw invalidField("birthDate", BIRTH_DATE_IN_FUTURE_MESSAGE);
  return deps.db.transaction().execute(async (tx) => {
    if (input.recordNumber !== undefined) {
      const taken = await tx.selectFrom("patients").select("id").where("clinic_id", "=", clinicId).where("record_number", "=", input.recordNumber).executeTakeFirst();
      if (taken !== undefined) throw new AppError("conflict", "Another patient has this record number.", { issues: [{ path: "recordNumber", message: "is another patient's" }] });
    }
    const row = await insertPatient(tx, {
      clinic_id: clinicId,
      id: uuidv7(),
      name: input.name,
      birth_date: input.birthDate,
      time_zone: input.timeZone,
      sex: input.sex ?? null,
      record_number: input.recordNumber ?? null,
      user_id: null,
      created_at: now.toISOString(),
    });
    await audit(tx, now, { clinicId, actorUserId, action: "patient.created", entity: "patient", entityId: row.id });
    await deps.recordChanged(tx, { clinicId, patientId: row.id }, now);
    return toPatientSummary(row);
  });
}

export async function listPatients(deps: ServiceDeps, clinicId: string): Promise<PatientSummary[]> {
  return (await listPatientRows(deps.db, clinicId)).map(toPatientSummary);
}

function toWindowView(counts: WindowCounts): WindowCountsView {
  return {
    start: counts.start,
    end: counts.end,
    daysRecorded: counts.daysRecorded,
    complete: counts.complete,
    anyHeadacheDays: counts.anyHeadacheDays,
    headacheDays: counts.headacheDays,
    migraineDays: counts.migraineDays,
    moderateSevereDays: counts.moderateSevereDays,
    acuteMedicationDays: counts.acuteMedicationDays,
  };
}

/** The patient, their today, W1-W3 counted by the clinical core, and the diary shown. */
export async function patientDetail(deps: ServiceDeps, clinicId: string, patientId: string): Promise<PatientDetail> {
  const patient = await loadPatientOrNotFound(deps.db, clinicId, patientId);
  const today = localDateAt(deps.clock(), patient.time_zone);
  const rows = await currentDays(deps.db, clinicId, patientId, { from: addDays(today, -(DAYS_SHOWN - 1)), to: today });
  const windows = windowsAsOf(rows.map(toDiaryDay), today, { birthDate: patient.birth_date as PlainDate, settings: DEFAULT_SETTINGS });
  return {
    patient: toPatientSummary(patient),
    today,
    windows: windows.slice(0, WINDOWS_SHOWN).map(toWindowView),
    counting: { minRecordedDays: DEFAULT_SETTINGS.minRecordedDays, headacheDayMinHours: DEFAULT_SETTINGS.headacheDayMinHours },
    diary: rows.map(toDayView),
  };
}
