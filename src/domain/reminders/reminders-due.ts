/**
 * Which reminders are due for one patient now (issue 9 §6), each with a stable key so that one is
 * queued at most once however often the job runs or however many servers run it:
 *
 * - **Diary** `diary:<patient>:<date>`: at the patient's daily time on `date` (moved out of quiet
 *   hours), while that day is not logged, for `REMINDER_WINDOW_MS` after.
 * - **Questionnaire** `questionnaire:<patient>:<visit date | baseline>`: at the first daily time
 *   after HIT-6 or MIDAS became due, once for the span (one reminder for both instruments).
 * - **Visit** `visit:<patient>:<visit id>:<start, ms>`: a day before the visit (moved out of quiet
 *   hours), until it starts; a visit moved to another time is a new reminder.
 *
 * Nothing is due during quiet hours. Pure: the clock, the zone and the patient's data are inputs.
 */
import { addDays, type PlainDate } from "../shared/plain-date.ts";
import { instantAtLocalTime, localDateAt } from "../shared/local-date.ts";
import type { Instrument } from "../shared/record.ts";
import { clockMinutes, isQuietAt, outOfQuietHours } from "./quiet-hours.ts";
import type { ReminderSettings } from "./reminder-settings.ts";

export const REMINDER_KINDS = ["diary", "visit", "questionnaire"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How long after its time a daily reminder may still go (a server down for a while catches up, but not the next day). */
export const REMINDER_WINDOW_MS = 6 * 60 * 60 * 1000;
/** How long before a visit its reminder goes. */
export const VISIT_NOTICE_MS = 24 * 60 * 60 * 1000;

export interface UpcomingVisit {
  readonly id: string;
  /** The visit's start (ms since the epoch). */
  readonly startsAtMs: number;
}

export interface QuestionnairesDueNow {
  /** The instruments due (at least one). */
  readonly instruments: readonly Instrument[];
  /** The visit they prepare for; null for a baseline with no visit booked. */
  readonly visitDate: PlainDate | null;
}

export interface RemindersInput {
  readonly patientId: string;
  readonly settings: ReminderSettings;
  readonly timeZone: string;
  readonly nowMs: number;
  /** The days logged among today and yesterday (the patient's dates). */
  readonly loggedDates: readonly PlainDate[];
  /** The patient's booked visits. */
  readonly visits: readonly UpcomingVisit[];
  /** HIT-6 and MIDAS due now, or null. */
  readonly questionnaires: QuestionnairesDueNow | null;
}

export interface DueReminder {
  readonly kind: ReminderKind;
  /** Stable: the same reminder always has the same key. */
  readonly key: string;
  /** The app path the notification opens. */
  readonly link: string;
  /** When it became due (ms). */
  readonly dueAtMs: number;
}

/** The instant of the daily reminder of `date`, moved out of quiet hours. */
function dailySlot(date: PlainDate, settings: Pick<ReminderSettings, "diaryTime" | "quietHours">, timeZone: string): number {
  const minutes = clockMinutes(settings.diaryTime);
  return outOfQuietHours(instantAtLocalTime(date, Math.floor(minutes / 60), minutes % 60, timeZone), timeZone, settings.quietHours);
}

/**
 * The dates whose daily reminder is open now (its time passed less than `REMINDER_WINDOW_MS`
 * ago), newest first: today's, or yesterday's moved past midnight by quiet hours.
 * @example openDailySlots({ diaryTime: "20:00", quietHours: null }, "UTC", Date.UTC(2026, 6, 20, 21)).map((s) => s.date) // ["2026-07-20"]
 */
export function openDailySlots(settings: Pick<ReminderSettings, "diaryTime" | "quietHours">, timeZone: string, nowMs: number): { date: PlainDate; atMs: number }[] {
  const today = localDateAt(nowMs, timeZone);
  return [today, addDays(today, -1)]
    .map((date) => ({ date, atMs: dailySlot(date, settings, timeZone) }))
    .filter((slot) => slot.atMs <= nowMs && nowMs < slot.atMs + REMINDER_WINDOW_MS);
}

/**
 * The reminders due now for a patient, diary first, then questionnaires, then visits by start.
 * @example remindersDue({ patientId: "p1", settings: DEFAULT_REMINDER_SETTINGS, timeZone: "UTC", nowMs: Date.UTC(2026, 6, 20, 20, 5),
 *   loggedDates: [], visits: [], questionnaires: null })
 * // [{ kind: "diary", key: "diary:p1:2026-07-20", link: "/today", dueAtMs: Date.UTC(2026, 6, 20, 20) }]
 */
export function remindersDue(input: RemindersInput): DueReminder[] {
  const { settings, timeZone, nowMs, patientId } = input;
  if (isQuietAt(nowMs, timeZone, settings.quietHours)) return [];
  const due: DueReminder[] = [];
  const slots = openDailySlots(settings, timeZone, nowMs);
  if (settings.diary) {
    for (const slot of slots) {
      if (input.loggedDates.includes(slot.date)) continue;
      // A reminder that goes out after its day ended (quiet hours moved it past midnight, or the
      // job ran late) opens its own day and says "yesterday", never the new today's check-in.
      const firesOnItsDay = localDateAt(slot.atMs, timeZone) === slot.date && localDateAt(nowMs, timeZone) === slot.date;
      due.push({ kind: "diary", key: `diary:${patientId}:${slot.date}`, link: firesOnItsDay ? "/today" : `/diary/${slot.date}`, dueAtMs: slot.atMs });
    }
  }
  const slot = slots[slots.length - 1];
  if (settings.questionnaires && input.questionnaires !== null && input.questionnaires.instruments.length > 0 && slot !== undefined) {
    const first = input.questionnaires.instruments[0] as Instrument;
    due.push({
      kind: "questionnaire",
      key: `questionnaire:${patientId}:${input.questionnaires.visitDate ?? "baseline"}`,
      link: `/questionnaires/${first.toLowerCase()}`,
      dueAtMs: slot.atMs,
    });
  }
  if (settings.visits) {
    for (const visit of [...input.visits].sort((a, b) => a.startsAtMs - b.startsAtMs)) {
      if (visit.startsAtMs <= nowMs) continue;
      const at = outOfQuietHours(visit.startsAtMs - VISIT_NOTICE_MS, timeZone, settings.quietHours);
      if (at > nowMs || at >= visit.startsAtMs) continue;
      due.push({ kind: "visit", key: `visit:${patientId}:${visit.id}:${visit.startsAtMs}`, link: "/today", dueAtMs: at });
    }
  }
  return due;
}
