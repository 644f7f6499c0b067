/**
 * Where the side-effects outbox is kept, as the sending logic sees it: an interface, so the rules
 * are tested against `memorySideEffectsStore` and run against IndexedDB on the phone
 * (idb-side-effects-store.ts).
 */
import type { SideEffectReceipt } from "#contracts/api/side-effects.ts";
import type { FailedAttempt } from "./outbox-entry.ts";
import type { SideEffectsEntry } from "./side-effects-outbox-entry.ts";

export interface SideEffectsOutboxStore {
  add(entry: SideEffectsEntry): Promise<void>;
  list(patientId: string): Promise<SideEffectsEntry[]>;
  /** Records an acknowledged send, with the server's receipt for a report (null for a check-in answer). */
  recordSent(entryId: string, receipt: SideEffectReceipt | null, sentAt: string): Promise<void>;
  recordFailure(entryId: string, change: FailedAttempt): Promise<void>;
  /** The person closed a red report's emergency screen. */
  closeEmergency(entryId: string, at: string): Promise<void>;
  remove(entryIds: readonly string[]): Promise<void>;
}

/** Applies one acknowledged send to an entry. */
export function sentSideEffectsEntry(entry: SideEffectsEntry, receipt: SideEffectReceipt | null, sentAt: string): SideEffectsEntry {
  const sent = { ...entry, state: "sent" as const, problem: null, sentAt, attempts: entry.attempts + 1, failures: 0, retryAt: null };
  return sent.kind === "report" ? { ...sent, receipt: receipt ?? sent.receipt } : sent;
}

/** Applies one unacknowledged send to an entry. */
export function failedSideEffectsEntry(entry: SideEffectsEntry, change: FailedAttempt): SideEffectsEntry {
  return { ...entry, ...change, attempts: entry.attempts + 1 };
}

/** Marks a red report's emergency screen closed (the first close is kept). */
export function closedEmergencyEntry(entry: SideEffectsEntry, at: string): SideEffectsEntry {
  return entry.kind === "report" && entry.emergencyClosedAt === null ? { ...entry, emergencyClosedAt: at } : entry;
}

/** A side-effects outbox in memory, for tests: the same contract as the IndexedDB one. */
export function memorySideEffectsStore(initial: readonly SideEffectsEntry[] = []): SideEffectsOutboxStore {
  const entries = new Map<string, SideEffectsEntry>(initial.map((entry) => [entry.id, entry]));
  const update = (id: string, change: (entry: SideEffectsEntry) => SideEffectsEntry) => {
    const entry = entries.get(id);
    if (entry) entries.set(id, change(entry));
  };
  return {
    async add(entry) {
      entries.set(entry.id, entry);
    },
    async list(patientId) {
      return [...entries.values()].filter((entry) => entry.patientId === patientId);
    },
    async recordSent(entryId, receipt, sentAt) {
      update(entryId, (entry) => sentSideEffectsEntry(entry, receipt, sentAt));
    },
    async recordFailure(entryId, change) {
      update(entryId, (entry) => failedSideEffectsEntry(entry, change));
    },
    async closeEmergency(entryId, at) {
      update(entryId, (entry) => closedEmergencyEntry(entry, at));
    },
    async remove(entryIds) {
      for (const id of entryIds) entries.delete(id);
    },
  };
}
