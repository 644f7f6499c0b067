/**
 * The devices on which a person allowed web push: the push service's endpoint for the device and
 * the keys to encrypt for it, with how the last deliveries went. An endpoint belongs to one
 * device, so saving it again (the same device, perhaps now signed in as someone else) replaces it.
 */
import type { PushSubscriptionRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export interface NewSubscription {
  readonly id: string;
  readonly userId: string;
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
  readonly label: string;
  readonly createdAt: string;
}

/** Saves a device's subscription for the user, replacing any row with the same endpoint; returns its id. */
export async function upsertSubscription(db: Executor, subscription: NewSubscription): Promise<string> {
  const row = await db
    .insertInto("push_subscriptions")
    .values({
      id: subscription.id,
      user_id: subscription.userId,
      endpoint: subscription.endpoint,
      p256dh: subscription.p256dh,
      auth: subscription.auth,
      label: subscription.label,
      created_at: subscription.createdAt,
    })
    .onConflict((conflict) =>
      conflict.column("endpoint").doUpdateSet({
        user_id: subscription.userId,
        p256dh: subscription.p256dh,
        auth: subscription.auth,
        label: subscription.label,
        created_at: subscription.createdAt,
        last_success_at: null,
        last_failure_at: null,
        last_error: null,
      }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function subscriptionsOfUsers(db: Executor, userIds: readonly string[]): Promise<PushSubscriptionRow[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom("push_subscriptions").selectAll().where("user_id", "in", userIds).orderBy("created_at").orderBy("id").execute();
}

export async function findSubscription(db: Executor, id: string): Promise<PushSubscriptionRow | undefined> {
  return db.selectFrom("push_subscriptions").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Removes one of the user's devices; false when the user has no such device. */
export async function deleteSubscriptionOfUser(db: Executor, userId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom("push_subscriptions").where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Forgets a device the push service says is gone (404 or 410). */
export async function deleteSubscription(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("push_subscriptions").where("id", "=", id).execute();
}

export async function recordPushSuccess(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable("push_subscriptions").set({ last_success_at: at }).where("id", "=", id).execute();
}

export async function recordPushFailure(db: Executor, id: string, failure: { code: string; at: string }): Promise<void> {
  await db.updateTable("push_subscriptions").set({ last_failure_at: failure.at, last_error: failure.code }).where("id", "=", id).execute();
}
