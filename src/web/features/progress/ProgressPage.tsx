/**
 * "My progress" (/progress; issue 8, section 5): headache days in the last 4 weeks against the
 * 4 weeks before treatment in one sentence and a small chart, the next visit with a countdown and
 * what to expect, and the medicine days against their limits, all in plain words. Loaded on
 * demand: the chart library never comes with the diary.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "#contracts/api/auth.ts";
import type { MyProgress } from "#contracts/api/progress.ts";
import { api } from "#web/app/api.ts";
import { describeError } from "#web/app/api-error.ts";
import { useApiQuery, type QueryState } from "#web/app/use-api-query.ts";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { supportedLanguage, type Language } from "#web/i18n/languages.ts";
import { formatDateShort, formatDateWith, formatTimeIn } from "#web/i18n/locale-format.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DaysPer28Chart, type CompactChartWords } from "#web/ui/charts/DaysPer28Chart.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { chartSummary, countdown, headacheDays, headacheFollowUp, headacheSentence, medicineSentence, visitLine, whatToExpect, type ProgressT } from "./progress-sentences.ts";
import "./progress.css";

type ProgressPageProps = { readonly me: Me; readonly patient: NonNullable<Me["patient"]> };

type Words = { readonly t: ProgressT; readonly language: Language };

function useProgressWords(): Words {
  const { t, i18n } = useTranslation("progress");
  return { t, language: supportedLanguage(i18n.resolvedLanguage) ?? "en" };
}

/** A date on the chart's axis: "Jul 2026" on the first of a month, else "12 Jul" (in the reader's language). */
function chartTick(seconds: number, language: Language): string {
  const date = new Date(seconds * 1000).toISOString().slice(0, 10);
  return date.endsWith("-01") ? formatDateWith(date, language, { month: "short", year: "numeric" }) : formatDateWith(date, language, { day: "numeric", month: "short" });
}

function HeadacheCard({ progress }: { readonly progress: MyProgress }) {
  const { t, language } = useProgressWords();
  const windows = useMemo(() => [progress.last28, ...progress.earlier], [progress]);
  const sessions = useMemo(() => progress.treatment.sessionDates.map((date) => ({ date, label: t("chart.injections") })), [progress, t]);
  const chartWords = useMemo<CompactChartWords>(
    () => ({
      yLabel: t("chart.yLabel"),
      xLabel: t("chart.xLabel"),
      key: t("chart.key"),
      legend: { headacheDays: t("chart.headacheDays"), fewRecorded: t("chart.fewRecorded"), migraineDays: t("chart.migraineDays"), before: t("chart.before"), injections: t("chart.injections") },
      note: t("chart.note", { hours: progress.counting.headacheDayMinHours }),
      summary: chartSummary(progress, t),
      tick: (seconds) => chartTick(seconds, language),
      baselineLabel: (value) => t("chart.baselineLine", { value }),
    }),
    [progress, t, language],
  );
  const shown = [
    ...(progress.baseline ? [{ name: t("headache.beforeTreatment"), w: progress.baseline }] : []),
    ...windows.map((w, i) => ({ name: i === 0 ? t("headache.last4Weeks") : t("headache.period", { start: formatDateShort(w.start, language), end: formatDateShort(w.end, language) }), w })),
  ];
  return (
    <Card title={t("headache.title")}>
      <p className="progress-number numeric" aria-hidden="true">
        {progress.last28.headacheDays}
      </p>
      <p className="progress-sentence" data-testid="headache-sentence">
        {headacheSentence(progress, t)}
      </p>
      <p className="muted">{headacheFollowUp(progress, t)}</p>
      {progress.last28.daysRecorded > 0 || progress.baseline ? (
        <DaysPer28Chart windows={windows} baseline={progress.baseline} sessions={sessions} evaluationPoints={[]} today={progress.today} fromBaseline={false} headacheDayMinHours={progress.counting.headacheDayMinHours} compact words={chartWords} testId="my-days-chart" />
      ) : null}
      <details className="progress-numbers">
        <summary>{t("headache.numbers")}</summary>
        <ul data-testid="my-days-numbers">
          {shown.map(({ name, w }) => (
            <li key={`${name}-${w.start}`}>{t("headache.numberLine", { name, days: headacheDays(w.headacheDays, t), recorded: w.daysRecorded })}</li>
          ))}
        </ul>
      </details>
    </Card>
  );
}

function VisitCard({ progress }: { readonly progress: MyProgress }) {
  const { t, language } = useProgressWords();
  const visit = progress.nextVisit;
  return (
    <Card title={t("visit.title")}>
      {visit ? (
        <div data-testid="next-visit">
          <p className="progress-countdown">{countdown(visit.daysUntil, t)}</p>
          <p>{visitLine(visit, t, language)}</p>
          <h3>{t("visit.expect")}</h3>
          <ul>
            {whatToExpect(progress.treatment.sessionsSoFar, visit.minutes, t).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p data-testid="no-visit">{t("visit.none")}</p>
      )}
    </Card>
  );
}

function MedicinesCard({ progress }: { readonly progress: MyProgress }) {
  const { t } = useProgressWords();
  return (
    <Card title={t("medicines.title")}>
      {progress.medicines.length === 0 ? (
        <p data-testid="no-medicines">{t("medicines.none")}</p>
      ) : (
        <ul className="progress-medicines" data-testid="medicines">
          {progress.medicines.map((medicine) => (
            <li key={medicine.medicationClass} className={medicine.reachesLimit ? "progress-medicine progress-medicine--limit" : "progress-medicine"}>
              {medicineSentence(medicine, t)}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t("medicines.why")}</p>
    </Card>
  );
}

/** Whether the page's data is loading, loaded (at what time) or failed, in the reader's language. */
function ProgressLoadStatus({ state, onRetry }: { readonly state: QueryState<unknown>; readonly onRetry: () => void }) {
  const { t, language } = useProgressWords();
  if (state.phase === "loading") return <StatusMessage tone="info" title={t("load.loading")} />;
  if (state.phase === "failed") {
    return (
      <StatusMessage tone="error" title={t("load.failed")}>
        <p>{describeError(state.error)}</p>
        <Button onClick={onRetry}>{t("load.retry")}</Button>
      </StatusMessage>
    );
  }
  return (
    <p className="muted" role="status">
      {t("load.upToDate", { time: formatTimeIn(state.loadedAt, language) })}
    </p>
  );
}

export function ProgressPage({ me, patient }: ProgressPageProps) {
  const { t } = useProgressWords();
  const progress = useApiQuery(`my-progress:${patient.patientId}`, () => api("myProgress"));
  const loaded = progress.state.phase === "loaded" ? progress.state.data : null;
  return (
    <PatientScreen me={me} title={t("title")}>
      <ProgressLoadStatus state={progress.state} onRetry={() => void progress.reload()} />
      {loaded && loaded.patientId !== patient.patientId ? (
        <StatusMessage tone="info" title={t("otherSignIn.title")}>
          <p>{t("otherSignIn.body")}</p>
        </StatusMessage>
      ) : loaded ? (
        <div className="stack">
          <HeadacheCard progress={loaded} />
          <VisitCard progress={loaded} />
          <MedicinesCard progress={loaded} />
        </div>
      ) : null}
    </PatientScreen>
  );
}
