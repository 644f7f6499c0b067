/**
 * The notification outbox table: rows waiting for delivery, being sent (claimed), sent (emptied),
 * failed (given up, emptied), and the in-app rows that make each person's list. A row is claimed
 * by one delivery job at a time with a conditional UPDATE (the row lock settles two app servers
 * racing for it), so a row is sent by one worker only and never again once marked sent.
 */
import type { Insertable } from "kysely";
import type { NotificationRow, NotificationsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertNotification(db: Executor, notification: Insertable<NotificationsTable>): Promise<void> {
  await db.insertInto("notifications").values(notification).execute();
}

export async function findNotification(db: Executor, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Claims a due row for `claimant` (the delivery job), counting an attempt; undefined when it is
 * not due, already sent or failed, or held by another live claim. One statement: under PostgreSQL's
 * row lock a second claimant re-reads the row after the first commits and finds it taken.
 */
export async function claimNotification(db: Executor, id: string, claimant: string, now: string, staleBefore: string): Promise<NotificationRow | undefined> {
  return db
    .updateTable("notifications")
    .set((eb) => ({ claimed_at: now, claimed_by: claimant, attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .where("next_attempt_at", "<=", now)
    .where((eb) => eb.or([eb("claimed_at", "is", null), eb("claimed_at", "<", staleBefore), eb("claimed_by", "=", claimant)]))
    .returningAll()
    .executeTakeFirst();
}

/**
 * Marks a claimed message sent and empties it (recipient, subject and body): a reset link must not
 * outlive its delivery in the database (whoever reads a copy later could use it), nor an email
 * address its use. The row stays: when it was queued, sent, and after how many attempts.
 */
export async function markSent(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ sent_at: at, recipient: "", subject: "", body: "", next_attempt_at: null, claimed_at: null, claimed_by: null })
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .execute();
}

/** Releases a claimed row to be tried again at `nextAttemptAt`, keeping the failure's code. */
export async function markRetry(db: Executor, id: string, claimant: string, failure: { code: string; nextAttemptAt: string }): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ next_attempt_at: failure.nextAttemptAt, last_error: failure.code, claimed_at: null, claimed_by: null })
    .where("id", "=", id)
    .where("claimed_by", "=", claimant)
    .execute();
}

/** Gives a row up (a permanent refusal, or too many attempts): emptied like a sent one, its code kept. */
export async function markFailed(db: Executor, id: string, failure: { code: string; at: string }): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ failed_at: failure.at, last_error: failure.code, recipient: "", subject: "", body: "", next_attempt_at: null, claimed_at: null, claimed_by: null })
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .execute();
}

/** Deletes the messages sent or given up before `before` (housekeeping); returns how many. */
export async function deleteSentNotificationsBefore(db: Executor, before: string): Promise<number> {
  const result = await db
    .deleteFrom("notifications")
    .where((eb) => eb.or([eb("sent_at", "<", before), eb("failed_at", "<", before)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
