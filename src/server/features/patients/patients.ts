/** A clinic's patients: add, list, and the clinician's view with the 28-day counts. */
import type { PatientDetail, PatientSummary, WindowCountsView } from "#contracts/api/patients.ts";
import { windowsAsOf } from "#domain/diary/windows.ts";
import type { WindowCounts } from "#domain/diary/window-counts.ts";
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { v7 as uuidv7 } from "uuid";
import type { PatientRow } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
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
    hasAccount: row.user_id !== null,
    createdAt: row.created_at,
  };
}

export async function createPatient(
  deps: ServiceDeps,
  clinicId: string,
  actorUserId: string,
  input: { name: string; birthDate: PlainDate; timeZone: string },
): Promise<PatientSummary> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const row = await insertPatient(tx, {
      clinic_id: clinicId,
      id: uuidv7(),
      name: input.name,
      birth_date: input.birthDate,
      time_zone: input.timeZone,
      user_id: null,
      created_at: now.toISOString(),
    });
    await audit(tx, now, { clinicId, actorUserId, action: "patient.created", entity: "patient", entityId: row.id });
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
