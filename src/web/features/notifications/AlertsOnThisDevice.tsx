/**
 * "Alerts on this device" on the Account page (issue 8): turn web push on for this browser (the
 * permission is asked only on the button), turn it off, send a test alert, and see whether alerts
 * reach each of one's devices (the last delivery and the last problem, from the server). Staff get
 * urgent clinic alerts here; patients their clinic's reminders, in their language (issue 9 §7;
 * the page's AccountReader keeps staff in English).
 */
import { useEffect, useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { PushDevice } from "#contracts/api/notifications.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import type { QueryState } from "#web/app/use-api-query.ts";
import { useAccountLanguage, useAccountWords } from "#web/features/auth/account-words.ts";
import { formatInstantIn } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { deliveryWords } from "./delivery-words.ts";
import { useThisDevicePush } from "./use-this-device-push.ts";
import "./notifications.css";

/** After a test alert, the devices' state is read again at these delays (ms): a push takes seconds. */
const TEST_RECHECKS_MS = [4_000, 12_000];

/** The alert settings loading, or failed with a way to try again, in the reader's language. */
function AlertsLoadStatus({ state, onRetry }: { readonly state: QueryState<unknown>; readonly onRetry: () => void }) {
  const t = useAccountWords();
  if (state.phase === "loading") return <StatusMessage tone="info" title={t("alerts.loading")} />;
  if (state.phase !== "failed") return null;
  return (
    <StatusMessage tone="error" title={t("alerts.loadFailed")}>
      <p>{describeError(state.error)}</p>
      <Button onClick={onRetry}>{t("alerts.retry")}</Button>
    </StatusMessage>
  );
}

export function AlertsOnThisDevice({ me }: { readonly me: Me }) {
  const t = useAccountWords();
  const language = useAccountLanguage();
  // English keeps the app's own instant format; another language writes it its way.
  const when = (instant: string) => (language === "en" ? formatInstant(instant) : formatInstantIn(instant, language));
  const delivery = (device: PushDevice) => deliveryWords(device, t, when);
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

  let body;
  if (readiness === "unsupported") {
    body = (
      <StatusMessage tone="info" title={t("alerts.unsupported")} live={false} testId="push-unsupported">
        <p>{t("alerts.unsupportedWhat")}</p>
      </StatusMessage>
    );
  } else if (readiness === "blocked") {
    body = (
      <StatusMessage tone="warn" title={t("alerts.blocked")} live={false} testId="push-blocked">
        <p>{t("alerts.blockedWhat")}</p>
      </StatusMessage>
    );
  } else if (mine !== null) {
    body = (
      <div className="stack">
        <StatusMessage tone="ok" title={t("alerts.on")} live={false} testId="push-on">
          <p>{delivery(mine)}</p>
        </StatusMessage>
        {tested !== null ? (
          <StatusMessage tone="info" title={tested.queued === 1 ? t("alerts.testSent") : t("alerts.testSentTo", { count: tested.queued })} testId="push-test-sent">
            <p>{t("alerts.testWhen")}</p>
          </StatusMessage>
        ) : null}
        <div className="button-row">
          <Button variant="primary" onClick={() => void test()} busy={submit.busy} busyLabel={t("alerts.sending")}>
            {t("alerts.test")}
          </Button>
          <Button onClick={() => void turnOff()} busy={submit.busy} busyLabel={t("alerts.turningOff")}>
            {t("alerts.turnOff")}
          </Button>
        </div>
      </div>
    );
  } else {
    body = (
      <div>
        <p>{staff ? t("alerts.whatStaff") : t("alerts.whatPatient")}</p>
        <Button variant="primary" onClick={() => void turnOn()} busy={submit.busy} busyLabel={t("alerts.turningOn")} disabled={push.state.phase !== "loaded"}>
          {t("alerts.turnOn")}
        </Button>
      </div>
    );
  }

  const others = devices.filter((device) => device.id !== mine?.id);
  return (
    <Card title={t("alerts.title")}>
      <FormProblem error={submit.error} title={t("alerts.failed")} />
      {push.state.phase === "loaded" ? null : <AlertsLoadStatus state={push.state} onRetry={() => void push.reload()} />}
      {body}
      {others.length > 0 ? (
        <div className="push-devices">
          <h3>{t("alerts.others")}</h3>
          <ul className="push-devices__list">
            {others.map((device) => (
              <li key={device.id} className="push-devices__item">
                <div>
                  <strong>{device.label}</strong>
                  <span className="muted">{t("alerts.since", { date: when(device.createdAt), delivery: delivery(device) })}</span>
                </div>
                <Button variant="quiet" onClick={() => void remove(device)} aria-label={t("alerts.stopLabel", { device: device.label, date: when(device.createdAt) })}>
                  {t("alerts.stop")}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
