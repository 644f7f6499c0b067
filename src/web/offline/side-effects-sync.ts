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
import { sendOutboxRound, sentLongAgo, type OutboxRoundReport } from "./outbox-round.ts";
import type { CheckInEntry, ReportEntry, SideEffectsEntry } from "./side-effects-outbox-entry.ts";
import type { SideEffectsOutboxStore } from "./side-effects-outbox-store.ts";
import type { SyncConditions } from "./sync-plan.ts";

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

export type SideEffectsSyncReport = OutboxRoundReport<SideEffectsEntry>;

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
export const sideEffectsEntriesToPrune: (entries: readonly SideEffectsEntry[], now: Date, keepDays?: number) => string[] = sentLongAgo;

async function sendOne(send: SideEffectsSender, entry: SideEffectsEntry): Promise<SideEffectReceipt | null> {
  if (entry.kind === "report") return send.report(reportBody(entry));
  await send.checkIn(checkInBody(entry));
  return null;
}

/** Sends what the plan allows, oldest first; stops at the first failure that would repeat. */
export async function syncSideEffects(patientId: string, deps: SideEffectsSyncDeps, conditions: Omit<SyncConditions, "now">): Promise<SideEffectsSyncReport> {
  const { store, send } = deps;
  return sendOutboxRound<SideEffectsEntry, SideEffectReceipt | null>(
    patientId,
    {
      list: (id) => store.list(id),
      send: (entry) => sendOne(send, entry),
      recordSent: (entry, receipt, sentAt) => store.recordSent(entry.id, receipt, sentAt),
      recordFailure: (entryId, change) => store.recordFailure(entryId, change),
      remove: (entryIds) => store.remove(entryIds),
      toPrune: (entries, now) => sideEffectsEntriesToPrune(entries, now),
      now: deps.now,
      changed: deps.changed,
    },
    conditions,
  );
}
