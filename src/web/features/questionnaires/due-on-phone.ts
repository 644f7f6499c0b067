/**
 * What the Today card offers: the server's due list as last fetched, less what this phone has
 * filled in that the server's list cannot know of yet (not sent yet, or sent after the list was
 * fetched) and the HIT-6s the patient said they have no paper form for. A questionnaire the server
 * refused stays due: it was not recorded.
 */
import type { MyQuestionnaires } from "#contracts/api/questionnaires.ts";
import { skipKey, type QuestionnaireEntry } from "./questionnaire-outbox.ts";

export type DueItem = MyQuestionnaires["due"][number];

/**
 * The due questionnaires still to fill in on this phone.
 * @example dueOnPhone(due, [pendingEntry("MIDAS")], "2026-03-05T08:00:00Z", []) // due without MIDAS
 */
export function dueOnPhone(due: readonly DueItem[], entries: readonly QuestionnaireEntry[], fetchedAt: string, skipped: readonly string[]): DueItem[] {
  const fetched = Date.parse(fetchedAt);
  const unknownToList = entries.filter((entry) => {
    if (entry.problem?.kind === "refused") return false;
    return entry.state !== "sent" || (entry.sentAt !== null && Date.parse(entry.sentAt) >= fetched);
  });
  const filled = new Set(unknownToList.map((entry) => entry.payload.instrument));
  return due.filter((item) => !filled.has(item.instrument) && !(item.form === "total" && skipped.includes(skipKey(item.instrument, item.visitDate))));
}
