/**
 * One sync round of the outbox: sends each revision by its own id so a repeat is harmless
 * (POST /api/me/diary is idempotent by id, ADR 0006), with its patient's id so another patient's
 * session is refused (`account_mismatch`). The store and the send function are parameters: the
 * phone passes IndexedDB and the API, the tests an in-memory store and a fake server.
 */
import type { DiaryDayView, MyDiaryRevisionBody } from "#contracts/api/diary.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import { sendOutboxRound, type OutboxRoundReport } from "./outbox-round.ts";
import type { OutboxStore } from "./outbox-store.ts";
import { entriesToPrune, type SyncConditions } from "./sync-plan.ts";

export type SendRevision = (body: MyDiaryRevisionBody) => Promise<DiaryDayView>;

export interface SyncDeps {
  readonly store: OutboxStore;
  readonly send: SendRevision;
  readonly now: () => Date;
  /** Told after each change to the store (the diary page re-reads it). */
  readonly changed?: () => void;
}

export type SyncReport = OutboxRoundReport<OutboxEntry>;

/** The body of POST /api/me/diary for an entry: the revision and whose diary it is. */
export function revisionBody(entry: OutboxEntry): MyDiaryRevisionBody {
  return { ...entry.payload, patientId: entry.patientId };
}

/** Sends what the plan allows, oldest save first; stops at the first failure that would repeat. */
export async function syncOutbox(patientId: string, deps: SyncDeps, conditions: Omit<SyncConditions, "now">): Promise<SyncReport> {
  const { store, send } = deps;
  return sendOutboxRound<OutboxEntry, DiaryDayView>(
    patientId,
    {
      list: (id) => store.list(id),
      send: (entry) => send(revisionBody(entry)),
      recordSent: (entry, day, sentAt) => store.recordSent(entry.id, entry.patientId, day, sentAt),
      recordFailure: (entryId, change) => store.recordFailure(entryId, change),
      remove: (entryIds) => store.remove(entryIds),
      toPrune: entriesToPrune,
      now: deps.now,
      changed: deps.changed,
    },
    conditions,
  );
}
