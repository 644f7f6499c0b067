/**
 * Patient reminders (issue 9 §6): the signed-in patient's reminder settings (the daily diary
 * reminder and its time in their own zone, visit and questionnaire reminders, quiet hours, the
 * channels, a mobile number for text messages where the server has an SMS gateway) and saving them. The reminders themselves go through the notification outbox
 * (ADR 0018); devices for web push are registered with the notifications' own routes
 * (`/api/me/push/devices`, any signed-in account, patients too).
 */
import { z } from "zod";
import { mobileNumberSchema } from "../mobile-number.ts";
import { idSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM, from 00:00 to 23:59");

/** The languages a reminder can be written in (the patient app's, issue 9 §7). */
export const REMINDER_LANGUAGES = ["en", "es"] as const;

const reminderSettingsFields = z.object({
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
  /**
   * Text messages when no device takes a push, instead of email (an SMS gateway drains the outbox,
   * ADR 0022); on only with a number. Left out, what was saved stays (an app from before SMS).
   */
  sms: z.boolean().optional(),
  /** The mobile number for text messages (E.164 once read, mobile-number.ts); null clears it, and stops them. */
  smsNumber: mobileNumberSchema.nullable().optional(),
});

export const reminderSettingsBodySchema = reminderSettingsFields.strict();
export type ReminderSettingsBody = z.input<typeof reminderSettingsBodySchema>;

export const myRemindersSchema = reminderSettingsFields.extend({
  sms: z.boolean(),
  smsNumber: z.string().nullable(),
  /** Whether this server sends text messages (SMS_GATEWAY_TOKEN is set): the choice is offered only then. */
  smsAvailable: z.boolean(),
  patientId: idSchema,
  /** The patient's time zone: the times above are read in it. */
  timeZone: z.string(),
  /** False until the patient saves: the settings shown are the defaults. */
  saved: z.boolean(),
});
export type MyReminders = z.infer<typeof myRemindersSchema>;

export const reminderRoutes = {
  myReminders: { method: "GET", path: "/api/me/reminders", summary: "The signed-in patient's reminder settings (the defaults until saved) and their time zone", access: "patient", response: myRemindersSchema },
  saveMyReminders: { method: "PUT", path: "/api/me/reminders", summary: "Save the signed-in patient's reminder settings: the diary reminder's time, quiet hours, each kind and channel on or off, the mobile number for text messages", access: "patient", body: reminderSettingsBodySchema, response: myRemindersSchema },
} as const satisfies Record<string, RouteContract>;
