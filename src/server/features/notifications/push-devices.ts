/**
 * Web push on the person's own devices (issue 8): the server's public key to subscribe with, the
 * devices that allowed alerts and how the last pushes to each went ("see whether it works"),
 * adding this device, removing one, and a test alert to each. Staff and patients alike.
 */
import { v7 as uuidv7 } from "uuid";
import type { PushDevice } from "#contracts/api/notifications.ts";
import { AppError } from "../../app-error.ts";
import type { PushSubscriptionRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { queueNotification } from "./outbox.ts";
import { deleteSubscription, deleteSubscriptionOfUser, subscriptionsOfUsers, upsertSubscription } from "./push-subscriptions-repository.ts";
import { ensureVapidKeys } from "./vapid-keys.ts";

/** The most devices one account keeps: a new one past it replaces the oldest (a phone long since replaced). */
export const MAX_PUSH_DEVICES = 10;

function deviceOf(row: PushSubscriptionRow): PushDevice {
  return { id: row.id, label: row.label, createdAt: row.created_at, lastSuccessAt: row.last_success_at, lastFailureAt: row.last_failure_at, lastError: row.last_error };
}

export async function myPush(deps: Pick<ServiceDeps, "db" | "clock">, userId: string): Promise<{ publicKey: string; devices: PushDevice[] }> {
  const keys = await ensureVapidKeys(deps.db, deps.clock());
  const devices = await subscriptionsOfUsers(deps.db, [userId]);
  return { publicKey: keys.publicKey, devices: devices.map(deviceOf) };
}

export async function addMyPushDevice(deps: Pick<ServiceDeps, "db" | "clock">, userId: string, body: { readonly endpoint: string; readonly keys: { readonly p256dh: string; readonly auth: string }; readonly label: string }): Promise<PushDevice> {
  const now = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const id = await upsertSubscription(tx, { id: uuidv7(), userId, endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth, label: body.label, createdAt: now });
    const devices = await subscriptionsOfUsers(tx, [userId]);
    for (const old of devices.filter((device) => device.id !== id).slice(0, Math.max(0, devices.length - MAX_PUSH_DEVICES))) await deleteSubscription(tx, old.id);
    const saved = devices.find((device) => device.id === id);
    if (saved === undefined) throw new Error("the saved device is missing");
    return deviceOf(saved);
  });
}

export async function removeMyPushDevice(deps: Pick<ServiceDeps, "db">, userId: string, deviceId: string): Promise<void> {
  if (!(await deleteSubscriptionOfUser(deps.db, userId, deviceId))) throw new AppError("not_found", "No such device.");
}

/** Queues a test alert to each of the person's devices; the answer says how many. */
export async function testMyPush(deps: Pick<ServiceDeps, "db" | "clock">, userId: string): Promise<{ queued: number }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const devices = await subscriptionsOfUsers(tx, [userId]);
    for (const device of devices) {
      await queueNotification(tx, { channel: "web-push", kind: "push-test", recipient: "", subject: "Cephalog test alert", body: "Alerts reach this device.", link: "/account", userId, subscriptionId: device.id }, now);
    }
    return { queued: devices.length };
  });
}
