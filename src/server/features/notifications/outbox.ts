/**
 * The notification outbox (issue 7, channels in issue 8; ADR 0018): a use case that must tell
 * someone something queues one row per recipient and channel in its own transaction. An `in-app`
 * row is the person's list in the app and is delivered as it is written; an `email` or `web-push`
 * row is sent by a job on the database queue (delivery.ts), retried with backoff while its channel
 * fails; an `sms` row waits for the clinic's SMS gateway to claim it (sms-outbox.ts, ADR 0022). A row committed is delivered even if this server stops first; one rolled back never is.
 *
 * Messages hold links and plain words, never health data nor names of patients: a person's diary,
 * diagnosis or treatment is read only after signing in.
 */
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../shared/executor.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import { insertNotification } from "./repository.ts";

/** The job queue that delivers notifications. */
export const NOTIFICATION_QUEUE = "notification-delivery";

/** How a message reaches its person: the app's own list, email, a push to a device, or a text message (the SMS gateway pulls it). */
export const NOTIFICATION_CHANNELS = ["in-app", "email", "web-push", "sms"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface OutgoingMessage {
  readonly channel: NotificationChannel;
  /** What it is for (password-reset, side-effect.red, ...): for counts and tests, never shown. */
  readonly kind: string;
  /** The email address of an email row, the mobile number (E.164) of an sms row; empty for the other channels. */
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** The account it is for; required for in-app and web-push rows. */
  readonly userId?: string | null;
  /** The clinic it is about, when one. */
  readonly clinicId?: string | null;
  /** An app path ("/clinic/..."), opened from the list, the push or the email. */
  readonly link?: string | null;
  /** The device of a web-push row. */
  readonly subscriptionId?: string | null;
  /** An sms row: the last instant its text still makes sense, given up after (ADR 0022); else a day after it was queued. */
  readonly sendBy?: Date | null;
}

/** Queues a message, in the caller's transaction; returns its id. */
export async function queueNotification(tx: Executor, message: OutgoingMessage, now: Date): Promise<string> {
  const id = uuidv7();
  const at = now.toISOString();
  const inApp = message.channel === "in-app";
  await insertNotification(tx, {
    id,
    channel: message.channel,
    kind: message.kind,
    recipient: message.recipient,
    subject: message.subject,
    body: message.body,
    user_id: message.userId ?? null,
    for_clinic_id: message.clinicId ?? null,
    link: message.link ?? null,
    subscription_id: message.subscriptionId ?? null,
    send_by: message.sendBy?.toISOString() ?? null,
    created_at: at,
    // The in-app list is the delivery: written is delivered.
    sent_at: inApp ? at : null,
    next_attempt_at: inApp ? null : at,
  });
  // An sms row has no delivery job: the clinic's SMS gateway claims it (sms-outbox.ts, ADR 0022).
  if (!inApp && message.channel !== "sms") await enqueueJob(tx, { queue: NOTIFICATION_QUEUE, payload: { notificationId: id }, runAt: now });
  return id;
}
