/**
 * Patient reminders (issue 9 §6): the signed-in patient's reminder settings (the daily diary
 * reminder and its time in their own zone, visit and questionnaire reminders, quiet hours, the
 * channels) and saving them. The reminders themselves go through the notification outbox
 * (ADR 0018); devices for web push are registered with the notifications' own routes
 * (`/api/me/push/devices`, any signed-in account, patients too).
 */
import { z } from "zod";
import { idSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM, from 00:00 to 23:59");

/** The languages a reminder can be written in (the patient app's, issue 9 §7). */
export const REMINDER_LANGUAGES = ["en", "es"] as const;

export const reminderSettingsBodySchema = z
  .object({
    diary: z.boolean(),
    diaryTime: clockTime,
    visits: z.boolean(),
    questionnaires: z.boolean(),
    /** Quiet hours, or null for none; a start equal to the end is none too. */
    quietHours: z.object({ start: clockTime, end: clockTime }).nullable(),
    push: z.boolean(),
    email: z.boolean(),
    /** The language the reminders are written in: the app's when saved. */
    language: z.enum(REMINDER_LANGUAGES),
  })
  .strict();
export type ReminderSettingsBody = z.input<typeof reminderSettingsBodySchema>;

export const myRemindersSchema = reminderSettingsBodySchema.extend({
  patientId: idSchema,
  /** The patient's time zone: the times above are read in it. */
  timeZone: z.string(),
  /** False until the patient saves: the settings shown are the defaults. */
  saved: z.boolean(),
});
export type MyReminders = z.infer<typeof myRemindersSchema>;

export const reminderRoutes = {
  myReminders: { method: "GET", path: "/api/me/reminders", summary: "The signed-in patient's reminder settings (the defaults until saved) and their time zone", access: "patient", response: myRemindersSchema },
  saveMyReminders: { method: "PUT", path: "/api/me/reminders", summary: "Save the signed-in patient's reminder settings: the diary reminder's time, quiet hours, each kind and channel on or off", access: "patient", body: reminderSettingsBodySchema, response: myRemindersSchema },
} as const satisfies Record<string, RouteContract>;
