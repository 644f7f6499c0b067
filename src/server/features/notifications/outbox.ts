/**
 * The notification outbox (issue 7): a use case that must tell someone something (a password
 * reset link today; visit reminders by web push later) queues a message in its own transaction,
 * and a job on the database queue delivers it (delivery.ts), retrying with the queue's backoff.
 * A message committed is delivered even if this server stops first; one rolled back never is.
 *
 * Messages hold links and plain words, never health data: a person's diary, diagnosis or
 * treatment is read only after signing in.
 */
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../shared/executor.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import { insertNotification } from "./repository.ts";

/** The job queue that delivers notifications. */
export const NOTIFICATION_QUEUE = "notification-delivery";

/** How a message reaches its person. Web push comes with reminders. */
export type NotificationChannel = "email";

export interface OutgoingMessage {
  readonly channel: NotificationChannel;
  /** What it is for (password-reset, ...): for counts and tests, never shown. */
  readonly kind: string;
  /** The email address (or, later, the push subscription) it goes to. */
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
}

/** Queues a message for delivery, in the caller's transaction; returns its id. */
export async function queueNotification(tx: Executor, message: OutgoingMessage, now: Date): Promise<string> {
  const id = uuidv7();
  await insertNotification(tx, { id, ...message, created_at: now.toISOString(), sent_at: null });
  await enqueueJob(tx, { queue: NOTIFICATION_QUEUE, payload: { notificationId: id }, runAt: now });
  return id;
}
