/**
 * When a reminder's text message may still go (issue 9 §6, ADR 0022 as amended after review). A
 * text waits in the outbox for the clinic's SMS gateway, possibly for hours (a gateway down, a
 * failure retried), and is read whenever it arrives, so it goes only while its words are still true
 * and never in the patient's quiet hours:
 *
 * - **Diary** ("Time for today's diary", or "Yesterday's diary is empty" once quiet hours moved it
 *   past midnight): until the end of the patient's local day on which it fell due. Quiet hours
 *   nearly always reach past that midnight, so one caught by them is given up, not sent late.
 * - **Visit** ("Your next visit is soon"): until an hour before the visit, so it can still help
 *   someone get there; one caught by quiet hours waits for their end when that is early enough.
 * - **Questionnaire** ("A short questionnaire is waiting"): for 12 hours after it fell due (it
 *   stays true until the visit, but a nudge half a day late is a different nudge); waits out quiet
 *   hours within that.
 *
 * Pure: the clock, the zone and the settings are inputs.
 */
import { addDays } from "../shared/plain-date.ts";
import { instantAtLocalTime, localDateAt } from "../shared/local-date.ts";
import { isQuietAt, outOfQuietHours, type QuietHours } from "./quiet-hours.ts";
import { VISIT_NOTICE_MS, type ReminderKind } from "./reminders-due.ts";

/** How long after it fell due a questionnaire reminder's text may still go. */
export const QUESTIONNAIRE_TEXT_LASTS_MS = 12 * 60 * 60 * 1000;
/** How long before the visit a visit reminder's text stops: later it cannot help anyone get there. */
export const VISIT_TEXT_STOPS_BEFORE_MS = 60 * 60 * 1000;

/**
 * The last instant (ms) a reminder's text message still makes sense; the outbox gives it up after.
 * `visitStartsAtMs` is the visit's start for a visit reminder (else a day after it fell due is assumed).
 * @example new Date(textMessageSendBy({ kind: "diary", dueAtMs: Date.UTC(2026, 6, 20, 19) }, "Europe/London", null)).toISOString()
 * // "2026-07-20T23:00:00.000Z" (midnight in London, summer time)
 * @example new Date(textMessageSendBy({ kind: "visit", dueAtMs: Date.UTC(2026, 6, 20, 9) }, "UTC", Date.UTC(2026, 6, 21, 9))).toISOString()
 * // "2026-07-21T08:00:00.000Z"
 * @example new Date(textMessageSendBy({ kind: "questionnaire", dueAtMs: Date.UTC(2026, 6, 20, 19) }, "UTC", null)).toISOString()
 * // "2026-07-21T07:00:00.000Z"
 */
export function textMessageSendBy(reminder: { readonly kind: ReminderKind; readonly dueAtMs: number }, timeZone: string, visitStartsAtMs: number | null): number {
  switch (reminder.kind) {
    case "diary":
      return instantAtLocalTime(addDays(localDateAt(reminder.dueAtMs, timeZone), 1), 0, 0, timeZone);
    case "visit":
      return (visitStartsAtMs ?? reminder.dueAtMs + VISIT_NOTICE_MS) - VISIT_TEXT_STOPS_BEFORE_MS;
    case "questionnaire":
      return reminder.dueAtMs + QUESTIONNAIRE_TEXT_LASTS_MS;
  }
}

/** What to do with a waiting text now: hand it out, let it wait, or give it up (and why). */
export type TextMessageTurn = { readonly action: "send" } | { readonly action: "wait"; readonly untilMs: number } | { readonly action: "give-up"; readonly reason: "expired" | "expired-quiet-hours" };

/** The patient's zone and quiet hours as they are now (their settings may have changed since the text was queued). */
export interface RecipientHours {
  readonly timeZone: string;
  readonly quietHours: QuietHours | null;
}

/**
 * Whether a waiting text may be handed to the gateway now: not after its last sensible instant, not
 * in the patient's quiet hours; in them it waits for their end if it still makes sense then, else
 * it is given up. `recipient` null (a text for no patient) knows no quiet hours.
 * @example textMessageTurn(Date.UTC(2026, 6, 20, 19), Date.UTC(2026, 6, 20, 23), { timeZone: "Europe/London", quietHours: { start: "22:00", end: "07:00" } }) // { action: "send" }
 * @example textMessageTurn(Date.UTC(2026, 6, 20, 21, 30), Date.UTC(2026, 6, 21, 12), { timeZone: "Europe/London", quietHours: { start: "22:00", end: "07:00" } })
 * // { action: "wait", untilMs: Date.UTC(2026, 6, 21, 6) } (22:30 in London; quiet until 07:00)
 * @example textMessageTurn(Date.UTC(2026, 6, 20, 21, 30), Date.UTC(2026, 6, 20, 23), { timeZone: "Europe/London", quietHours: { start: "22:00", end: "07:00" } })
 * // { action: "give-up", reason: "expired-quiet-hours" } (the diary's day ends in the night)
 * @example textMessageTurn(Date.UTC(2026, 6, 21, 1), Date.UTC(2026, 6, 20, 23), null) // { action: "give-up", reason: "expired" }
 */
export function textMessageTurn(nowMs: number, sendByMs: number, recipient: RecipientHours | null): TextMessageTurn {
  if (nowMs >= sendByMs) return { action: "give-up", reason: "expired" };
  if (recipient === null || !isQuietAt(nowMs, recipient.timeZone, recipient.quietHours)) return { action: "send" };
  const untilMs = outOfQuietHours(nowMs, recipient.timeZone, recipient.quietHours);
  return untilMs < sendByMs ? { action: "wait", untilMs } : { action: "give-up", reason: "expired-quiet-hours" };
}
