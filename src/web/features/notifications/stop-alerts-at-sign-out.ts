/**
 * At sign-out, this device stops showing the person's alerts: a shared phone or a clinic tablet
 * must not go on showing one person's reminders and alerts to whoever uses it next. The server
 * forgets the device and the browser drops its subscription; a failure never holds the sign-out
 * (the server also drops a subscription its push service reports gone).
 */
import { api } from "#web/app/api.ts";
import { rememberDevice, rememberedDevice, unsubscribeThisDevice } from "./push-device.ts";

export async function stopAlertsOnThisDevice(userId: string): Promise<void> {
  const deviceId = rememberedDevice(userId);
  if (deviceId === null) return;
  // Asked while the session still stands: the route needs it.
  await api("removeMyPushDevice", { params: { deviceId } }).catch(() => undefined);
  await unsubscribeThisDevice().catch(() => undefined);
  rememberDevice(userId, null);
}
