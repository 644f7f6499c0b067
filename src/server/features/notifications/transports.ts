/**
 * Where messages go, chosen by the configuration (notificationTransports): email through an SMTP
 * server with SMTP_URL (nodemailer), or without it the development outbox, a folder of `.eml`
 * files under `<CEPHALOG_DATA>/outbox/` that any mail program opens; web push through each
 * device's push service (web-push-transport.ts). In-app rows need no transport: the row is the
 * delivery. A transport throws on failure; delivery.ts records it and retries.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Log } from "../../shared/deps.ts";
import { smtpFailure } from "./delivery-failure.ts";
import { closingLine } from "./email-closing.ts";
import type { DeliverableMessage, NotificationTransport, NotificationTransports } from "./transport.ts";
import { vapidSubjectOf, webPushTransport } from "./web-push-transport.ts";

export type { DeliverableMessage, NotificationTransport, NotificationTransports } from "./transport.ts";

/**
 * An email's text: the message, then its link, whole when the server knows its public address,
 * in the message's language (email-closing.ts).
 * @example emailText({ body: "A red side-effect report needs review.", link: "/clinic/c/side-effects/r" }, "https://cephalog.example.org") // "A red side-effect report needs review.\n\nOpen it in Cephalog: https://cephalog.example.org/clinic/c/side-effects/r"
 */
export function emailText(message: Pick<DeliverableMessage, "body" | "link" | "language">, publicUrl: string | null): string {
  if (message.link === null) return message.body;
  return `${message.body}\n\n${closingLine(message.link, publicUrl, message.language ?? "en")}`;
}

function mailOf(message: DeliverableMessage, from: string, publicUrl: string | null) {
  // The outbox row's id names the message: a mail program may fold a resend after a crash into one.
  return { from, to: message.recipient, subject: message.subject, text: emailText(message, publicUrl), messageId: `<${message.id}@cephalog>` };
}

/** Email through the SMTP server of `smtpUrl` (smtp:// or smtps://, with any credentials in it). */
export function smtpTransport(smtpUrl: string, from: string, publicUrl: string | null = null): NotificationTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      try {
        await transporter.sendMail(mailOf(message, from, publicUrl));
      } catch (error) {
        throw smtpFailure(error);
      }
    },
  };
}

/**
 * Email written as `.eml` files to `folder`, for a server without SMTP (development, a first
 * install): nodemailer builds the message, so it is the one SMTP would carry. The log says only
 * that a message waits, never to whom or what.
 */
export function fileOutboxTransport(folder: string, from: string, log: Log, publicUrl: string | null = null): NotificationTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(message) {
      const built = await builder.sendMail(mailOf(message, from, publicUrl));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await writeFile(join(folder, `${message.id}.eml`), built.message as Buffer, { mode: 0o600 });
      log.info({ outbox: folder }, "a message waits in the outbox");
    },
  };
}

export interface TransportConfig {
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly dataDir: string;
  /** PUBLIC_URL: whole links in email, and the default VAPID subject when https. */
  readonly publicUrl?: string | null;
  /** VAPID_SUBJECT: who push services may contact about this server's pushes. */
  readonly vapidSubject?: string | null;
}

/** The transports of a running server: SMTP when configured, else the outbox folder; and web push. */
export function notificationTransports(config: TransportConfig, log: Log): NotificationTransports {
  const publicUrl = config.publicUrl ?? null;
  return {
    email: config.smtpUrl === null ? fileOutboxTransport(join(config.dataDir, "outbox"), config.mailFrom, log, publicUrl) : smtpTransport(config.smtpUrl, config.mailFrom, publicUrl),
    "web-push": webPushTransport({ subject: vapidSubjectOf(config) }),
  };
}
