/**
 * Matrix entries of the notifications (issue 8, ADR 0018): one's own list in the app and one's
 * own web push devices (any signed-in account, each reaching only its own: the call makes the
 * caller a notification or a device of their own to read or remove), and the clinic's outbox for
 * administrators.
 */
import { v7 as uuidv7 } from "uuid";
import { notifyUser } from "../../features/notifications/notify-user.ts";
import { upsertSubscription } from "../../features/notifications/push-subscriptions-repository.ts";
import type { CallContext, MatrixEntries } from "./entry.ts";
import { clinicParams } from "./entry.ts";

/** A notification of the caller's own (none for the caller without a session: any id will do). */
async function ownNotification({ world, caller }: CallContext): Promise<string> {
  if (caller.userId === null) return uuidv7();
  const userId = caller.userId;
  const now = world.deps.clock();
  await world.deps.db.transaction().execute((tx) => notifyUser(tx, { userId, clinicId: null, kind: "matrix", subject: "A notice", body: "Open Cephalog.", link: "/account", now }));
  const row = await world.deps.db.selectFrom("notifications").select("id").where("user_id", "=", userId).where("channel", "=", "in-app").orderBy("id", "desc").executeTakeFirstOrThrow();
  return row.id;
}

/** A push device of the caller's own. */
async function ownDevice({ world, caller }: CallContext): Promise<string> {
  if (caller.userId === null) return uuidv7();
  return upsertSubscription(world.deps.db, { id: uuidv7(), userId: caller.userId, endpoint: `https://fcm.googleapis.com/fcm/send/matrix-${world.next()}`, p256dh: `B${"x".repeat(86)}`, auth: "authsecret-16bytes-x", label: "Matrix phone", createdAt: world.deps.clock().toISOString() });
}

export const notificationEntries: MatrixEntries = {
  myNotifications: { call: () => ({}) },
  readMyNotification: { call: async (ctx) => ({ params: { notificationId: await ownNotification(ctx) } }) },
  myPush: { call: () => ({}) },
  addMyPushDevice: { call: ({ world }) => ({ body: { endpoint: `https://fcm.googleapis.com/fcm/send/matrix-new-${world.next()}`, keys: { p256dh: `B${"y".repeat(86)}`, auth: "authsecret-16bytes-y" }, label: "Chrome on Android" } }) },
  removeMyPushDevice: { call: async (ctx) => ({ params: { deviceId: await ownDevice(ctx) } }) },
  testMyPush: { call: () => ({}) },
  notificationOutbox: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
};
