/**
 * The patient's questionnaires on the phone: the server's last answer (due now, the licensed HIT-6
 * wording, their history; kept so Today and the form open offline), this phone's outbox of filled
 * in questionnaires, and saving one: on the phone first, then sent by the outbox loop
 * (sync-loop-driver.ts) while a screen that uses this is open. A round only sends under a session
 * the server confirmed to be this patient's.
 */
import { useCallback, useEffect } from "react";
import { v7 as uuidv7 } from "uuid";
import type { MyQuestionnaireBody, MyQuestionnaires } from "#contracts/api/questionnaires.ts";
import { api } from "#web/app/api.ts";
import { createSyncLoop } from "#web/offline/sync-loop-driver.ts";
import { newestCopy, useServerCopy, type ServerCopySource } from "#web/offline/use-server-copy.ts";
import { dueOnPhone, type DueItem } from "./due-on-phone.ts";
import { idbQuestionnaireStore } from "./questionnaire-db.ts";
import { skipKey, type CachedQuestionnaires, type QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { syncQuestionnaires } from "./questionnaire-sync.ts";
import { saveQuestionnaireOnPhone, type QuestionnaireDraft, type SavedQuestionnaire } from "./save-questionnaire-on-phone.ts";

const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

const deps = { store: idbQuestionnaireStore, send: (body: MyQuestionnaireBody) => api("submitMyQuestionnaire", { body }), now: () => new Date(), changed };
const loop = createSyncLoop((patientId, conditions) => syncQuestionnaires(patientId, deps, conditions));

export interface MyQuestionnairesView {
  readonly ready: boolean;
  readonly storageProblem: string | null;
  /** The server's answer as last fetched (now or earlier), or null before the first. */
  readonly copy: CachedQuestionnaires | null;
  /** Whether `copy` was fetched just now. */
  readonly fresh: boolean;
  readonly entries: readonly QuestionnaireEntry[];
  /** What is still to fill in on this phone. */
  readonly due: readonly DueItem[];
  readonly save: (date: string, draft: QuestionnaireDraft) => Promise<SavedQuestionnaire>;
  /** The patient has no paper HIT-6 form for this span: the clinic asks at the visit. */
  readonly skip: (item: DueItem) => Promise<void>;
  readonly sendNow: () => void;
}

interface QuestionnairesOnPhone {
  readonly stored: CachedQuestionnaires | null;
  readonly entries: readonly QuestionnaireEntry[];
  readonly skipped: readonly string[];
}

const questionnairesSource: ServerCopySource<QuestionnairesOnPhone, MyQuestionnaires> = {
  readLocal: async (patientId) => {
    const [stored, entries, skipped] = await Promise.all([idbQuestionnaireStore.cached(patientId), idbQuestionnaireStore.list(patientId), idbQuestionnaireStore.skipped(patientId)]);
    return { stored: stored ?? null, entries, skipped };
  },
  storedAt: (local) => (local.stored ? new Date(local.stored.fetchedAt) : null),
  outbox: (patientId) => idbQuestionnaireStore.list(patientId),
  fetch: () => api("myQuestionnaires"),
  ownerOf: (answer) => answer.patientId,
  // A copy that cannot be kept is still shown; the form opens offline next time only if it was.
  store: (patientId, answer, at) => idbQuestionnaireStore.keep({ patientId, answer, fetchedAt: at.toISOString() }).catch(() => undefined),
  subscribe: (listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

const NOTHING: QuestionnairesOnPhone = { stored: null, entries: [], skipped: [] };

export function useMyQuestionnaires(patientId: string, sessionConfirmedAt: number | null): MyQuestionnairesView {
  const { ready, storageProblem, local, fresh, server } = useServerCopy(questionnairesSource, patientId, sessionConfirmedAt);
  const { stored, entries, skipped } = local ?? NOTHING;
  const copy: CachedQuestionnaires | null = newestCopy(stored, fresh, patientId);

  useEffect(() => loop.start(patientId, sessionConfirmedAt), [patientId, sessionConfirmedAt]);

  const save = useCallback(
    async (date: string, draft: QuestionnaireDraft) => {
      const result = await saveQuestionnaireOnPhone(idbQuestionnaireStore, patientId, date, draft, { id: uuidv7(), at: new Date() });
      if (result.ok) {
        changed();
        loop.request({ force: true });
      }
      return result;
    },
    [patientId],
  );

  const skip = useCallback(
    async (item: DueItem) => {
      await idbQuestionnaireStore.skip(patientId, skipKey(item.instrument, item.visitDate)).catch(() => undefined);
      changed();
    },
    [patientId],
  );

  const sendNow = useCallback(() => loop.request({ force: true }), []);
  const due = copy === null ? [] : dueOnPhone(copy.answer.due, entries, copy.fetchedAt, skipped);
  return { ready, storageProblem, copy, fresh: server.phase === "fresh", entries, due, save, skip, sendNow };
}
