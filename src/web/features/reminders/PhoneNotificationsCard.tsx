/**
 * "Allow notifications on this phone" on the Reminders screen (issue 9 §6): the same web push
 * subscription as the Account page's alerts (push-device.ts, the server's /api/me/push routes, any
 * signed-in account), in the patient's words and language. The permission is asked only on the
 * button; a phone that cannot show notifications or blocked them says how to fix it.
 */
import { useTranslation } from "react-i18next";
import type { Me } from "#contracts/api/auth.ts";
import { useThisDevicePush } from "#web/features/notifications/use-this-device-push.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function PhoneNotificationsCard({ me }: { readonly me: Me }) {
  const { t } = useTranslation("reminders");
  const { readiness, mine, submit, push, turnOn: allow, turnOff } = useThisDevicePush(me);

  let body;
  if (readiness === "unsupported") {
    body = (
      <StatusMessage tone="info" title={t("phone.unsupported")} live={false} testId="reminders-push-unsupported">
        <p>{t("phone.unsupportedHow")}</p>
      </StatusMessage>
    );
  } else if (readiness === "blocked") {
    body = (
      <StatusMessage tone="warn" title={t("phone.blocked")} live={false} testId="reminders-push-blocked">
        <p>{t("phone.blockedHow")}</p>
      </StatusMessage>
    );
  } else if (mine !== null) {
    body = (
      <div className="stack">
        <StatusMessage tone="ok" title={t("phone.on")} live={false} testId="reminders-push-on" />
        <Button onClick={() => void turnOff()} busy={submit.busy} busyLabel={t("phone.turningOff")}>
          {t("phone.off")}
        </Button>
      </div>
    );
  } else {
    body = (
      <div>
        <p>{t("phone.explain")}</p>
        <Button variant="primary" onClick={() => void allow()} busy={submit.busy} busyLabel={t("phone.allowing")} disabled={push.state.phase !== "loaded"}>
          {t("phone.allow")}
        </Button>
      </div>
    );
  }
  return (
    <Card title={t("phone.title")}>
      {submit.error !== null ? (
        <StatusMessage tone="error" title={t("phone.failed")}>
          <p>{t("phone.failedWhy")}</p>
        </StatusMessage>
      ) : null}
      {body}
    </Card>
  );
}
