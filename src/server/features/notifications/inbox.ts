/**
 * The signed-in person's notifications in the app (issue 8): the newest, how many are unread, and
 * marking one read. Only one's own: another person's notification is `not_found`, as if it did
 * not exist.
 */
import { NOTIFICATION_LIST_SIZE, type MyNotifications, type NotificationView } from "#contracts/api/notifications.ts";
import { AppError } from "../../app-error.ts";
import type { NotificationRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { countUnreadInApp, findInApp, latestInApp, markInAppRead } from "./inbox-repository.ts";

function viewOf(row: NotificationRow): NotificationView {
  return { id: row.id, kind: row.kind, subject: row.subject, body: row.body, link: row.link, clinicId: row.for_clinic_id, createdAt: row.created_at, readAt: row.read_at };
}

export async function listMyNotifications(deps: Pick<ServiceDeps, "db">, userId: string): Promise<MyNotifications> {
  const [rows, unread] = await Promise.all([latestInApp(deps.db, userId, NOTIFICATION_LIST_SIZE), countUnreadInApp(deps.db, userId)]);
  return { unread, notifications: rows.map(viewOf) };
}

/** Marks one's own notification read (again is fine); another's, or none, is not_found. */
export async function markMyNotificationRead(deps: Pick<ServiceDeps, "db" | "clock">, userId: string, id: string): Promise<void> {
  const row = await findInApp(deps.db, userId, id);
  if (row === undefined) throw new AppError("not_found", "No such notification.");
  await markInAppRead(deps.db, userId, id, deps.clock().toISOString());
}
