/**
 * The clinic's outbox for its administrators (issue 8, "delivery is visible"): how many rows wait,
 * were sent or were given up, by channel, and the newest email and push rows with their attempts
 * and last error's code. Never a recipient, a subject or a body: the state of delivery, not what
 * was said to whom.
 */
import { sql } from "kysely";
import { OUTBOX_LIST_SIZE, type OutboxRow, type OutboxState } from "#contracts/api/notifications.ts";
import type { NotificationRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";

type State = OutboxRow["state"];

function stateOf(row: Pick<NotificationRow, "sent_at" | "failed_at">): State {
  if (row.sent_at !== null) return "sent";
  return row.failed_at !== null ? "failed" : "queued";
}

export async function clinicOutboxState(deps: Pick<ServiceDeps, "db">, clinicId: string): Promise<OutboxState> {
  const state = sql<State>`CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN failed_at IS NOT NULL THEN 'failed' ELSE 'queued' END`;
  const counts = await deps.db
    .selectFrom("notifications")
    .select(["channel", state.as("state"), (eb) => eb.fn.countAll<string | number>().as("count")])
    .where("for_clinic_id", "=", clinicId)
    .groupBy(["channel", state])
    .orderBy("channel")
    .orderBy(state)
    .execute();
  const recent = await deps.db
    .selectFrom("notifications")
    .select(["id", "channel", "kind", "attempts", "last_error", "created_at", "sent_at", "failed_at", "next_attempt_at"])
    .where("for_clinic_id", "=", clinicId)
    .where("channel", "<>", "in-app")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(OUTBOX_LIST_SIZE)
    .execute();
  return {
    counts: counts.map((row) => ({ channel: row.channel, state: row.state, count: Number(row.count) })),
    recent: recent.map((row) => ({
      id: row.id,
      channel: row.channel,
      kind: row.kind,
      state: stateOf(row),
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      failedAt: row.failed_at,
      nextAttemptAt: row.next_attempt_at,
    })),
  };
}
