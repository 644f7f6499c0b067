/**
 * The in-app list: a person's own `in-app` rows, newest first. A row about a clinic shows only
 * while the person still belongs to it (an active member, or its patient): a deactivated member's
 * list drops that clinic's alerts with the rest of its access.
 */
import type { ExpressionBuilder } from "kysely";
import type { Database, NotificationRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

function visibleTo(userId: string) {
  return (eb: ExpressionBuilder<Database, "notifications">) =>
    eb.and([
      eb("notifications.channel", "=", "in-app"),
      eb("notifications.user_id", "=", userId),
      eb.or([
        eb("notifications.for_clinic_id", "is", null),
        eb.exists(
          eb
            .selectFrom("memberships")
            .select("memberships.user_id")
            .whereRef("memberships.clinic_id", "=", "notifications.for_clinic_id")
            .where("memberships.user_id", "=", userId)
            .where("memberships.deactivated_at", "is", null),
        ),
        eb.exists(eb.selectFrom("patients").select("patients.id").whereRef("patients.clinic_id", "=", "notifications.for_clinic_id").where("patients.user_id", "=", userId)),
      ]),
    ]);
}

export async function latestInApp(db: Executor, userId: string, limit: number): Promise<NotificationRow[]> {
  return db.selectFrom("notifications").selectAll().where(visibleTo(userId)).orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
}

export async function countUnreadInApp(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where(visibleTo(userId))
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findInApp(db: Executor, userId: string, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom("notifications").selectAll().where(visibleTo(userId)).where("id", "=", id).executeTakeFirst();
}

export async function markInAppRead(db: Executor, userId: string, id: string, at: string): Promise<void> {
  await db.updateTable("notifications").set({ read_at: at }).where("id", "=", id).where("user_id", "=", userId).where("read_at", "is", null).execute();
}
