/**
 * Web push on this browser for the signed-in person, as the Account page's alerts and the
 * patient's Reminders screen both offer it: the person's devices from the server, which of them
 * is this browser, whether it can be asked, and turning it on (the permission is asked only then)
 * or off. One place for the subscription's steps (push-device.ts, the /api/me/push routes).
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { deviceLabel, pushReadiness, rememberDevice, rememberedDevice, subscribeThisDevice, unsubscribeThisDevice, type PushReadiness } from "./push-device.ts";

export function useThisDevicePush(me: Me) {
  const push = useApiQuery(`push:${me.user.id}`, () => api("myPush"));
  const [readiness, setReadiness] = useState<PushReadiness>(() => pushReadiness());
  const [thisDevice, setThisDevice] = useState<string | null>(() => rememberedDevice(me.user.id));
  const submit = useSubmit();
  const devices = push.state.phase === "loaded" ? push.state.data.devices : [];
  const mine = devices.find((device) => device.id === thisDevice) ?? null;

  /** Subscribes this browser and registers it with the server. */
  const turnOn = async (): Promise<void> => {
    if (push.state.phase !== "loaded") return;
    const publicKey = push.state.data.publicKey;
    const device = await submit.run(async () => {
      const subscription = await subscribeThisDevice(publicKey).finally(() => setReadiness(pushReadiness()));
      return api("addMyPushDevice", { body: { ...subscription, label: deviceLabel(navigator.userAgent) } });
    });
    if (!device) return;
    rememberDevice(me.user.id, device.id);
    setThisDevice(device.id);
    await push.reload();
  };

  /** Unsubscribes this browser and forgets it on the server. */
  const turnOff = async (): Promise<void> => {
    const done = await submit.run(async () => {
      await unsubscribeThisDevice();
      if (mine !== null) await api("removeMyPushDevice", { params: { deviceId: mine.id } });
      return true;
    });
    if (!done) return;
    rememberDevice(me.user.id, null);
    setThisDevice(null);
    await push.reload();
  };

  return { push, readiness, devices, mine, submit, turnOn, turnOff };
}
