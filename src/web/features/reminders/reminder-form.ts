/**
 * The reminders form's state and its body for the server (issue 9 §6), kept apart from the React
 * screen so it can be checked on its own: the kinds and channels as checkbox values, quiet hours
 * on or off with their two ends, the times checked as "HH:MM" and the mobile number for text
 * messages as an international number (the server's own check, mobile-number.ts) before anything
 * is sent.
 */
import type { MyReminders, ReminderSettingsBody } from "#contracts/api/reminders.ts";
import { normalizeMobileNumber } from "#contracts/mobile-number.ts";
import { isClockTime } from "#domain/reminders/quiet-hours.ts";
import type { Language } from "#web/i18n/languages.ts";

export type ReminderKindOption = "diary" | "visits" | "questionnaires";
export type ReminderChannelOption = "push" | "email" | "sms";
/** The fields the form checks itself before sending. */
export type ReminderFormField = "diaryTime" | "quietHours.start" | "quietHours.end" | "smsNumber";

export interface ReminderFormState {
  readonly kinds: readonly ReminderKindOption[];
  readonly diaryTime: string;
  readonly quietOn: boolean;
  readonly quietStart: string;
  readonly quietEnd: string;
  readonly channels: readonly ReminderChannelOption[];
  /** The mobile number as typed (empty for none). */
  readonly smsNumber: string;
  /** Whether the server sends text messages: the choice is offered, and sent, only then. */
  readonly smsOffered: boolean;
}

/**
 * The form as the server's settings show it (quiet hours off keep the usual night to offer).
 * @example formFromSettings({ diary: true, diaryTime: "20:00", visits: false, questionnaires: true, quietHours: null, push: true, email: false } as never).kinds // ["diary", "questionnaires"]
 */
export function formFromSettings(settings: MyReminders): ReminderFormState {
  return {
    kinds: (["diary", "visits", "questionnaires"] as const).filter((kind) => settings[kind]),
    diaryTime: settings.diaryTime,
    quietOn: settings.quietHours !== null,
    quietStart: settings.quietHours?.start ?? "22:00",
    quietEnd: settings.quietHours?.end ?? "08:00",
    channels: (["push", "email", "sms"] as const).filter((channel) => settings[channel] && (channel !== "sms" || settings.smsAvailable)),
    smsNumber: settings.smsNumber ?? "",
    smsOffered: settings.smsAvailable,
  };
}

/** Which time fields are not a time "HH:MM" (a browser without a time picker lets anything be typed). */
export function badTimes(form: ReminderFormState): ("diaryTime" | "quietHours.start" | "quietHours.end")[] {
  const bad: ("diaryTime" | "quietHours.start" | "quietHours.end")[] = [];
  if (!isClockTime(form.diaryTime)) bad.push("diaryTime");
  if (form.quietOn && !isClockTime(form.quietStart)) bad.push("quietHours.start");
  if (form.quietOn && !isClockTime(form.quietEnd)) bad.push("quietHours.end");
  return bad;
}

/**
 * Every field to fix before sending: the times, and a typed mobile number that is not an
 * international one (an empty number is no number: it stops text messages).
 * @example badFields({ kinds: [], diaryTime: "20:00", quietOn: false, quietStart: "", quietEnd: "", channels: ["sms"], smsNumber: "07700 900123", smsOffered: true }) // ["smsNumber"]
 */
export function badFields(form: ReminderFormState): ReminderFormField[] {
  const typed = form.smsNumber.trim();
  const badNumber = form.smsOffered && typed !== "" && normalizeMobileNumber(typed) === null;
  return [...badTimes(form), ...(badNumber ? (["smsNumber"] as const) : [])];
}

/**
 * What is sent: the settings, in the language the app is in (the reminders are written in it).
 * @example bodyFromForm({ kinds: ["diary"], diaryTime: "07:30", quietOn: false, quietStart: "22:00", quietEnd: "08:00", channels: ["email"], smsNumber: "", smsOffered: false }, "es").quietHours // null
 */
export function bodyFromForm(form: ReminderFormState, language: Language): ReminderSettingsBody {
  return {
    diary: form.kinds.includes("diary"),
    diaryTime: form.diaryTime,
    visits: form.kinds.includes("visits"),
    questionnaires: form.kinds.includes("questionnaires"),
    quietHours: form.quietOn ? { start: form.quietStart, end: form.quietEnd } : null,
    push: form.channels.includes("push"),
    email: form.channels.includes("email"),
    language,
    ...(form.smsOffered ? smsOf(form) : {}),
  };
}

/** Text messages only with a number; the number as typed (the server reads it into E.164), none when empty. */
function smsOf(form: ReminderFormState): { sms: boolean; smsNumber: string | null } {
  const typed = form.smsNumber.trim();
  return { sms: form.channels.includes("sms") && typed !== "", smsNumber: typed === "" ? null : typed };
}
