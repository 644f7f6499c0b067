/** Reading and updating the outbox of saved diary revisions. */
import { diaryDb } from "./diary-db.ts";
import type { DiaryRevisionPayload, OutboxEntry, OutboxProblem } from "./outbox-entry.ts";
import { diaryStoreChanged } from "./store-events.ts";

/** Saves a revision on this phone, first of all: it is then safe whatever the network does. */
export async function queueRevision(patientId: string, payload: DiaryRevisionPayload): Promise<OutboxEntry> {
  const entry: OutboxEntry = { id: payload.id, patientId, date: payload.date, payload, state: "pending", attempts: 0, problem: null, sentAt: null };
  const db = await diaryDb();
  await db.put("outbox", entry);
  diaryStoreChanged();
  return entry;
}

export async function listOutbox(patientId: string): Promise<OutboxEntry[]> {
  const db = await diaryDb();
  return db.getAllFromIndex("outbox", "byPatient", patientId);
}

/** Records the result of one send attempt. */
export async function updateOutboxEntry(id: string, change: { state: OutboxEntry["state"]; problem: OutboxProblem | null; sentAt?: string }): Promise<void> {
  const db = await diaryDb();
  const entry = await db.get("outbox", id);
  if (!entry) return;
  await db.put("outbox", { ...entry, state: change.state, problem: change.problem, sentAt: change.sentAt ?? entry.sentAt, attempts: entry.attempts + 1 });
}

/**
 * Forgets entries that no longer need the phone: sent ones older than `keepDays`, and refused
 * ones that a later sent revision of the same date replaced.
 */
export async function pruneOutbox(patientId: string, now: Date, keepDays = 30): Promise<void> {
  const entries = await listOutbox(patientId);
  const cutoff = now.getTime() - keepDays * 86_400_000;
  const db = await diaryDb();
  for (const entry of entries) {
    const sentLongAgo = entry.state === "sent" && entry.sentAt !== null && Date.parse(entry.sentAt) < cutoff;
    const replaced =
      entry.state === "needs-attention" &&
      entry.problem?.kind === "refused" &&
      entries.some((other) => other.date === entry.date && other.state === "sent" && other.payload.recordedAt > entry.payload.recordedAt);
    if (sentLongAgo || replaced) await db.delete("outbox", entry.id);
  }
}
