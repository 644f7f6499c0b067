/**
 * One sending round of any of the phone's outboxes (diary days, side-effect reports and check-in
 * answers, questionnaires): what goes and when is `planSync`, what a failure means is
 * `sendOutcome`, and every entry is sent by its own id, so a repeat is harmless (each route is
 * idempotent by id, ADR 0006). Each outbox supplies only how to send one entry and how its store
 * records the answer; the tests pass memory stores and fake servers.
 */
import { toApiError } from "#web/app/api-error.ts";
import type { FailedAttempt, OutboxState } from "./outbox-entry.ts";
import { sendOutcome } from "./send-outcome.ts";
import { planSync, type PlannedEntry, type SyncConditions, type SyncPlan } from "./sync-plan.ts";

/** What every outbox entry carries for a round. */
export type RoundEntry = PlannedEntry & { readonly state: OutboxState; readonly sentAt: string | null; readonly failures?: number | undefined };

export interface OutboxRoundPort<E extends RoundEntry, R> {
  list(patientId: string): Promise<readonly E[]>;
  /** Sends one entry; throws what the API throws. */
  send(entry: E): Promise<R>;
  /** Records the server's acknowledgement (and its answer) on the phone. */
  recordSent(entry: E, answer: R, sentAt: string): Promise<void>;
  recordFailure(entryId: string, change: FailedAttempt): Promise<void>;
  remove(entryIds: readonly string[]): Promise<void>;
  /** The entries the phone no longer needs after this round. */
  toPrune(entries: readonly E[], now: Date): string[];
  readonly now: () => Date;
  /** Told after each change to the store (the screens re-read it). */
  readonly changed?: (() => void) | undefined;
  /** The words shown when another person has signed in on this browser (whose entry it is differs by outbox). */
  readonly otherAccountMessage?: string | undefined;
}

export interface OutboxRoundReport<E extends RoundEntry> {
  readonly plan: SyncPlan<E>;
  readonly sent: number;
  readonly waiting: number;
  readonly needsAttention: number;
  /**
   * The server acknowledged an entry but this phone could not record it (IndexedDB failed). The
   * entry stays unsent here: the next round sends it again (idempotent) and records it.
   */
  readonly localWriteFailed: boolean;
}

/**
 * The entries acknowledged more than `keepDays` ago (the server's lists have them). Never one
 * unsent or refused: the person must see it.
 * @example sentLongAgo([sentLongAgoEntry, pendingEntry], now).length // 1
 */
export function sentLongAgo(entries: readonly RoundEntry[], now: Date, keepDays = 30): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  return entries.filter((entry) => entry.state === "sent" && entry.sentAt !== null && Date.parse(entry.sentAt) < cutoff).map((entry) => entry.id);
}

async function recordSentWithRetry<E extends RoundEntry, R>(port: OutboxRoundPort<E, R>, entry: E, answer: R, sentAt: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await port.recordSent(entry, answer, sentAt);
      return true;
    } catch {
      // Tried once more; then left to the next round, which resends (idempotent by id).
    }
  }
  return false;
}

function failureChange(change: FailedAttempt, otherAccountMessage: string | undefined): FailedAttempt {
  if (otherAccountMessage === undefined || change.problem.kind !== "other-account") return change;
  return { ...change, problem: { ...change.problem, message: otherAccountMessage } };
}

/** Sends what the plan allows, oldest first; stops at the first failure that would repeat. */
export async function sendOutboxRound<E extends RoundEntry, R>(patientId: string, port: OutboxRoundPort<E, R>, conditions: Omit<SyncConditions, "now">): Promise<OutboxRoundReport<E>> {
  const { now, changed = () => undefined } = port;
  const plan = planSync(await port.list(patientId), { ...conditions, now: now() });
  let sent = 0;
  let localWriteFailed = false;
  if (plan.kind === "send") {
    for (const entry of plan.entries) {
      let answer: R;
      try {
        answer = await port.send(entry);
      } catch (error) {
        const outcome = sendOutcome(toApiError(error), entry, now());
        await port.recordFailure(entry.id, failureChange(outcome.change, port.otherAccountMessage));
        changed();
        if (outcome.stopSending) break;
        continue;
      }
      // The server has it now, whatever happens to this phone's copy below.
      if (!(await recordSentWithRetry(port, entry, answer, now().toISOString()))) {
        localWriteFailed = true;
        break;
      }
      sent += 1;
      changed();
    }
  }
  const after = await port.list(patientId);
  const prune = port.toPrune(after, now());
  if (prune.length > 0) {
    await port.remove(prune);
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
