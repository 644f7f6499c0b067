/**
 * The signed-in patient's own reminder settings (issue 9 §6): read (the defaults until saved,
 * with the time zone their times are read in) and saved.
 */
import type { MyReminders, ReminderSettingsBody } from "#contracts/api/reminders.ts";
import { DEFAULT_REMINDER_SETTINGS } from "#domain/reminders/reminder-settings.ts";
import type { PatientIdentity } from "../../shared/access.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { invalidField } from "../../app-error.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { findReminderSettings, saveReminderSettings, type StoredReminderSettings } from "./repository.ts";

/** Whether this server sends text messages (an SMS gateway is configured, ADR 0022). */
export interface SmsOffer {
  readonly smsAvailable: boolean;
}

function view(patientId: string, timeZone: string, stored: StoredReminderSettings | undefined, offer: SmsOffer): MyReminders {
  return {
    patientId,
    timeZone,
    saved: stored !== undefined,
    ...(stored?.settings ?? DEFAULT_REMINDER_SETTINGS),
    language: stored?.language ?? "en",
    sms: stored?.sms ?? false,
    smsNumber: stored?.smsNumber ?? null,
    smsAvailable: offer.smsAvailable,
  };
}

/**
 * The text-message choice to keep: a field left out keeps what was saved (an app from before SMS);
 * no number means no text messages ("clearing the number stops them"); turning them on where the
 * server sends none is refused, naming the field.
 */
function smsChoice(body: ReminderSettingsBody, before: StoredReminderSettings | undefined, offer: SmsOffer): { sms: boolean; smsNumber: string | null } {
  const smsNumber = body.smsNumber === undefined ? (before?.smsNumber ?? null) : body.smsNumber;
  const wanted = body.sms ?? before?.sms ?? false;
  if (body.sms === true && !offer.smsAvailable) throw invalidField("sms", "cannot be on: this server sends no text messages");
  return { sms: wanted && smsNumber !== null, smsNumber };
}

export async function readMyReminders(deps: ServiceDeps, signedInAs: PatientIdentity, offer: SmsOffer): Promise<MyReminders> {
  const patient = await loadPatientOrNotFound(deps.db, signedInAs.clinicId, signedInAs.patientId);
  return view(patient.id, patient.time_zone, await findReminderSettings(deps.db, patient.clinic_id, patient.id), offer);
}

export async function saveMyReminders(deps: ServiceDeps, signedInAs: PatientIdentity, body: ReminderSettingsBody, offer: SmsOffer): Promise<MyReminders> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, signedInAs.clinicId, signedInAs.patientId);
    // Equal ends mean no quiet hours: kept as none, so the screen shows what applies.
    const quietHours = body.quietHours === null || body.quietHours.start === body.quietHours.end ? null : body.quietHours;
    const before = await findReminderSettings(tx, patient.clinic_id, patient.id);
    const stored: StoredReminderSettings = {
      settings: { diary: body.diary, diaryTime: body.diaryTime, visits: body.visits, questionnaires: body.questionnaires, quietHours, push: body.push, email: body.email },
      language: body.language,
      ...smsChoice(body, before, offer),
    };
    await saveReminderSettings(tx, { clinicId: patient.clinic_id, patientId: patient.id }, stored, now);
    return view(patient.id, patient.time_zone, stored, offer);
  });
}
