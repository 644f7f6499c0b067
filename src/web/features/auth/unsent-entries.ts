/**
 * What this phone holds for a patient that the clinic does not have yet, across the three outboxes
 * (diary days, side-effect reports and check-in answers, questionnaires): what sign-out warns
 * about (issue 9 §2: "nothing typed is lost to a sign-out with unsent entries").
 */
import { idbOutboxStore } from "#web/offline/idb-outbox-store.ts";
import { idbSideEffectsStore } from "#web/offline/idb-side-effects-store.ts";
import type { OutboxEntryBase } from "#web/offline/outbox-entry.ts";
import { idbQuestionnaireStore } from "#web/features/questionnaires/questionnaire-db.ts";

export interface UnsentEntries {
  readonly diaryDays: number;
  readonly sideEffects: number;
  readonly questionnaires: number;
  readonly total: number;
}

type Listed = readonly Pick<OutboxEntryBase, "state">[];

/**
 * Counts the entries not acknowledged yet: waiting, or needing the person (signed out, refused).
 * @example countUnsent({ diaryDays: [{ state: "pending" }, { state: "sent" }], sideEffects: [], questionnaires: [] }).total // 1
 */
export function countUnsent(lists: { readonly diaryDays: Listed; readonly sideEffects: Listed; readonly questionnaires: Listed }): UnsentEntries {
  const unsent = (list: Listed) => list.filter((entry) => entry.state !== "sent").length;
  const diaryDays = unsent(lists.diaryDays);
  const sideEffects = unsent(lists.sideEffects);
  const questionnaires = unsent(lists.questionnaires);
  return { diaryDays, sideEffects, questionnaires, total: diaryDays + sideEffects + questionnaires };
}

/** Reads the three outboxes on this phone; one that cannot be read counts as empty (it cannot be lost by signing out either: sign-out never deletes an outbox). */
export async function readUnsent(patientId: string): Promise<UnsentEntries> {
  const none = () => [];
  const [diaryDays, sideEffects, questionnaires] = await Promise.all([
    idbOutboxStore.list(patientId).catch(none),
    idbSideEffectsStore.list(patientId).catch(none),
    idbQuestionnaireStore.list(patientId).catch(none),
  ]);
  return countUnsent({ diaryDays, sideEffects, questionnaires });
}
