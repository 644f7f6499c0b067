/** The notification outbox table: messages waiting for delivery, and those sent (emptied). */
import type { Insertable } from "kysely";
import type { NotificationRow, NotificationsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertNotification(db: Executor, notification: Insertable<NotificationsTable>): Promise<void> {
  await db.insertInto("notifications").values(notification).execute();
}

export async function findNotification(db: Executor, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Counts a delivery attempt (the job may run again after a failure). */
export async function countDeliveryAttempt(db: Executor, id: string): Promise<void> {
  await db
    .updateTable("notifications")
    .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .execute();
}

/**
 * Marks a message sent and empties it (recipient, subject and body): a reset link must not
 * outlive its delivery in the database (whoever reads a copy later could use it), nor an email
 * address its use. The row stays: when it was queued, sent, and after how many attempts.
 */
export async function markSent(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable("notifications").set({ sent_at: at, recipient: "", subject: "", body: "" }).where("id", "=", id).execute();
}

/** Deletes the messages sent before `before` (housekeeping); returns how many. */
export async function deleteSentNotificationsBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("notifications").where("sent_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
