/**
 * Which questionnaires filled in on this phone the Today screen lists with their state: every one
 * not sent yet (on the phone, or needing the person), and those sent in the last day, so the
 * person sees theirs arrive. One sent that the server's copy fetched since no longer lists was
 * withdrawn by the clinic as entered in error: it leaves the phone's list on that sync too.
 */
import type { CachedQuestionnaires, QuestionnaireEntry } from "./questionnaire-outbox.ts";

const DAY_MS = 86_400_000;

/** Whether the server's copy, fetched after the entry was acknowledged, leaves it out (withdrawn). */
function withdrawnSince(entry: QuestionnaireEntry, copy: CachedQuestionnaires | null): boolean {
  if (copy === null || entry.state !== "sent" || entry.sentAt === null) return false;
  if (Date.parse(copy.fetchedAt) < Date.parse(entry.sentAt)) return false;
  return !copy.answer.history.some((q) => q.id === entry.id);
}

/**
 * The entries to show, newest first.
 * @example questionnairesToShow([pendingEntry, sentLastWeek], now).length // 1
 * @example questionnairesToShow([sentThenWithdrawn], now, copyFetchedAfterWithoutIt).length // 0
 */
export function questionnairesToShow(entries: readonly QuestionnaireEntry[], now: Date, copy: CachedQuestionnaires | null = null): QuestionnaireEntry[] {
  return entries
    .filter((entry) => entry.state !== "sent" || (entry.sentAt !== null && now.getTime() - Date.parse(entry.sentAt) < DAY_MS))
    .filter((entry) => !withdrawnSince(entry, copy))
    .sort((a, b) => Date.parse(b.payload.recordedAt) - Date.parse(a.payload.recordedAt));
}
