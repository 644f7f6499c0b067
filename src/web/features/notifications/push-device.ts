/**
 * This browser's side of web push (issue 8): whether it can show alerts at all, the permission the
 * person gave, subscribing with the server's VAPID public key through the service worker that
 * vite-plugin-pwa registers (its push handler is public/sw-push.js), and unsubscribing. Which
 * device of the server's list is this one is remembered here, per account.
 */

/** Where this browser stands: no web push here, blocked in its settings, not asked yet, or allowed. */
export type PushReadiness = "unsupported" | "blocked" | "ask" | "allowed";

const DEVICE_KEY = "cephalog.push-device.v1";

/** How long to wait for the service worker before saying alerts cannot work here. */
const WORKER_WAIT_MS = 10_000;

/** The browser's web push support and the notification permission. */
export function pushReadiness(): PushReadiness {
  if (typeof window === "undefined" || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return Notification.permission === "granted" ? "allowed" : "ask";
}

/**
 * A URL-safe base64 key as the bytes PushManager.subscribe takes.
 * @example Array.from(applicationServerKey("AQID")) // [1, 2, 3]
 */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replaceAll("-", "+").replaceAll("_", "/").padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * Whether a subscription was made with this key (the server's key is made once, but a restored
 * backup of another server would bring another).
 * @example sameKey(new Uint8Array([1, 2, 3]).buffer, "AQID") // true
 */
export function sameKey(subscribedWith: ArrayBuffer | null | undefined, base64url: string): boolean {
  if (!subscribedWith) return false;
  const a = new Uint8Array(subscribedWith);
  const b = applicationServerKey(base64url);
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * How the person tells their devices apart: the browser and the system, from the user agent.
 * @example deviceLabel("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36") // "Chrome on Android"
 * @example deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1") // "Safari on iPhone"
 */
export function deviceLabel(userAgent: string): string {
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrome\/|CriOS\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : "Browser";
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone/.test(userAgent)
      ? "iPhone"
      : /iPad/.test(userAgent)
        ? "iPad"
        : /Windows/.test(userAgent)
          ? "Windows"
          : /Mac OS X|Macintosh/.test(userAgent)
            ? "Mac"
            : /Linux/.test(userAgent)
              ? "Linux"
              : "this device";
  return `${browser} on ${system}`;
}

async function workerRegistration(): Promise<ServiceWorkerRegistration> {
  let timer: number | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error("Alerts need Cephalog's offline worker, which is not running in this browser. Reload the page and try again.")), WORKER_WAIT_MS);
  });
  try {
    return await Promise.race([navigator.serviceWorker.ready, timeout]);
  } finally {
    window.clearTimeout(timer);
  }
}

/** The browser's current subscription, if any. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  if (pushReadiness() === "unsupported") return null;
  return (await workerRegistration()).pushManager.getSubscription();
}

/** Asks the permission (once), then subscribes with the server's key; answers what the server stores. */
export async function subscribeThisDevice(publicKey: string): Promise<{ endpoint: string; keys: { p256dh: string; auth: string } }> {
  if (Notification.permission !== "granted" && (await Notification.requestPermission()) !== "granted") throw new Error("This browser did not allow notifications for Cephalog.");
  const registration = await workerRegistration();
  const existing = await registration.pushManager.getSubscription();
  const reusable = existing !== null && sameKey(existing.options.applicationServerKey, publicKey);
  if (existing !== null && !reusable) await existing.unsubscribe();
  let subscription: PushSubscription;
  try {
    subscription = reusable ? existing : await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: applicationServerKey(publicKey) });
  } catch {
    throw new Error("This browser's push service did not answer. Try again in a minute.");
  }
  const json = subscription.toJSON();
  return { endpoint: subscription.endpoint, keys: { p256dh: json.keys?.["p256dh"] ?? "", auth: json.keys?.["auth"] ?? "" } };
}

/** Unsubscribes the browser (the server is told separately). */
export async function unsubscribeThisDevice(): Promise<void> {
  const subscription = await currentSubscription().catch(() => null);
  await subscription?.unsubscribe();
}

/** The server's id of this device for `userId`, as remembered when it was subscribed here. */
export function rememberedDevice(userId: string): string | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(DEVICE_KEY) ?? "null") as { userId?: unknown; deviceId?: unknown } | null;
    return stored !== null && stored.userId === userId && typeof stored.deviceId === "string" ? stored.deviceId : null;
  } catch {
    return null;
  }
}

export function rememberDevice(userId: string, deviceId: string | null): void {
  try {
    if (deviceId === null) window.localStorage.removeItem(DEVICE_KEY);
    else window.localStorage.setItem(DEVICE_KEY, JSON.stringify({ userId, deviceId }));
  } catch {
    // Storage unavailable (a private window): the device is then not told apart in the list.
  }
}
