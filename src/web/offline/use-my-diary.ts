/**
 * The patient's diary for the diary page: this phone's store merged with the server's days,
 * with the patient's today, whether the server copy is fresh (use-server-copy.ts), and `save`,
 * which writes to the phone first and then asks the sync loop to send.
 */
import { useCallback, useEffect, useMemo } from "react";
import { v7 as uuidv7 } from "uuid";
import type { MyDiary } from "#contracts/api/diary.ts";
import type { DiaryAnswers } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { idbOutboxStore } from "./idb-outbox-store.ts";
import { todayIn } from "./local-today.ts";
import { mergeDays, type LocalDay } from "./merge-days.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import { askPersistentStorage } from "./persist-storage.ts";
import { saveOnPhone, type SaveResult } from "./save-on-phone.ts";
import { readServerCopy, writeServerCopy, type ServerCopy } from "./server-copy.ts";
import { diaryStoreChanged, onDiaryStoreChanged } from "./store-events.ts";
import { requestDiarySync, startDiarySync } from "./sync-loop.ts";
import { useServerCopy, type ServerCopySource, type ServerFreshness } from "./use-server-copy.ts";

export type { ServerFreshness } from "./use-server-copy.ts";

export interface MyDiaryView {
  /** False until this phone's store has been read (or has failed to open). */
  readonly ready: boolean;
  /** Why this phone's store cannot be read, if it cannot (private window, storage blocked). */
  readonly storageProblem: string | null;
  readonly today: string;
  /** How many days back a missed day may be filled in (the clinic's setting), once the server has said; null before. */
  readonly lateEntryDays: number | null;
  readonly days: ReadonlyMap<string, LocalDay>;
  readonly outbox: readonly OutboxEntry[];
  readonly server: ServerFreshness;
  readonly online: boolean;
  readonly save: (date: string, answers: DiaryAnswers) => Promise<SaveResult>;
  readonly refresh: () => Promise<void>;
  /** Sends what is waiting now, without waiting for the backoff. */
  readonly sendNow: () => void;
}

interface DiaryOnPhone {
  readonly copy: ServerCopy;
  readonly outbox: readonly OutboxEntry[];
}

const diarySource: ServerCopySource<DiaryOnPhone, MyDiary> = {
  readLocal: async (patientId) => {
    const [copy, outbox] = await Promise.all([readServerCopy(patientId), idbOutboxStore.list(patientId)]);
    return { copy, outbox };
  },
  storedAt: (local) => (local.copy.meta ? new Date(local.copy.meta.fetchedAt) : null),
  outbox: (patientId) => idbOutboxStore.list(patientId),
  fetch: () => api("myDiary"),
  // The answer names whose diary it is: another person's is never stored as this patient's.
  ownerOf: (diary) => diary.patientId,
  store: writeServerCopy,
  subscribe: onDiaryStoreChanged,
};

const NOTHING: DiaryOnPhone = { copy: { meta: null, days: [] }, outbox: [] };

/**
 * `sessionConfirmedAt`: when the server last confirmed the session is this patient's (session.tsx);
 * null while unknown, and then the server's diary is not asked for and nothing is sent.
 */
export function useMyDiary(patientId: string, timeZone: string, sessionConfirmedAt: number | null): MyDiaryView {
  const { ready, storageProblem, local, fresh, server, online, refresh } = useServerCopy(diarySource, patientId, sessionConfirmedAt);
  const { copy, outbox } = local ?? NOTHING;

  useEffect(() => startDiarySync(patientId, sessionConfirmedAt), [patientId, sessionConfirmedAt]);

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

  const today = server.phase === "fresh" && fresh ? fresh.answer.today : todayIn(timeZone, new Date());
  const days = useMemo(() => mergeDays(copy.days, outbox), [copy.days, outbox]);
  const lateEntryDays = fresh?.answer.lateEntryDays ?? null;
  return { ready, storageProblem, today, lateEntryDays, days, outbox, server, online, save, refresh, sendNow };
}
