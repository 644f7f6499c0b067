/**
 * "Alerts on this device" on the Account page (issue 8): turn web push on for this browser (the
 * permission is asked only on the button), turn it off, send a test alert, and see whether alerts
 * reach each of one's devices (the last delivery and the last problem, from the server). Staff get
 * urgent clinic alerts here; patients their clinic's reminders.
 */
import { useEffect, useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { PushDevice } from "#contracts/api/notifications.ts";
import { api } from "#web/app/api.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { useThisDevicePush } from "./use-this-device-push.ts";
import "./notifications.css";

/** After a test alert, the devices' state is read again at these delays (ms): a push takes seconds. */
const TEST_RECHECKS_MS = [4_000, 12_000];

/** How a device's deliveries went, in words. */
export function deliveryWords(device: Pick<PushDevice, "lastSuccessAt" | "lastFailureAt" | "lastError">): string {
  const problemLater = device.lastFailureAt !== null && (device.lastSuccessAt === null || device.lastFailureAt > device.lastSuccessAt);
  if (problemLater) return `Last alert did not get through (${formatInstant(device.lastFailureAt ?? "")}, ${device.lastError ?? "unknown"}); Cephalog keeps trying.`;
  if (device.lastSuccessAt !== null) return `Last alert reached it ${formatInstant(device.lastSuccessAt)}.`;
  return "No alert sent to it yet.";
}

export function AlertsOnThisDevice({ me }: { readonly me: Me }) {
  const staff = me.memberships.length > 0;
  const thisDevicePush = useThisDevicePush(me);
  const { push, readiness, devices, mine, submit } = thisDevicePush;
  // The last test alert: how many devices, and when (a second test starts the rechecks again).
  const [tested, setTested] = useState<{ readonly queued: number; readonly at: number } | null>(null);

  const reload = push.reload;
  useEffect(() => {
    if (tested === null) return;
    const timers = TEST_RECHECKS_MS.map((ms) => window.setTimeout(() => void reload(), ms));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [tested, reload]);

  const turnOn = async () => {
    setTested(null);
    await thisDevicePush.turnOn();
  };

  const turnOff = async () => {
    setTested(null);
    await thisDevicePush.turnOff();
  };

  const remove = async (device: PushDevice) => {
    const done = await submit.run(() => api("removeMyPushDevice", { params: { deviceId: device.id } }));
    if (done) await push.reload();
  };

  const test = async () => {
    const answer = await submit.run(() => api("testMyPush"));
    if (answer) setTested({ queued: answer.queued, at: Date.now() });
  };

  const what = staff ? "an urgent clinic alert, such as a red side-effect report," : "a reminder from your clinic";
  let body;
  if (readiness === "unsupported") {
    body = (
      <StatusMessage tone="info" title="This browser cannot show alerts from Cephalog." live={false} testId="push-unsupported">
        <p>Use Chrome, Edge, Firefox or Safari. On an iPhone or iPad, add Cephalog to the Home Screen first, then open it from there.</p>
      </StatusMessage>
    );
  } else if (readiness === "blocked") {
    body = (
      <StatusMessage tone="warn" title="Alerts are blocked for Cephalog in this browser." live={false} testId="push-blocked">
        <p>Allow notifications for this site in the browser's settings, then come back to this page.</p>
      </StatusMessage>
    );
  } else if (mine !== null) {
    body = (
      <div className="stack">
        <StatusMessage tone="ok" title="Alerts are on for this device." live={false} testId="push-on">
          <p>{deliveryWords(mine)}</p>
        </StatusMessage>
        {tested !== null ? (
          <StatusMessage tone="info" title={tested.queued === 1 ? "A test alert is on its way." : `A test alert is on its way to ${tested.queued} devices.`} testId="push-test-sent">
            <p>It should appear within a minute; this page shows whether it got through.</p>
          </StatusMessage>
        ) : null}
        <div className="button-row">
          <Button variant="primary" onClick={() => void test()} busy={submit.busy} busyLabel="Sending…">
            Send a test alert
          </Button>
          <Button onClick={() => void turnOff()} busy={submit.busy} busyLabel="Turning off…">
            Turn off alerts on this device
          </Button>
        </div>
      </div>
    );
  } else {
    body = (
      <div>
        <p>{`Get ${what} on this device as it happens, even when Cephalog is closed. Alerts say only that something needs you: open Cephalog to see what.`}</p>
        <Button variant="primary" onClick={() => void turnOn()} busy={submit.busy} busyLabel="Turning on…" disabled={push.state.phase !== "loaded"}>
          Turn on alerts on this device
        </Button>
      </div>
    );
  }

  const others = devices.filter((device) => device.id !== mine?.id);
  return (
    <Card title="Alerts on this device">
      <FormProblem error={submit.error} title="That did not work." />
      {push.state.phase === "loaded" ? null : <LoadStatus state={push.state} what="your alert settings" onRetry={() => void push.reload()} />}
      {body}
      {others.length > 0 ? (
        <div className="push-devices">
          <h3>Your other devices with alerts</h3>
          <ul className="push-devices__list">
            {others.map((device) => (
              <li key={device.id} className="push-devices__item">
                <div>
                  <strong>{device.label}</strong>
                  <span className="muted">{` since ${formatInstant(device.createdAt)}. ${deliveryWords(device)}`}</span>
                </div>
                <Button variant="quiet" onClick={() => void remove(device)} aria-label={`Stop alerts on ${device.label}, added ${formatInstant(device.createdAt)}`}>
                  Stop alerts there
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
