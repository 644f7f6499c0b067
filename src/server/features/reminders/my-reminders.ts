/**
 * The signed-in patient's own reminder settings (issue 9 §6): read (the defaults until saved,
 * with the time zone their times are read in) and saved.
 */
import type { MyReminders, ReminderSettingsBody } from "#contracts/api/reminders.ts";
import { DEFAULT_REMINDER_SETTINGS } from "#domain/reminders/reminder-settings.ts";
import type { PatientIdentity } from "../../shared/access.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { findReminderSettings, saveReminderSettings, type StoredReminderSettings } from "./repository.ts";

function view(patientId: string, timeZone: string, stored: StoredReminderSettings | undefined): MyReminders {
  return { patientId, timeZone, saved: stored !== undefined, ...(stored?.settings ?? DEFAULT_REMINDER_SETTINGS), language: stored?.language ?? "en" };
}

export async function readMyReminders(deps: ServiceDeps, signedInAs: PatientIdentity): Promise<MyReminders> {
  const patient = await loadPatientOrNotFound(deps.db, signedInAs.clinicId, signedInAs.patientId);
  return view(patient.id, patient.time_zone, await findReminderSettings(deps.db, patient.clinic_id, patient.id));
}

export async function saveMyReminders(deps: ServiceDeps, signedInAs: PatientIdentity, body: ReminderSettingsBody): Promise<MyReminders> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, signedInAs.clinicId, signedInAs.patientId);
    // Equal ends mean no quiet hours: kept as none, so the screen shows what applies.
    const quietHours = body.quietHours === null || body.quietHours.start === body.quietHours.end ? null : body.quietHours;
    const stored: StoredReminderSettings = {
      settings: { diary: body.diary, diaryTime: body.diaryTime, visits: body.visits, questionnaires: body.questionnaires, quietHours, push: body.push, email: body.email },
      language: body.language,
    };
    await saveReminderSettings(tx, { clinicId: patient.clinic_id, patientId: patient.id }, stored, now);
    return view(patient.id, patient.time_zone, stored);
  });
}
