/**
 * Two-factor sign-in on the Account page (issue 7): set it up (QR code, the key as text, a first
 * code), see the recovery codes once, make new ones, turn it off. Staff whose clinic asks for it
 * are sent here first, and told why; patients may turn it on if they wish.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { api, type ApiResponse } from "#web/app/api.ts";
import { homePath } from "#web/app/home.ts";
import { navigate } from "#web/app/router.tsx";
import { useSession } from "#web/app/session.tsx";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { useAccountWords } from "./account-words.ts";
import { RecoveryCodesList } from "./RecoveryCodesList.tsx";
import { TwoFactorEnrolment } from "./TwoFactorEnrolment.tsx";
import { RegenerateCodesForm, TurnOffForm } from "./TwoFactorOnForms.tsx";
import { needsTwoFactorSetup } from "./two-factor-state.ts";
import "./two-factor.css";

export function TwoFactorCard({ me }: { readonly me: Me }) {
  const { refresh } = useSession();
  const [enrolment, setEnrolment] = useState<ApiResponse<"startTwoFactorEnrolment"> | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const start = useSubmit();
  const t = useAccountWords();
  const required = me.memberships.some((membership) => membership.twoFactorRequired === true);
  const waiting = needsTwoFactorSetup(me);

  const begin = async () => {
    setTurnedOff(false);
    const answer = await start.run(() => api("startTwoFactorEnrolment"));
    if (answer) setEnrolment(answer);
  };

  const saved = async () => {
    setCodes(null);
    await refresh();
    // Sent here by a clinic that asks for it: back to where they were going.
    if (waiting) navigate(homePath(me), { replace: true });
  };

  let body;
  if (codes !== null) {
    body = <RecoveryCodesList codes={codes} onSaved={() => void saved()} />;
  } else if (me.user.twoFactorEnabled === true) {
    body = (
      <div className="stack">
        <StatusMessage tone="ok" title={t("twoFactor.on")} live={false} testId="two-factor-on">
          <p>{t("twoFactor.onWhat")}</p>
        </StatusMessage>
        <RegenerateCodesForm onCodes={setCodes} />
        <TurnOffForm
          requiredByClinic={required}
          onTurnedOff={() => {
            setTurnedOff(true);
            void refresh();
          }}
        />
      </div>
    );
  } else if (enrolment !== null) {
    body = (
      <TwoFactorEnrolment
        enrolment={enrolment}
        onCancel={() => setEnrolment(null)}
        onConfirmed={(recoveryCodes) => {
          setEnrolment(null);
          setCodes(recoveryCodes);
        }}
      />
    );
  } else {
    body = (
      <div>
        {turnedOff ? <StatusMessage tone="ok" title={t("twoFactor.off")} /> : null}
        <p>{t("twoFactor.what")}</p>
        <FormProblem error={start.error} title={t("twoFactor.notStarted")} />
        <Button variant="primary" onClick={() => void begin()} busy={start.busy} busyLabel={t("twoFactor.starting")}>
          {t("twoFactor.setUp")}
        </Button>
      </div>
    );
  }

  return (
    <Card title={t("twoFactor.title")}>
      {waiting && codes === null ? (
        <StatusMessage tone="warn" title={t("twoFactor.required")} live={false} testId="two-factor-required-note">
          <p>{t("twoFactor.requiredWhat")}</p>
        </StatusMessage>
      ) : null}
      {body}
    </Card>
  );
}
