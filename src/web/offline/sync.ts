/**
 * One sync round of the outbox: sends each revision by its own id so a repeat is harmless
 * (POST /api/me/diary is idempotent by id, ADR 0006), with its patient's id so another patient's
 * session is refused (`account_mismatch`). The store and the send function are parameters: the
 * phone passes IndexedDB and the API, the tests an in-memory store and a fake server.
 */
import type { DiaryDayView, MyDiaryRevisionBody } from "#contracts/api/diary.ts";
import { toApiError } from "#web/app/api-error.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import type { OutboxStore } from "./outbox-store.ts";
import { sendOutcome } from "./send-outcome.ts";
import { entriesToPrune, planSync, type SyncConditions, type SyncPlan } from "./sync-plan.ts";

export type SendRevision = (body: MyDiaryRevisionBody) => Promise<DiaryDayView>;

export interface SyncDeps {
  readonly store: OutboxStore;
  readonly send: SendRevision;
  readonly now: () => Date;
  /** Told after each change to the store (the diary page re-reads it). */
  readonly changed?: () => void;
}

export interface SyncReport {
  readonly plan: SyncPlan;
  readonly sent: number;
  readonly waiting: number;
  readonly needsAttention: number;
  /**
   * The server acknowledged a revision but this phone could not record it (IndexedDB failed).
   * The entry stays unsent here: the next round sends it again (idempotent) and records it.
   */
  readonly localWriteFailed: boolean;
}

/** The body of POST /api/me/diary for an entry: the revision and whose diary it is. */
export function revisionBody(entry: OutboxEntry): MyDiaryRevisionBody {
  return { ...entry.payload, patientId: entry.patientId };
}

async function recordSentWithRetry(store: OutboxStore, entry: OutboxEntry, day: DiaryDayView, sentAt: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await store.recordSent(entry.id, entry.patientId, day, sentAt);
      return true;
    } catch {
      // Tried once more; then left to the next round, which resends (idempotent by id).
    }
  }
  return false;
}

/** Sends what the plan allows, oldest save first; stops at the first failure that would repeat. */
export async function syncOutbox(patientId: string, deps: SyncDeps, conditions: Omit<SyncConditions, "now">): Promise<SyncReport> {
  const { store, send, now, changed = () => undefined } = deps;
  const plan = planSync(await store.list(patientId), { ...conditions, now: now() });
  let sent = 0;
  let localWriteFailed = false;
  if (plan.kind === "send") {
    for (const entry of plan.entries) {
      let day: DiaryDayView;
      try {
        day = await send(revisionBody(entry));
      } catch (error) {
        const outcome = sendOutcome(toApiError(error), entry, now());
        await store.recordFailure(entry.id, outcome.change);
        changed();
        if (outcome.stopSending) break;
        continue;
      }
      // The server has it now, whatever happens to this phone's copy below.
      if (!(await recordSentWithRetry(store, entry, day, now().toISOString()))) {
        localWriteFailed = true;
        break;
      }
      sent += 1;
      changed();
    }
  }
  const after = await store.list(patientId);
  const prune = entriesToPrune(after, now());
  if (prune.length > 0) {
    await store.remove(prune);
    changed();
  }
  const kept = after.filter((entry) => !prune.includes(entry.id));
  return {
    plan,
    sent,
    waiting: kept.filter((entry) => entry.state === "pending").length,
    needsAttention: kept.filter((entry) => entry.state === "needs-attention").length,
    localWriteFailed,
  };
}
