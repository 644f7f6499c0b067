/**
 * Sends the outbox, oldest save first, each revision by its own id so a repeat is harmless
 * (POST /api/me/diary is idempotent by id, ADR 0006). Stops at the first failure that would
 * repeat for the rest (offline, signed out).
 */
import type { DiaryDayView } from "#contracts/api/diary.ts";
import { toApiError } from "#web/app/api-error.ts";
import { listOutbox, pruneOutbox, updateOutboxEntry } from "./outbox.ts";
import type { DiaryRevisionPayload, OutboxEntry } from "./outbox-entry.ts";
import { sendOutcome } from "./send-outcome.ts";
import { writeServerDay } from "./server-copy.ts";
import { diaryStoreChanged } from "./store-events.ts";

export type SendRevision = (payload: DiaryRevisionPayload) => Promise<DiaryDayView>;

export interface SyncReport {
  readonly sent: number;
  readonly waiting: number;
  readonly needsAttention: number;
}

/** Which entries a sync tries: everything not yet sent except answers the server refused. */
export function entriesToSend(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries
    .filter((entry) => entry.state === "pending" || (entry.state === "needs-attention" && entry.problem?.kind === "sign-in"))
    .sort((a, b) => Date.parse(a.payload.recordedAt) - Date.parse(b.payload.recordedAt) || a.id.localeCompare(b.id));
}

export async function syncOutbox(patientId: string, send: SendRevision, now: () => Date = () => new Date()): Promise<SyncReport> {
  let sent = 0;
  for (const entry of entriesToSend(await listOutbox(patientId))) {
    try {
      const day = await send(entry.payload);
      await writeServerDay(patientId, day);
      await updateOutboxEntry(entry.id, { state: "sent", problem: null, sentAt: now().toISOString() });
      sent += 1;
    } catch (error) {
      const outcome = sendOutcome(toApiError(error));
      await updateOutboxEntry(entry.id, { state: outcome.state, problem: outcome.problem });
      diaryStoreChanged();
      if (outcome.stopSending) break;
    }
    diaryStoreChanged();
  }
  await pruneOutbox(patientId, now());
  const after = await listOutbox(patientId);
  return {
    sent,
    waiting: after.filter((entry) => entry.state === "pending").length,
    needsAttention: after.filter((entry) => entry.state === "needs-attention").length,
  };
}
