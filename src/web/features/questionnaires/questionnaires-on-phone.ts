/**
 * Which questionnaires filled in on this phone the Today screen lists with their state: every one
 * not sent yet (on the phone, or needing the person), and those sent in the last day, so the
 * person sees theirs arrive.
 */
import type { QuestionnaireEntry } from "./questionnaire-outbox.ts";

const DAY_MS = 86_400_000;

/**
 * The entries to show, newest first.
 * @example questionnairesToShow([pendingEntry, sentLastWeek], now).length // 1
 */
export function questionnairesToShow(entries: readonly QuestionnaireEntry[], now: Date): QuestionnaireEntry[] {
  return entries
    .filter((entry) => entry.state !== "sent" || (entry.sentAt !== null && now.getTime() - Date.parse(entry.sentAt) < DAY_MS))
    .sort((a, b) => Date.parse(b.payload.recordedAt) - Date.parse(a.payload.recordedAt));
}
