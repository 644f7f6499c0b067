/**
 * The language an email is read in. A patient's reminders (kind "reminder.*") are written in the
 * language their app was in when they saved their reminder settings (reminder-words.ts), so their
 * closing line follows it; every other email is English (staff screens are English, ADR 0020).
 */
import type { NotificationRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import type { EmailLanguage } from "./email-closing.ts";

export async function readerLanguage(db: Executor, row: Pick<NotificationRow, "kind" | "user_id" | "for_clinic_id">): Promise<EmailLanguage> {
  if (!row.kind.startsWith("reminder.") || row.user_id === null || row.for_clinic_id === null) return "en";
  const found = await db
    .selectFrom("reminder_settings")
    .innerJoin("patients", (join) => join.onRef("patients.clinic_id", "=", "reminder_settings.clinic_id").onRef("patients.id", "=", "reminder_settings.patient_id"))
    .select("reminder_settings.language")
    .where("reminder_settings.clinic_id", "=", row.for_clinic_id)
    .where("patients.user_id", "=", row.user_id)
    .executeTakeFirst();
  return found?.language ?? "en";
}
