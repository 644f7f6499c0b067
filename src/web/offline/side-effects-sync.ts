/**
 * One sending round of the side-effects outbox: each report and each check-in answer is sent by
 * its own id, so a repeat is harmless (both routes are idempotent by id), with its patient's id,
 * so another patient's session is refused (`account_mismatch`). The rules of which entries go and
 * when are the diary's (`planSync`); what a failure means is the diary's too (`sendOutcome`).
 * The store and the sender are parameters: the phone passes IndexedDB and the API, the tests an
 * in-memory store and a fake server.
 */
import type { z } from "zod";
import type { myCheckInBodySchema, mySideEffectReportBodySchema, SideEffectReceipt } from "#contracts/api/side-effects.ts";
import { toApiError } from "#web/app/api-error.ts";
import { sendOutcome } from "./send-outcome.ts";
import type { CheckInEntry, ReportEntry, SideEffectsEntry } from "./side-effects-outbox-entry.ts";
import type { SideEffectsOutboxStore } from "./side-effects-outbox-store.ts";
import { planSync, type SyncConditions, type SyncPlan } from "./sync-plan.ts";

export type ReportBody = z.output<typeof mySideEffectReportBodySchema>;
export type CheckInBody = z.output<typeof myCheckInBodySchema>;

export interface SideEffectsSender {
  report(body: ReportBody): Promise<SideEffectReceipt>;
  checkIn(body: CheckInBody): Promise<unknown>;
}

export interface SideEffectsSyncDeps {
  readonly store: SideEffectsOutboxStore;
  readonly send: SideEffectsSender;
  readonly now: () => Date;
  /** Told after each change to the store (the pages re-read it). */
  readonly changed?: () => void;
}

export interface SideEffectsSyncReport {
  readonly plan: SyncPlan<SideEffectsEntry>;
  readonly sent: number;
  readonly waiting: number;
  readonly needsAttention: number;
  /** The server acknowledged one but this phone could not record it: sent again next round (idempotent). */
  readonly localWriteFailed: boolean;
}

/** The body of POST /api/me/side-effects for a report entry. */
export function reportBody(entry: ReportEntry): ReportBody {
  return { ...entry.payload, patientId: entry.patientId };
}

/** The body of POST /api/me/side-effects/check-ins for a check-in entry. */
export function checkInBody(entry: CheckInEntry): CheckInBody {
  return { ...entry.payload, patientId: entry.patientId };
}

/**
 * The entries the phone no longer needs: those acknowledged more than `keepDays` ago (the
 * server's list has the reports). Never one that is unsent or was refused: the person must see it.
 * @example sideEffectsEntriesToPrune([sentLongAgo, pending], now).length // 1
 */
export function sideEffectsEntriesToPrune(entries: readonly SideEffectsEntry[], now: Date, keepDays = 30): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  return entries.filter((entry) => entry.state === "sent" && entry.sentAt !== null && Date.parse(entry.sentAt) < cutoff).map((entry) => entry.id);
}

async function sendOne(send: SideEffectsSender, entry: SideEffectsEntry): Promise<SideEffectReceipt | null> {
  if (entry.kind === "report") return send.report(reportBody(entry));
  await send.checkIn(checkInBody(entry));
  return null;
}

async function recordSentWithRetry(store: SideEffectsOutboxStore, entry: SideEffectsEntry, receipt: SideEffectReceipt | null, sentAt: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await store.recordSent(entry.id, receipt, sentAt);
      return true;
    } catch {
      // Tried once more; then left to the next round, which resends (idempotent by id).
    }
  }
  return false;
}

/** Sends what the plan allows, oldest first; stops at the first failure that would repeat. */
export async function syncSideEffects(patientId: string, deps: SideEffectsSyncDeps, conditions: Omit<SyncConditions, "now">): Promise<SideEffectsSyncReport> {
  const { store, send, now, changed = () => undefined } = deps;
  const plan = planSync(await store.list(patientId), { ...conditions, now: now() });
  let sent = 0;
  let localWriteFailed = false;
  if (plan.kind === "send") {
    for (const entry of plan.entries) {
      let receipt: SideEffectReceipt | null;
      try {
        receipt = await sendOne(send, entry);
      } catch (error) {
        const outcome = sendOutcome(toApiError(error), entry, now());
        await store.recordFailure(entry.id, outcome.change);
        changed();
        if (outcome.stopSending) break;
        continue;
      }
      if (!(await recordSentWithRetry(store, entry, receipt, now().toISOString()))) {
        localWriteFailed = true;
        break;
      }
      sent += 1;
      changed();
    }
  }
  const after = await store.list(patientId);
  const prune = sideEffectsEntriesToPrune(after, now());
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
