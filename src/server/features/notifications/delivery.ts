/**
 * The delivery job of the outbox: sends one queued message through its channel's transport, then
 * marks it sent (emptied). A failure throws, and the job queue retries with backoff; a message
 * already sent is not sent again when its job runs twice (a worker crashed after sending).
 * Logs carry the channel and counts only, never a recipient or a message.
 */
import type { ServiceDeps } from "../../shared/deps.ts";
import type { JobHandler } from "../../jobs/worker.ts";
import { countDeliveryAttempt, findNotification, markSent } from "./repository.ts";
import type { NotificationTransports } from "./transports.ts";

export class NoTransportError extends Error {
  override readonly name = "NoTransportError";
}

/** Delivers the notification `id`, if it is still waiting. */
export async function deliverNotification(deps: Pick<ServiceDeps, "db" | "clock">, transports: NotificationTransports, id: string): Promise<"sent" | "already-sent" | "gone"> {
  const notification = await findNotification(deps.db, id);
  if (notification === undefined) return "gone";
  if (notification.sent_at !== null) return "already-sent";
  const transport = transports[notification.channel];
  if (transport === undefined) throw new NoTransportError(`no transport for channel ${notification.channel}`);
  await countDeliveryAttempt(deps.db, id);
  await transport.send({ id, recipient: notification.recipient, subject: notification.subject, body: notification.body });
  await markSent(deps.db, id, deps.clock().toISOString());
  return "sent";
}

/** The `notification-delivery` job: its payload names the notification. */
export function notificationDeliveryHandler(deps: ServiceDeps, transports: NotificationTransports): JobHandler {
  return async (job) => {
    const id = (job.payload as { notificationId?: unknown } | null)?.notificationId;
    if (typeof id !== "string") return;
    await deliverNotification(deps, transports, id);
  };
}
