/**
 * Stands in for the browser's push service, which Chromium cannot reach here: PushManager's
 * subscribe and getSubscription answer a subscription with real P-256 keys at an FCM address,
 * and its unsubscribe forgets it. Everything else (the permission, the service worker, the
 * server) is the real one. Give the result to `context.addInitScript({ content })`.
 */
import { createECDH, randomBytes } from "node:crypto";

export function pushServiceStandIn(endpointPrefix = "e2e-"): string {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const p256dh = ecdh.getPublicKey().toString("base64url");
  const auth = randomBytes(16).toString("base64url");
  return `(() => {
    let current = null;
    PushManager.prototype.subscribe = async function (options) {
      const key = options.applicationServerKey;
      const bytes = key instanceof ArrayBuffer ? key : key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength);
      current = {
        endpoint: "https://fcm.googleapis.com/fcm/send/" + ${JSON.stringify(endpointPrefix)} + Math.random().toString(36).slice(2),
        options: { applicationServerKey: bytes, userVisibleOnly: true },
        toJSON() { return { endpoint: this.endpoint, expirationTime: null, keys: { p256dh: ${JSON.stringify(p256dh)}, auth: ${JSON.stringify(auth)} } }; },
        async unsubscribe() { current = null; return true; },
      };
      return current;
    };
    PushManager.prototype.getSubscription = async function () { return current; };
  })();`;
}
