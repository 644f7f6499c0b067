/**
 * Notifications (issue 8, ADR 0018): the signed-in person's in-app list (staff and patients
 * alike), the devices on which they allowed web push (with the server's VAPID public key to
 * subscribe with, and how the last pushes went), a test push, and for administrators the state of
 * the clinic's outbox without any message's content.
 */
import { z } from "zod";
import { clinicParamsSchema, idSchema, okSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";
import { singleLineText } from "../text.ts";

/**
 * Whether a link is a path of this app ("/clinic/..."): never another site ("//evil.example",
 * "https://..."), so a notification cannot send anyone away.
 * @example isAppPath("/clinic/c1/side-effects/r1") // true
 * @example isAppPath("//evil.example/x") // false
 */
export function isAppPath(link: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/.test(link) && link.length <= 500;
}

/**
 * The push services web push may be sent to: each browser's own (Chrome, Edge, Firefox, Safari).
 * The server posts to a subscription's endpoint, so any other address would let a signed-in
 * person make the server call a host of their choosing (docs/security.md).
 */
export const PUSH_SERVICE_HOSTS: readonly string[] = ["fcm.googleapis.com", "android.googleapis.com", "push.services.mozilla.com", "push.apple.com", "notify.windows.com"];

/**
 * Whether an endpoint is an https address of a known push service.
 * @example isPushServiceEndpoint("https://fcm.googleapis.com/fcm/send/abc") // true
 * @example isPushServiceEndpoint("https://127.0.0.1/x") // false
 */
export function isPushServiceEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.port !== "" || url.username !== "" || url.password !== "") return false;
  return PUSH_SERVICE_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}

const base64url = (min: number, max: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}={0,2}$`), "must be URL-safe base64 from the browser's push subscription");

export const pushSubscriptionBodySchema = z.object({
  endpoint: z.string().max(2048).refine(isPushServiceEndpoint, "must be the https address of a browser's push service"),
  keys: z.object({
    /** The device's P-256 public key (65 bytes). */
    p256dh: base64url(80, 100),
    /** The device's 16-byte authentication secret. */
    auth: base64url(16, 44),
  }),
  /** "Chrome on Android": how the person tells their devices apart. */
  label: singleLineText().trim().min(1, "is required").max(80),
});
export type PushSubscriptionBody = z.input<typeof pushSubscriptionBodySchema>;

export const pushDeviceSchema = z.object({
  id: idSchema,
  label: z.string(),
  createdAt: z.string(),
  /** When a push last reached the device's push service; null before the first. */
  lastSuccessAt: z.string().nullable(),
  lastFailureAt: z.string().nullable(),
  /** The last failure's code (push-503, push-network, ...). */
  lastError: z.string().nullable(),
});
export type PushDevice = z.infer<typeof pushDeviceSchema>;

export const myPushSchema = z.object({
  /** The server's VAPID public key (URL-safe base64): the app subscribes with it. */
  publicKey: z.string(),
  devices: z.array(pushDeviceSchema),
});

export const notificationViewSchema = z.object({
  id: idSchema,
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  /** An app path, or null. */
  link: z.string().nullable(),
  /** The clinic it is about, or null. */
  clinicId: idSchema.nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

/** The most notifications the list sends: the newest. */
export const NOTIFICATION_LIST_SIZE = 20;

export const myNotificationsSchema = z.object({
  /** Unread notifications in all (not only those listed). */
  unread: z.number().int(),
  notifications: z.array(notificationViewSchema),
});
export type MyNotifications = z.infer<typeof myNotificationsSchema>;

export const notificationParamsSchema = z.object({ notificationId: idSchema });
export const pushDeviceParamsSchema = z.object({ deviceId: idSchema });

export const DELIVERY_STATES = ["queued", "sent", "failed"] as const;

export const outboxRowSchema = z.object({
  id: idSchema,
  channel: z.enum(["in-app", "email", "web-push", "sms"]),
  kind: z.string(),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  /** When it was sent, given up, or will be tried next, by its state. */
  sentAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type OutboxRow = z.infer<typeof outboxRowSchema>;

/** The most rows the administrators' outbox view lists: the newest that left the server (email, push). */
export const OUTBOX_LIST_SIZE = 25;

export const outboxStateSchema = z.object({
  /** Rows of this clinic by channel and state, kept 30 days after they were sent or given up. */
  counts: z.array(z.object({ channel: outboxRowSchema.shape.channel, state: z.enum(DELIVERY_STATES), count: z.number().int() })),
  /** The newest email and push rows, without recipient or content. */
  recent: z.array(outboxRowSchema),
});
export type OutboxState = z.infer<typeof outboxStateSchema>;

export const notificationRoutes = {
  myNotifications: { method: "GET", path: "/api/me/notifications", summary: "The signed-in person's newest notifications in the app, and how many are unread", access: "signed-in", response: myNotificationsSchema },
  readMyNotification: { method: "POST", path: "/api/me/notifications/:notificationId/read", summary: "Mark one of one's own notifications read", access: "signed-in", params: notificationParamsSchema, response: okSchema },
  myPush: { method: "GET", path: "/api/me/push", summary: "The server's web push public key and the devices on which one allowed alerts, with how the last pushes went", access: "signed-in", response: myPushSchema },
  addMyPushDevice: { method: "POST", path: "/api/me/push/devices", summary: "Allow alerts on this device: its push subscription (a device subscribed again replaces its old one)", access: "signed-in", body: pushSubscriptionBodySchema, response: pushDeviceSchema },
  removeMyPushDevice: { method: "DELETE", path: "/api/me/push/devices/:deviceId", summary: "Stop alerts on one of one's devices", access: "signed-in", params: pushDeviceParamsSchema, response: okSchema },
  testMyPush: { method: "POST", path: "/api/me/push/test", summary: "Send a test alert to each of one's devices; answers how many were queued", access: "signed-in", response: z.object({ queued: z.number().int() }) },
  notificationOutbox: { method: "GET", path: "/api/clinics/:clinicId/notifications/outbox", summary: "The clinic's notification outbox: counts by channel and state, the newest email and push rows (no recipient, no content)", access: "clinic.manage", params: clinicParamsSchema, response: outboxStateSchema },
} as const satisfies Record<string, RouteContract>;
