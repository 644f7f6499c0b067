/**
 * The questionnaires this phone has filled in and not yet had acknowledged (issue 8): each kept
 * under the id made on the phone until the server has it, through reloads, closed tabs and a bad
 * connection, like the diary's outbox (src/web/offline/outbox-entry.ts), whose states, problems
 * and sending rules it shares. The store is an interface: IndexedDB on the phone
 * (questionnaire-db.ts), memory in the tests.
 */
import type { z } from "zod";
import type { myQuestionnaireBodySchema, MyQuestionnaires, ScoredQuestionnaireView } from "#contracts/api/questionnaires.ts";
import type { FailedAttempt, OutboxEntryBase } from "#web/offline/outbox-entry.ts";

/** The answers as checked against the contract on saving, without the patient, and when they were saved. */
export type QuestionnairePayload = Omit<z.output<typeof myQuestionnaireBodySchema>, "patientId" | "id"> & { readonly recordedAt: string };

/** A filled-in questionnaire waiting on the phone (its id is the questionnaire's). */
export interface QuestionnaireEntry extends OutboxEntryBase {
  readonly payload: QuestionnairePayload;
  /** The server's score once it has it. */
  readonly result: ScoredQuestionnaireView | null;
}

/** The server's last answer, kept so Today and the form open offline. */
export interface CachedQuestionnaires {
  readonly patientId: string;
  readonly answer: MyQuestionnaires;
  readonly fetchedAt: string;
}

export interface QuestionnaireStore {
  add(entry: QuestionnaireEntry): Promise<void>;
  list(patientId: string): Promise<QuestionnaireEntry[]>;
  /** Records an acknowledged send with the server's score. */
  recordSent(entryId: string, result: ScoredQuestionnaireView, sentAt: string): Promise<void>;
  recordFailure(entryId: string, change: FailedAttempt): Promise<void>;
  remove(entryIds: readonly string[]): Promise<void>;
  cached(patientId: string): Promise<CachedQuestionnaires | undefined>;
  keep(copy: CachedQuestionnaires): Promise<void>;
  /** The due HIT-6s the patient said they have no paper form for (keys of `skipKey`). */
  skipped(patientId: string): Promise<string[]>;
  skip(patientId: string, key: string): Promise<void>;
}

/**
 * The key of one due HIT-6 the patient skipped: the instrument and the visit (or the baseline),
 * so the next visit asks again.
 * @example skipKey("HIT-6", "2026-03-12") // "HIT-6|2026-03-12"
 */
export function skipKey(instrument: string, visitDate: string | null): string {
  return `${instrument}|${visitDate ?? "baseline"}`;
}

/** Applies one acknowledged send. */
export function sentEntry(entry: QuestionnaireEntry, result: ScoredQuestionnaireView, sentAt: string): QuestionnaireEntry {
  return { ...entry, state: "sent", problem: null, sentAt, result, attempts: entry.attempts + 1, failures: 0, retryAt: null };
}

/** Applies one unacknowledged send. */
export function failedEntry(entry: QuestionnaireEntry, change: FailedAttempt): QuestionnaireEntry {
  return { ...entry, ...change, attempts: entry.attempts + 1 };
}

/** A store in memory, for tests: the same contract as the IndexedDB one. */
export function memoryQuestionnaireStore(initial: readonly QuestionnaireEntry[] = []): QuestionnaireStore {
  const entries = new Map(initial.map((entry) => [entry.id, entry]));
  const copies = new Map<string, CachedQuestionnaires>();
  const skips = new Map<string, Set<string>>();
  return {
    async add(entry) {
      entries.set(entry.id, entry);
    },
    async list(patientId) {
      return [...entries.values()].filter((entry) => entry.patientId === patientId);
    },
    async recordSent(entryId, result, sentAt) {
      const entry = entries.get(entryId);
      if (entry) entries.set(entryId, sentEntry(entry, result, sentAt));
    },
    async recordFailure(entryId, change) {
      const entry = entries.get(entryId);
      if (entry) entries.set(entryId, failedEntry(entry, change));
    },
    async remove(entryIds) {
      for (const id of entryIds) entries.delete(id);
    },
    async cached(patientId) {
      return copies.get(patientId);
    },
    async keep(copy) {
      copies.set(copy.patientId, copy);
    },
    async skipped(patientId) {
      return [...(skips.get(patientId) ?? [])];
    },
    async skip(patientId, key) {
      skips.set(patientId, new Set([...(skips.get(patientId) ?? []), key]));
    },
  };
}
