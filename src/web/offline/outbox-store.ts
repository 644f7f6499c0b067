/**
 * Where the outbox and the server's acknowledged days are kept, as the sync logic sees it: an
 * interface, so the sending rules are tested against `memoryOutboxStore` and run against
 * IndexedDB (`idbOutboxStore`, idb-outbox-store.ts) on the phone.
 */
import type { DiaryDayView } from "#contracts/api/diary.ts";
import { compareRevisions } from "#domain/shared/revision-order.ts";
import type { FailedAttempt, OutboxEntry } from "./outbox-entry.ts";

export interface OutboxStore {
  /** Adds a revision saved on this phone. */
  add(entry: OutboxEntry): Promise<void>;
  list(patientId: string): Promise<OutboxEntry[]>;
  /** Records an acknowledged send: the entry is sent and the server's day is kept, together. */
  recordSent(entryId: string, patientId: string, day: DiaryDayView, sentAt: string): Promise<void>;
  /** Records a send that was not acknowledged. */
  recordFailure(entryId: string, change: FailedAttempt): Promise<void>;
  remove(entryIds: readonly string[]): Promise<void>;
}

const stampOf = (day: DiaryDayView) => ({ recordedAt: day.recordedAt, id: day.revisionId });

/**
 * The day to keep when the server answers with `incoming`: a newer revision already known wins,
 * by the one ordering rule the server applies too (`compareRevisions`, ADR 0013).
 * @example laterDay(dayAt("…T10:00Z"), dayAt("…T09:00Z")).recordedAt // "…T10:00Z"
 */
export function laterDay(known: DiaryDayView | undefined, incoming: DiaryDayView): DiaryDayView {
  if (known && compareRevisions(stampOf(known), stampOf(incoming)) > 0) return known;
  return incoming;
}

/** Applies one acknowledged send to an entry. */
export function sentEntry(entry: OutboxEntry, sentAt: string): OutboxEntry {
  return { ...entry, state: "sent", problem: null, sentAt, attempts: entry.attempts + 1, failures: 0, retryAt: null };
}

/** Applies one unacknowledged send to an entry. */
export function failedEntry(entry: OutboxEntry, change: FailedAttempt): OutboxEntry {
  return { ...entry, ...change, attempts: entry.attempts + 1 };
}

export interface MemoryOutboxStore extends OutboxStore {
  /** The server days kept so far, by patient and date. */
  readonly serverDays: Map<string, DiaryDayView>;
}

/** An outbox in memory, for tests: the same contract as the IndexedDB one. */
export function memoryOutboxStore(initial: readonly OutboxEntry[] = []): MemoryOutboxStore {
  const entries = new Map<string, OutboxEntry>(initial.map((entry) => [entry.id, entry]));
  const serverDays = new Map<string, DiaryDayView>();
  return {
    serverDays,
    async add(entry) {
      entries.set(entry.id, entry);
    },
    async list(patientId) {
      return [...entries.values()].filter((entry) => entry.patientId === patientId);
    },
    async recordSent(entryId, patientId, day, sentAt) {
      const key = `${patientId}/${day.date}`;
      serverDays.set(key, laterDay(serverDays.get(key), day));
      const entry = entries.get(entryId);
      if (entry) entries.set(entryId, sentEntry(entry, sentAt));
    },
    async recordFailure(entryId, change) {
      const entry = entries.get(entryId);
      if (entry) entries.set(entryId, failedEntry(entry, change));
    },
    async remove(entryIds) {
      for (const id of entryIds) entries.delete(id);
    },
  };
}
