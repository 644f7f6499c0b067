/**
 * The delivery job of the outbox (ADR 0018). Each email or web-push row has a job on the database
 * queue; the job claims its row (repository.ts: one claimant at a time, also across app servers),
 * sends it through its channel's transport and marks it sent, emptied. When the channel fails the
 * row keeps the failure's code and waits for its next attempt (30 s doubling to an hour), for which
 * a new job is queued in the same transaction: a channel that is down loses nothing. A refusal that
 * will not change, or the last attempt, gives the row up (failed), visible to administrators. A
 * row sent is never sent again; only a crash between the channel's acceptance and the commit of
 * "sent" can repeat one (the message then carries the same id, which the device and mail programs
 * use to fold it into one).
 * Logs carry the channel, codes and counts only, never a recipient or a message.
 */
import { randomUUID } from "node:crypto";
import type { NotificationRow } from "../../db/schema.ts";
import type { JobHandler } from "../../jobs/worker.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { DeliveryError, failureOf, MAX_DELIVERY_ATTEMPTS, retryDelayMs, type DeliveryFailure } from "./delivery-failure.ts";
import { NOTIFICATION_QUEUE } from "./outbox.ts";
import { deleteSubscription, findSubscription, recordPushFailure, recordPushSuccess } from "./push-subscriptions-repository.ts";
import { claimNotification, findNotification, markFailed, markRetry, markSent } from "./repository.ts";
import type { DeliverableMessage, NotificationTransports } from "./transport.ts";
import { readerLanguage } from "./reader-language.ts";
import { PUSH_GONE_CODES } from "./web-push-transport.ts";

/** A claim older than this is taken as a crashed worker's (the job queue's own limit is the same). */
export const DELIVERY_CLAIM_STALE_MS = 10 * 60_000;

export type DeliveryOutcome = "sent" | "retry" | "failed" | "not-due" | "already-sent" | "already-failed" | "gone";

type Deps = Pick<ServiceDeps, "db" | "clock">;

/** The row as its transport sends it; a web-push row whose device is gone cannot be sent. */
async function deliverableOf(deps: Deps, row: NotificationRow): Promise<DeliverableMessage> {
  const base = { id: row.id, kind: row.kind, recipient: row.recipient, subject: row.subject, body: row.body, link: row.link, device: null };
  if (row.channel === "email") return { ...base, language: await readerLanguage(deps.db, row) };
  if (row.channel !== "web-push") return base;
  const device = row.subscription_id === null ? undefined : await findSubscription(deps.db, row.subscription_id);
  if (device === undefined) throw new DeliveryError("push-unsubscribed", true);
  return { ...base, device: { endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth } };
}

/** Why a row was not claimed. */
async function unclaimedOutcome(deps: Deps, id: string): Promise<DeliveryOutcome> {
  const row = await findNotification(deps.db, id);
  if (row === undefined) return "gone";
  if (row.sent_at !== null) return "already-sent";
  if (row.failed_at !== null) return "already-failed";
  return "not-due";
}

async function recordFailure(deps: Deps, row: NotificationRow, claimant: string, failure: DeliveryFailure): Promise<DeliveryOutcome> {
  const now = deps.clock();
  const at = now.toISOString();
  const giveUp = failure.permanent || row.attempts >= MAX_DELIVERY_ATTEMPTS;
  await deps.db.transaction().execute(async (tx) => {
    if (row.subscription_id !== null) {
      if (PUSH_GONE_CODES.has(failure.code)) await deleteSubscription(tx, row.subscription_id);
      else await recordPushFailure(tx, row.subscription_id, { code: failure.code, at });
    }
    if (giveUp) {
      await markFailed(tx, row.id, { code: failure.code, at });
      return;
    }
    const nextAttempt = new Date(now.getTime() + retryDelayMs(row.attempts));
    await markRetry(tx, row.id, claimant, { code: failure.code, nextAttemptAt: nextAttempt.toISOString() });
    await enqueueJob(tx, { queue: NOTIFICATION_QUEUE, payload: { notificationId: row.id }, runAt: nextAttempt });
  });
  return giveUp ? "failed" : "retry";
}

/**
 * Delivers the notification `id` for `claimant` (its delivery job; a one-off name when called
 * directly), if it is due and nobody else holds it.
 */
export async function deliverNotification(deps: Deps, transports: NotificationTransports, id: string, claimant: string = `direct-${randomUUID()}`): Promise<DeliveryOutcome> {
  const now = deps.clock();
  const row = await claimNotification(deps.db, id, claimant, now.toISOString(), new Date(now.getTime() - DELIVERY_CLAIM_STALE_MS).toISOString());
  if (row === undefined) return unclaimedOutcome(deps, id);
  try {
    if (row.channel === "in-app") throw new DeliveryError("in-app-not-sent", true);
    // The SMS gateway claims its rows itself (sms-outbox.ts); a job never sends one.
    if (row.channel === "sms") throw new DeliveryError("sms-not-sent-by-job", false);
    const transport = transports[row.channel];
    if (transport === undefined) throw new DeliveryError("no-transport", false);
    await transport.send(await deliverableOf(deps, row), { db: deps.db, now });
  } catch (error) {
    return recordFailure(deps, row, claimant, failureOf(error));
  }
  const at = deps.clock().toISOString();
  await deps.db.transaction().execute(async (tx) => {
    await markSent(tx, row.id, at);
    if (row.subscription_id !== null) await recordPushSuccess(tx, row.subscription_id, at);
  });
  return "sent";
}

/** The `notification-delivery` job: its payload names the notification; the job itself is the claimant. */
export function notificationDeliveryHandler(deps: ServiceDeps, transports: NotificationTransports): JobHandler {
  return async (job) => {
    const id = (job.payload as { notificationId?: unknown } | null)?.notificationId;
    if (typeof id !== "string") return;
    const outcome = await deliverNotification(deps, transports, id, job.id);
    if (outcome === "retry" || outcome === "failed") {
      const row = await findNotification(deps.db, id);
      deps.log.warn({ queue: NOTIFICATION_QUEUE, channel: row?.channel, outcome, attempts: row?.attempts, failure: row?.last_error }, "a notification was not delivered");
    }
  };
}
