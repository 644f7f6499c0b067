/**
 * A patient's reminder settings (issue 9 §6): the daily diary reminder (on or off, at a time of
 * their day), visit and questionnaire reminders (on or off), quiet hours, and the channels they
 * accept. A patient who never opened the settings gets the defaults: every reminder on, the diary
 * at 20:00, quiet from 22:00 to 08:00, on this phone and by email.
 */
import type { ClockTime, QuietHours } from "./quiet-hours.ts";

export interface ReminderSettings {
  /** The daily diary reminder, sent when the day is not logged yet. */
  readonly diary: boolean;
  /** When the daily reminder comes, in the patient's own time zone: "HH:MM". */
  readonly diaryTime: ClockTime;
  /** A reminder the day before each booked visit. */
  readonly visits: boolean;
  /** A reminder when HIT-6 or MIDAS is due, once per span. */
  readonly questionnaires: boolean;
  /** No reminder in these hours; null for none. */
  readonly quietHours: QuietHours | null;
  /** Web push on the devices where the patient allowed it. */
  readonly push: boolean;
  /** Email when no device takes a push (the outbox: an SMS gateway could drain it later). */
  readonly email: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  diary: true,
  diaryTime: "20:00",
  visits: true,
  questionnaires: true,
  quietHours: { start: "22:00", end: "08:00" },
  push: true,
  email: true,
};
