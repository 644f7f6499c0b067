/**
 * Reminder settings per patient and the keys of reminders already queued (issue 9 §6). A patient
 * with no settings row has the defaults; the queued keys make a reminder enter the outbox once.
 */
import type { ReminderSettings } from "#domain/reminders/reminder-settings.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export type ReminderLanguage = "en" | "es";

export interface StoredReminderSettings {
  readonly settings: ReminderSettings;
  readonly language: ReminderLanguage;
  /** Text messages when no device takes a push (ADR 0022); true only with a number. */
  readonly sms: boolean;
  /** The mobile number for text messages (E.164), kept while they are stopped until cleared. */
  readonly smsNumber: string | null;
}

interface SettingsColumns {
  readonly diary: boolean;
  readonly diary_time: string;
  readonly visits: boolean;
  readonly questionnaires: boolean;
  readonly quiet_start: string | null;
  readonly quiet_end: string | null;
  readonly push: boolean;
  readonly email: boolean;
  readonly language: ReminderLanguage;
  readonly sms: boolean;
  readonly sms_number: string | null;
}

function fromColumns(row: SettingsColumns): StoredReminderSettings {
  return {
    settings: {
      diary: row.diary,
      diaryTime: row.diary_time,
      visits: row.visits,
      questionnaires: row.questionnaires,
      quietHours: row.quiet_start === null || row.quiet_end === null ? null : { start: row.quiet_start, end: row.quiet_end },
      push: row.push,
      email: row.email,
    },
    language: row.language,
    sms: row.sms,
    smsNumber: row.sms_number,
  };
}

export async function findReminderSettings(db: Executor, clinicId: string, patientId: string): Promise<StoredReminderSettings | undefined> {
  const row = await db.selectFrom("reminder_settings").selectAll().where("clinic_id", "=", clinicId).where("patient_id", "=", patientId).executeTakeFirst();
  return row === undefined ? undefined : fromColumns(row);
}

export async function saveReminderSettings(db: Executor, target: { clinicId: string; patientId: string }, stored: StoredReminderSettings, now: Date): Promise<void> {
  const { settings } = stored;
  const columns = {
    diary: settings.diary,
    diary_time: settings.diaryTime,
    visits: settings.visits,
    questionnaires: settings.questionnaires,
    quiet_start: settings.quietHours?.start ?? null,
    quiet_end: settings.quietHours?.end ?? null,
    push: settings.push,
    email: settings.email,
    language: stored.language,
    sms: stored.sms,
    sms_number: stored.smsNumber,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto("reminder_settings")
    .values({ clinic_id: target.clinicId, patient_id: target.patientId, ...columns })
    .onConflict((conflict) => conflict.columns(["clinic_id", "patient_id"]).doUpdateSet(columns))
    .execute();
}

/** A patient who can be reminded (they have an account), with their settings if saved and their address. */
export interface RemindablePatient {
  readonly patient: PatientRow;
  readonly email: string;
  readonly isDemoClinic: boolean;
  readonly stored: StoredReminderSettings | undefined;
}

/** Patients with an account, in (clinic, id) order after `after`, a batch at a time. */
export async function remindablePatients(db: Executor, after: { clinicId: string; patientId: string } | null, limit: number): Promise<RemindablePatient[]> {
  let query = db
    .selectFrom("patients")
    .innerJoin("users", "users.id", "patients.user_id")
    .innerJoin("clinics", "clinics.id", "patients.clinic_id")
    .leftJoin("reminder_settings as s", (join) => join.onRef("s.clinic_id", "=", "patients.clinic_id").onRef("s.patient_id", "=", "patients.id"))
    .selectAll("patients")
    .select(["users.email as user_email", "clinics.is_demo as is_demo"])
    .select(["s.diary", "s.diary_time", "s.visits", "s.questionnaires", "s.quiet_start", "s.quiet_end", "s.push", "s.email", "s.language", "s.sms", "s.sms_number"]);
  if (after !== null) query = query.where((eb) => eb.or([eb("patients.clinic_id", ">", after.clinicId), eb.and([eb("patients.clinic_id", "=", after.clinicId), eb("patients.id", ">", after.patientId)])]));
  const rows = await query.orderBy("patients.clinic_id").orderBy("patients.id").limit(limit).execute();
  return rows.map((row) => {
    const { user_email, is_demo, diary, diary_time, visits, questionnaires, quiet_start, quiet_end, push, email, language, sms, sms_number, ...patient } = row;
    const stored =
      diary === null || diary_time === null || visits === null || questionnaires === null || push === null || email === null || language === null || sms === null
        ? undefined
        : fromColumns({ diary, diary_time, visits, questionnaires, quiet_start, quiet_end, push, email, language, sms, sms_number });
    return { patient, email: user_email, isDemoClinic: is_demo, stored };
  });
}

/** The dates among `dates` on which the patient's diary has an entry. */
export async function loggedDates(db: Executor, patient: PatientRow, dates: readonly string[]): Promise<string[]> {
  if (dates.length === 0) return [];
  const rows = await db.selectFrom("diary_revisions").select("date").distinct().where("clinic_id", "=", patient.clinic_id).where("patient_id", "=", patient.id).where("date", "in", [...dates]).execute();
  return rows.map((row) => row.date);
}

/** Records a reminder's key; false when it was already queued (by this server or another). */
export async function claimReminderKey(db: Executor, row: { clinicId: string; patientId: string; key: string; kind: "diary" | "visit" | "questionnaire"; dueAt: string; queuedAt: string }): Promise<boolean> {
  const inserted = await db
    .insertInto("reminders_sent")
    .values({ clinic_id: row.clinicId, key: row.key, patient_id: row.patientId, kind: row.kind, due_at: row.dueAt, queued_at: row.queuedAt })
    .onConflict((conflict) => conflict.columns(["clinic_id", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Forgets keys queued before `before`: their reminders can no longer fall due again. */
export async function forgetOldReminderKeys(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("reminders_sent").where("queued_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
