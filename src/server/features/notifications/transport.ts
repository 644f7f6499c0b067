/**
 * The shape of a transport: what it is given to send, and what it may use. One transport per
 * channel that leaves the server (email, web push); in-app rows need none.
 */
import type { Executor } from "../../shared/executor.ts";
import type { EmailLanguage } from "./email-closing.ts";
import type { NotificationChannel } from "./outbox.ts";

/** A device a web push goes to: its push service's endpoint and the keys to encrypt for it. */
export interface PushDevice {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

/** One message as a transport sends it. */
export interface DeliverableMessage {
  readonly id: string;
  readonly kind: string;
  /** The email address (email); empty for web push. */
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  /** The app path it points to, or null. */
  readonly link: string | null;
  /** The device (web push only). */
  readonly device: PushDevice | null;
  /** The reader's language when the server knows it (a patient's reminders, email-closing.ts); else English. */
  readonly language?: EmailLanguage | undefined;
}

/** What a transport may need besides the message: the database (web push reads its keys there) and the time. */
export interface DeliveryContext {
  readonly db: Executor;
  readonly now: Date;
}

export interface NotificationTransport {
  send(message: DeliverableMessage, context: DeliveryContext): Promise<void>;
}

/** In-app rows need no transport, and sms rows are pulled by the SMS gateway (sms-outbox.ts). */
export type NotificationTransports = Readonly<Partial<Record<Exclude<NotificationChannel, "in-app" | "sms">, NotificationTransport>>>;
