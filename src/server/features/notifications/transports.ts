/**
 * Where messages go, chosen by the configuration (notificationTransports): with SMTP_URL, an SMTP
 * server through nodemailer; without it, the development outbox, a folder of `.eml` files under
 * `<CEPHALOG_DATA>/outbox/` that any mail program opens. A later channel (web push) adds its own
 * transport under its channel's name.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Log } from "../../shared/deps.ts";
import type { NotificationChannel } from "./outbox.ts";

/** One message as a transport sends it. */
export interface DeliverableMessage {
  readonly id: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
}

export interface NotificationTransport {
  send(message: DeliverableMessage): Promise<void>;
}

export type NotificationTransports = Readonly<Partial<Record<NotificationChannel, NotificationTransport>>>;

/** Email through the SMTP server of `smtpUrl` (smtp:// or smtps://, with any credentials in it). */
export function smtpTransport(smtpUrl: string, from: string): NotificationTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.recipient, subject: message.subject, text: message.body });
    },
  };
}

/**
 * Email written as `.eml` files to `folder`, for a server without SMTP (development, a first
 * install): nodemailer builds the message, so it is the one SMTP would carry. The log says only
 * that a message waits, never to whom or what.
 */
export function fileOutboxTransport(folder: string, from: string, log: Log): NotificationTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(message) {
      const built = await builder.sendMail({ from, to: message.recipient, subject: message.subject, text: message.body });
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await writeFile(join(folder, `${message.id}.eml`), built.message as Buffer, { mode: 0o600 });
      log.info({ outbox: folder }, "a message waits in the outbox");
    },
  };
}

/** The transports of a running server: SMTP when configured, else the outbox folder in the data folder. */
export function notificationTransports(config: { readonly smtpUrl: string | null; readonly mailFrom: string; readonly dataDir: string }, log: Log): NotificationTransports {
  return { email: config.smtpUrl === null ? fileOutboxTransport(join(config.dataDir, "outbox"), config.mailFrom, log) : smtpTransport(config.smtpUrl, config.mailFrom) };
}
