/**
 * "Add my self-kept diary to my record" (issue 9 §5), for a signed-in patient: the days kept on
 * this phone before joining, sent once with the patient's consent, marked self-kept; a day the
 * clinic diary already has is never changed and is named as skipped.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "#contracts/api/auth.ts";
import type { SelfKeptDiaryResult } from "#contracts/api/self-kept-diary.ts";
import { api } from "#web/app/api.ts";
import { describeError, toApiError } from "#web/app/api-error.ts";
import { Link } from "#web/app/router.tsx";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { currentLanguage } from "#web/i18n/i18n.ts";
import { formatDateShort } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { clearPhoneDiary } from "./phone-diary-db.ts";
import { usePhoneDiary } from "./use-phone-diary.ts";
import "./self-check.css";

export function CarryOverPage({ me, patient }: { readonly me: Me; readonly patient: NonNullable<Me["patient"]> }) {
  const { t } = useTranslation("selfCheck");
  const language = currentLanguage();
  const diary = usePhoneDiary();
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SelfKeptDiaryResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  const dates = diary.entries.map((entry) => entry.date).sort();
  const list = (items: readonly string[]) => items.map((date) => formatDateShort(date, language)).join(", ");

  const add = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const days = diary.entries.map((entry) => ({ id: entry.id, date: entry.date, recordedAt: entry.recordedAt, ...entry.answers, medications: entry.answers.medications?.map((medication) => ({ ...medication })) }));
      setResult(await api("addSelfKeptDiary", { body: { patientId: patient.patientId, consent: true, days } }));
    } catch (error) {
      const apiError = toApiError(error);
      setProblem(apiError.code === "network_unreachable" ? t("carry.offline") : t("carry.failed", { reason: describeError(apiError) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PatientScreen me={me} title={t("carry.title")}>
      <p>{t("carry.intro")}</p>
      {diary.problem ? <StatusMessage tone="error" title={t("diary.notStored", { reason: diary.problem })} /> : null}
      {diary.ready && dates.length === 0 && !deleted ? <StatusMessage tone="info" title={t("carry.none")} testId="carry-none" /> : null}
      {dates.length > 0 && result === null ? (
        <>
          <p data-testid="carry-days">{t("carry.daysOnPhone", { count: dates.length, start: formatDateShort(dates[0] ?? "", language), end: formatDateShort(dates[dates.length - 1] ?? "", language) })}</p>
          <p>{t("carry.marked")}</p>
          <label className="self-check__consent">
            <input type="checkbox" checked={consent} onChange={(event) => setConsent(event.target.checked)} />
            <span>{t("carry.consent")}</span>
          </label>
          {problem ? <StatusMessage tone="error" title={problem} /> : null}
          <Button variant="primary" disabled={!consent} busy={busy} busyLabel={t("carry.adding")} onClick={() => void add()}>
            {t("carry.add")}
          </Button>
        </>
      ) : null}
      {result ? (
        <div data-testid="carry-result">
          <StatusMessage tone="ok" title={t("carry.added", { count: result.added.length })} />
          {result.skipped.length > 0 ? <p data-testid="carry-skipped">{t("carry.skipped", { dates: list(result.skipped) })}</p> : null}
          {result.alreadyAdded.length > 0 ? <p>{t("carry.alreadyAdded", { dates: list(result.alreadyAdded) })}</p> : null}
          {deleted ? (
            <StatusMessage tone="ok" title={t("carry.deleted")} />
          ) : (
            <p>
              {t("carry.keepOrDelete")}{" "}
              <Button variant="quiet" onClick={() => void clearPhoneDiary().then(() => setDeleted(true))}>
                {t("carry.delete")}
              </Button>
            </p>
          )}
          <Link to="/today" className="button button--primary">
            {t("carry.toToday")}
          </Link>
        </div>
      ) : null}
    </PatientScreen>
  );
}
