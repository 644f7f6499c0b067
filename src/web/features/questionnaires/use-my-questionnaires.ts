/**
 * The patient's questionnaires on the phone: the server's last answer (due now, the licensed HIT-6
 * wording, their history; kept so Today and the form open offline), this phone's outbox of filled
 * in questionnaires, and saving one: on the phone first, then sent by a small loop (on opening,
 * when the browser comes online, after each save, and every minute while a screen that uses this
 * is open). A round only sends under a session the server confirmed to be this patient's.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { v7 as uuidv7 } from "uuid";
import type { MyQuestionnaireBody } from "#contracts/api/questionnaires.ts";
import { api } from "#web/app/api.ts";
import { storageFailureReason } from "#web/offline/save-on-phone.ts";
import { useOnline } from "#web/offline/use-online.ts";
import { dueOnPhone, type DueItem } from "./due-on-phone.ts";
import { idbQuestionnaireStore } from "./questionnaire-db.ts";
import { skipKey, type CachedQuestionnaires, type QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { syncQuestionnaires } from "./questionnaire-sync.ts";
import { saveQuestionnaireOnPhone, type QuestionnaireDraft, type SavedQuestionnaire } from "./save-questionnaire-on-phone.ts";

const PERIOD_MS = 60_000;
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

let running: Promise<void> | null = null;
let again = false;

/** One sending round at a time; a request during one runs one more after it. */
function requestSync(patientId: string, sessionConfirmedAt: number | null, force: boolean): void {
  if (running) {
    again = true;
    return;
  }
  const deps = { store: idbQuestionnaireStore, send: (body: MyQuestionnaireBody) => api("submitMyQuestionnaire", { body }), now: () => new Date(), changed };
  running = syncQuestionnaires(patientId, deps, { force, sessionConfirmedAt })
    .then(() => undefined)
    .catch(() => undefined) // Each entry records its own failure; a closed store is tried next round.
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        requestSync(patientId, sessionConfirmedAt, false);
      }
    });
}

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

export function useMyQuestionnaires(patientId: string, sessionConfirmedAt: number | null): MyQuestionnairesView {
  const online = useOnline();
  const [copy, setCopy] = useState<CachedQuestionnaires | null>(null);
  const [fresh, setFresh] = useState(false);
  const [entries, setEntries] = useState<readonly QuestionnaireEntry[]>([]);
  const [skipped, setSkipped] = useState<readonly string[]>([]);
  const [ready, setReady] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const confirmed = useRef(sessionConfirmedAt);
  confirmed.current = sessionConfirmedAt;

  const readLocal = useCallback(async () => {
    try {
      const [stored, list, skips] = await Promise.all([idbQuestionnaireStore.cached(patientId), idbQuestionnaireStore.list(patientId), idbQuestionnaireStore.skipped(patientId)]);
      setCopy((current) => (current !== null && stored !== undefined && current.fetchedAt > stored.fetchedAt ? current : (stored ?? current)));
      setEntries(list);
      setSkipped(skips);
      setStorageProblem(null);
    } catch (error) {
      setStorageProblem(storageFailureReason(error));
    }
    setReady(true);
  }, [patientId]);

  const refresh = useCallback(async () => {
    const askedUnder = confirmed.current;
    // The route answers for whoever is signed in: asked only under a session confirmed as this patient's.
    if (askedUnder === null) return;
    try {
      const answer = await api("myQuestionnaires");
      if (confirmed.current !== askedUnder || answer.patientId !== patientId) return;
      const fetched = { patientId, answer, fetchedAt: new Date().toISOString() };
      setCopy(fetched);
      setFresh(true);
      await idbQuestionnaireStore.keep(fetched).catch(() => undefined);
    } catch {
      setFresh(false);
    }
    await readLocal();
  }, [patientId, readLocal]);

  useEffect(() => {
    listeners.add(readLocal);
    void readLocal();
    return () => {
      listeners.delete(readLocal);
    };
  }, [readLocal]);

  useEffect(() => {
    void refresh();
    requestSync(patientId, sessionConfirmedAt, true);
    const timer = window.setInterval(() => requestSync(patientId, sessionConfirmedAt, false), PERIOD_MS);
    return () => window.clearInterval(timer);
  }, [online, patientId, sessionConfirmedAt, refresh]);

  const save = useCallback(
    async (date: string, draft: QuestionnaireDraft) => {
      const result = await saveQuestionnaireOnPhone(idbQuestionnaireStore, patientId, date, draft, { id: uuidv7(), at: new Date() });
      if (result.ok) {
        changed();
        requestSync(patientId, confirmed.current, true);
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

  const sendNow = useCallback(() => requestSync(patientId, confirmed.current, true), [patientId]);
  const due = copy === null ? [] : dueOnPhone(copy.answer.due, entries, copy.fetchedAt, skipped);
  return { ready, storageProblem, copy, fresh, entries, due, save, skip, sendNow };
}
