/**
 * The patient's diary for the diary page: this phone's store merged with the server's days,
 * with the patient's today, whether the server copy is fresh, and `save`, which writes to the
 * phone first and then asks the sync loop to send.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { v7 as uuidv7 } from "uuid";
import { diaryRevisionBodySchema } from "#contracts/api/diary.ts";
import type { DiaryAnswers } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { toApiError, type ApiError } from "#web/app/api-error.ts";
import { validate, type Validated } from "#web/app/validate.ts";
import { todayIn } from "./local-today.ts";
import { mergeDays, type LocalDay } from "./merge-days.ts";
import { listOutbox, queueRevision } from "./outbox.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import { readServerCopy, writeServerCopy, type ServerCopy } from "./server-copy.ts";
import { onDiaryStoreChanged } from "./store-events.ts";
import { requestDiarySync, startDiarySync } from "./sync-loop.ts";

/** How current the server's part of the diary is. */
export type ServerFreshness =
  | { readonly phase: "loading" }
  | { readonly phase: "fresh"; readonly at: Date }
  | { readonly phase: "stored"; readonly at: Date | null; readonly error: ApiError };

export interface MyDiaryView {
  /** False until this phone's store has been read. */
  readonly ready: boolean;
  readonly today: string;
  readonly days: ReadonlyMap<string, LocalDay>;
  readonly outbox: readonly OutboxEntry[];
  readonly server: ServerFreshness;
  readonly online: boolean;
  readonly save: (date: string, answers: DiaryAnswers) => Promise<Validated<OutboxEntry>>;
  readonly refresh: () => Promise<void>;
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

export function useMyDiary(patientId: string, timeZone: string): MyDiaryView {
  const online = useOnline();
  const [copy, setCopy] = useState<ServerCopy>({ meta: null, days: [] });
  const [outbox, setOutbox] = useState<readonly OutboxEntry[]>([]);
  const [ready, setReady] = useState(false);
  const [server, setServer] = useState<ServerFreshness>({ phase: "loading" });
  const [serverToday, setServerToday] = useState<string | null>(null);

  const readLocal = useCallback(async () => {
    const [stored, entries] = await Promise.all([readServerCopy(patientId), listOutbox(patientId)]);
    setCopy(stored);
    setOutbox(entries);
    setReady(true);
  }, [patientId]);

  const refresh = useCallback(async () => {
    try {
      const diary = await api("myDiary");
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
    const stopListening = onDiaryStoreChanged(() => void readLocal());
    const stopSync = startDiarySync(patientId);
    return () => {
      stopListening();
      stopSync();
    };
  }, [patientId, readLocal]);

  // On opening and on every change of connection: ask the server for its diary (offline, this
  // records why the stored copy is shown). The sync loop sends the outbox by itself.
  useEffect(() => {
    void refresh();
  }, [online, refresh]);

  const save = useCallback(
    async (date: string, answers: DiaryAnswers): Promise<Validated<OutboxEntry>> => {
      const checked = validate(diaryRevisionBodySchema, { id: uuidv7(), date, recordedAt: new Date().toISOString(), ...answers });
      if (!checked.ok) return checked;
      const entry = await queueRevision(patientId, checked.value);
      await readLocal();
      requestDiarySync();
      return { ok: true, value: entry };
    },
    [patientId, readLocal],
  );

  const today = server.phase === "fresh" && serverToday ? serverToday : todayIn(timeZone, new Date());
  const days = useMemo(() => mergeDays(copy.days, outbox), [copy.days, outbox]);
  return { ready, today, days, outbox, server, online, save, refresh };
}
