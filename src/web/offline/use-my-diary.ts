/**
 * The patient's diary for the diary page: this phone's store merged with the server's days,
 * with the patient's today, whether the server copy is fresh, and `save`, which writes to the
 * phone first and then asks the sync loop to send.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { v7 as uuidv7 } from "uuid";
import type { DiaryAnswers } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { ApiError, toApiError } from "#web/app/api-error.ts";
import { idbOutboxStore } from "./idb-outbox-store.ts";
import { todayIn } from "./local-today.ts";
import { mergeDays, type LocalDay } from "./merge-days.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import { askPersistentStorage } from "./persist-storage.ts";
import { saveOnPhone, storageFailureReason, type SaveResult } from "./save-on-phone.ts";
import { readServerCopy, writeServerCopy, type ServerCopy } from "./server-copy.ts";
import { diaryStoreChanged, onDiaryStoreChanged } from "./store-events.ts";
import { planSync } from "./sync-plan.ts";
import { requestDiarySync, startDiarySync } from "./sync-loop.ts";
import { useOnline } from "./use-online.ts";

/** How current the server's part of the diary is. */
export type ServerFreshness =
  | { readonly phase: "loading" }
  | { readonly phase: "fresh"; readonly at: Date }
  | { readonly phase: "stored"; readonly at: Date | null; readonly error: ApiError };

export interface MyDiaryView {
  /** False until this phone's store has been read (or has failed to open). */
  readonly ready: boolean;
  /** Why this phone's store cannot be read, if it cannot (private window, storage blocked). */
  readonly storageProblem: string | null;
  readonly today: string;
  readonly days: ReadonlyMap<string, LocalDay>;
  readonly outbox: readonly OutboxEntry[];
  readonly server: ServerFreshness;
  readonly online: boolean;
  readonly save: (date: string, answers: DiaryAnswers) => Promise<SaveResult>;
  readonly refresh: () => Promise<void>;
  /** Sends what is waiting now, without waiting for the backoff. */
  readonly sendNow: () => void;
}

/** Whether a send found another patient's session since it was last confirmed as this one's. */
async function heldForOwner(patientId: string, sessionConfirmedAt: number): Promise<boolean> {
  const plan = planSync(await idbOutboxStore.list(patientId), { now: new Date(), force: true, sessionConfirmedAt });
  return plan.kind === "paused" && plan.reason === "other-account";
}

/**
 * `sessionConfirmedAt`: when the server last confirmed the session is this patient's (session.tsx);
 * null while unknown, and then the server's diary is not asked for and nothing is sent.
 */
export function useMyDiary(patientId: string, timeZone: string, sessionConfirmedAt: number | null): MyDiaryView {
  const online = useOnline();
  const [copy, setCopy] = useState<ServerCopy>({ meta: null, days: [] });
  const [outbox, setOutbox] = useState<readonly OutboxEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [server, setServer] = useState<ServerFreshness>({ phase: "loading" });
  const [serverToday, setServerToday] = useState<string | null>(null);
  const confirmed = useRef(sessionConfirmedAt);
  confirmed.current = sessionConfirmedAt;

  const readLocal = useCallback(async () => {
    try {
      const [stored, entries] = await Promise.all([readServerCopy(patientId), idbOutboxStore.list(patientId)]);
      setCopy(stored);
      setOutbox(entries);
      setStorageProblem(null);
    } catch (error) {
      setStorageProblem(storageFailureReason(error));
    }
    setReady(true);
  }, [patientId]);

  const refresh = useCallback(async () => {
    const askedUnder = confirmed.current;
    try {
      // GET /api/me/diary answers for whoever is signed in: asked only under a session the
      // server confirmed to be this patient's, and dropped if the sign-in changed meanwhile.
      if (askedUnder === null) throw new ApiError("network_unreachable", "Who is signed in is not confirmed yet.", 0);
      if (await heldForOwner(patientId, askedUnder)) throw new ApiError("account_mismatch", "This browser is signed in as someone else.", 409);
      const diary = await api("myDiary");
      if (confirmed.current !== askedUnder) return;
      // The answer names whose diary it is: another person's is never stored as this patient's.
      if (diary.patientId !== patientId) throw new ApiError("account_mismatch", "This browser is signed in as someone else.", 409);
      const at = new Date();
      await writeServerCopy(patientId, diary, at);
      setServerToday(diary.today);
      setServer({ phase: "fresh", at });
    } catch (error) {
      const stored = await readServerCopy(patientId).catch(() => null);
      const at = stored?.meta ? new Date(stored.meta.fetchedAt) : null;
      setServer({ phase: "stored", at, error: toApiError(error) });
    }
    await readLocal();
  }, [patientId, readLocal]);

  useEffect(() => {
    void readLocal();
    return onDiaryStoreChanged(() => void readLocal());
  }, [readLocal]);

  useEffect(() => startDiarySync(patientId, sessionConfirmedAt), [patientId, sessionConfirmedAt]);

  // On opening, on every change of connection and of the confirmed session: ask the server for
  // its diary (offline, this records why the stored copy is shown). The sync loop sends by itself.
  useEffect(() => {
    void refresh();
  }, [online, refresh, sessionConfirmedAt]);

  const save = useCallback(
    async (date: string, answers: DiaryAnswers): Promise<SaveResult> => {
      const result = await saveOnPhone(idbOutboxStore, patientId, date, answers, { id: uuidv7(), recordedAt: new Date() });
      if (!result.ok) return result;
      diaryStoreChanged();
      void askPersistentStorage();
      requestDiarySync();
      return result;
    },
    [patientId],
  );

  const sendNow = useCallback(() => requestDiarySync({ force: true }), []);

  const today = server.phase === "fresh" && serverToday ? serverToday : todayIn(timeZone, new Date());
  const days = useMemo(() => mergeDays(copy.days, outbox), [copy.days, outbox]);
  return { ready, storageProblem, today, days, outbox, server, online, save, refresh, sendNow };
}
