/**
 * The outbox's sms rows as the SMS gateway drains them (ADR 0022). A claim takes the waiting rows
 * that are due and not held by a live lease, oldest first, with FOR UPDATE SKIP LOCKED: two
 * gateway workers claiming at once lock different rows, and a row one has locked is skipped, not
 * waited for; once its claim commits, the row's lease keeps it from the next claims until the lease
 * runs out (an unacknowledged claim is handed out again).
 */
import { sql } from "kysely";
import type { NotificationRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export interface ClaimedSms {
  readonly id: string;
  readonly to: string;
  readonly text: string;
}

/** Claims up to `limit` due sms rows for `claimant`, counting an attempt on each; oldest first. */
export async function claimWaitingSms(db: Executor, claim: { claimant: string; now: string; leaseStartedBefore: string; limit: number }): Promise<ClaimedSms[]> {
  const result = await sql<{ id: string; recipient: string; body: string; next_attempt_at: string | Date }>`
    WITH picked AS (
      SELECT id FROM notifications
      WHERE channel = 'sms' AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${claim.now}
        AND (claimed_at IS NULL OR claimed_at < ${claim.leaseStartedBefore})
      ORDER BY next_attempt_at, id
      LIMIT ${claim.limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE notifications SET claimed_at = ${claim.now}, claimed_by = ${claim.claimant}, attempts = notifications.attempts + 1
    FROM picked WHERE notifications.id = picked.id
    RETURNING notifications.id, notifications.recipient, notifications.body, notifications.next_attempt_at`.execute(db);
  return result.rows
    .map((row) => ({ row, due: new Date(row.next_attempt_at).getTime() }))
    .sort((a, b) => a.due - b.due || (a.row.id < b.row.id ? -1 : 1))
    .map(({ row }) => ({ id: row.id, to: row.recipient, text: row.body }));
}

/**
 * Gives up the sms rows still waiting that were queued before `queuedBefore` (a reminder a day late
 * misleads: "your visit is soon" after it): emptied like any row given up, with the code kept.
 */
export async function expireStaleSms(db: Executor, queuedBefore: string, at: string): Promise<number> {
  const result = await db
    .updateTable("notifications")
    .set({ failed_at: at, last_error: "sms-expired", recipient: "", subject: "", body: "", next_attempt_at: null, claimed_at: null, claimed_by: null })
    .where("channel", "=", "sms")
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .where("created_at", "<", queuedBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** An sms row, locked for the caller's transaction; undefined when no sms row has this id. */
export async function lockSms(tx: Executor, id: string): Promise<NotificationRow | undefined> {
  return tx.selectFrom("notifications").selectAll().where("id", "=", id).where("channel", "=", "sms").forUpdate().executeTakeFirst();
}

/** Sets a failed sms row to be tried again at `nextAttemptAt`, its lease released and its code kept. */
export async function releaseSmsForRetry(tx: Executor, id: string, failure: { code: string; nextAttemptAt: string }): Promise<void> {
  await tx.updateTable("notifications").set({ next_attempt_at: failure.nextAttemptAt, last_error: failure.code, claimed_at: null, claimed_by: null }).where("id", "=", id).execute();
}
