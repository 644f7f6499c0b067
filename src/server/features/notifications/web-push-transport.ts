/**
 * Web push (RFC 8030, 8291, 8292) with the `web-push` package (ADR 0018): it encrypts the message
 * for the device (aes128gcm) and signs the request with the server's VAPID key; the request itself
 * goes out with fetch, so a test's plain-HTTP stand-in for the push service receives it as a
 * real one would. The push service sees the endpoint, the size, the time and who sent it (the
 * VAPID key and subject), never the text: only the device can decrypt it.
 */
import webpush from "web-push";
import { DeliveryError } from "./delivery-failure.ts";
import type { NotificationTransport } from "./transport.ts";
import { ensureVapidKeys } from "./vapid-keys.ts";

/** How long a push service keeps a message for a device that is off: a day, after which an alert is stale. */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;

/** The push service's answers that mean the device is gone: its subscription is forgotten. */
export const PUSH_GONE_CODES: ReadonlySet<string> = new Set(["push-404", "push-410"]);

/** How long one request to a push service may take before it counts as down. */
const PUSH_TIMEOUT_MS = 30_000;

/** What the service worker receives (src/web/public/sw-push.js): plain words and an app path. */
export interface PushPayload {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly link: string | null;
}

/**
 * Who push services may contact about this server's pushes (RFC 8292 `sub`): VAPID_SUBJECT, else
 * PUBLIC_URL when https, else the MAIL_FROM address as a mailto: link.
 * @example vapidSubjectOf({ mailFrom: "Cephalog <alerts@clinic.example.org>", publicUrl: null }) // "mailto:alerts@clinic.example.org"
 */
export function vapidSubjectOf(config: { readonly mailFrom: string; readonly publicUrl?: string | null; readonly vapidSubject?: string | null }): string {
  if (config.vapidSubject) return config.vapidSubject;
  if (config.publicUrl?.startsWith("https://")) return config.publicUrl;
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
  return `mailto:${address}`;
}

/**
 * Whether a push service's status means "try again later" (it is busy or down) rather than a
 * refusal that will not change.
 * @example isPassingPushStatus(503) // true
 * @example isPassingPushStatus(410) // false
 */
export function isPassingPushStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

export function webPushTransport(options: { readonly subject: string }): NotificationTransport {
  return {
    async send(message, context) {
      if (message.device === null) throw new DeliveryError("push-no-device", true);
      const keys = await ensureVapidKeys(context.db, context.now);
      const payload: PushPayload = { id: message.id, title: message.subject, body: message.body, link: message.link };
      let request: ReturnType<typeof webpush.generateRequestDetails>;
      try {
        request = webpush.generateRequestDetails({ endpoint: message.device.endpoint, keys: { p256dh: message.device.p256dh, auth: message.device.auth } }, JSON.stringify(payload), {
          vapidDetails: { subject: options.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          contentEncoding: "aes128gcm",
          TTL: PUSH_TTL_SECONDS,
          // Staff alerts want the device woken; a message waiting at the service is replaced by its retry (same topic).
          urgency: "high",
          topic: message.id.replaceAll("-", ""),
        });
      } catch {
        // The device's keys are not a P-256 point and a 16-byte secret: it can never be reached.
        throw new DeliveryError("push-bad-keys", true);
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      let status: number;
      try {
        const response = await fetch(request.endpoint, { method: "POST", headers, body: request.body, redirect: "manual", signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) });
        status = response.status;
        await response.body?.cancel();
      } catch {
        throw new DeliveryError("push-network", false);
      }
      if (status >= 200 && status < 300) return;
      throw new DeliveryError(`push-${status}`, !isPassingPushStatus(status));
    },
  };
}
