/**
 * "My progress" (/progress; issue 8, section 5): headache days in the last 4 weeks against the
 * 4 weeks before treatment in one sentence and a small chart, the next visit with a countdown and
 * what to expect, and the medicine days against their limits, all in plain words. Loaded on
 * demand: the chart library never comes with the diary.
 */
import { useMemo } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { MyProgress } from "#contracts/api/progress.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { PatientScreen } from "#web/features/patient-shell/PatientScreen.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DaysPer28Chart } from "#web/ui/charts/DaysPer28Chart.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { countdown, headacheFollowUp, headacheSentence, medicineSentence, visitLine, whatToExpect } from "./progress-sentences.ts";
import "./progress.css";

type ProgressPageProps = { readonly me: Me; readonly patient: NonNullable<Me["patient"]> };

function HeadacheCard({ progress }: { readonly progress: MyProgress }) {
  const windows = useMemo(() => [progress.last28, ...progress.earlier], [progress]);
  const sessions = useMemo(() => progress.treatment.sessionDates.map((date) => ({ date, label: "Injections" })), [progress]);
  const shown = [...(progress.baseline ? [{ name: "Before treatment", w: progress.baseline }] : []), ...windows.map((w, i) => ({ name: i === 0 ? "Last 4 weeks" : `${formatPlainDate(w.start)} – ${formatPlainDate(w.end)}`, w }))];
  return (
    <Card title="Headache days">
      <p className="progress-number numeric" aria-hidden="true">
        {progress.last28.headacheDays}
      </p>
      <p className="progress-sentence" data-testid="headache-sentence">
        {headacheSentence(progress)}
      </p>
      <p className="muted">{headacheFollowUp(progress)}</p>
      {progress.last28.daysRecorded > 0 || progress.baseline ? (
        <DaysPer28Chart windows={windows} baseline={progress.baseline} sessions={sessions} evaluationPoints={[]} today={progress.today} fromBaseline={false} headacheDayMinHours={progress.counting.headacheDayMinHours} compact testId="my-days-chart" />
      ) : null}
      <details className="progress-numbers">
        <summary>The numbers in the chart</summary>
        <ul data-testid="my-days-numbers">
          {shown.map(({ name, w }) => (
            <li key={`${name}-${w.start}`}>{`${name}: ${w.headacheDays} headache ${w.headacheDays === 1 ? "day" : "days"} (${w.daysRecorded} of 28 days recorded)`}</li>
          ))}
        </ul>
      </details>
    </Card>
  );
}

function VisitCard({ progress }: { readonly progress: MyProgress }) {
  const visit = progress.nextVisit;
  return (
    <Card title="Your next visit">
      {visit ? (
        <div data-testid="next-visit">
          <p className="progress-countdown">{countdown(visit.daysUntil)}</p>
          <p>{visitLine(visit)}</p>
          <h3>What to expect</h3>
          <ul>
            {whatToExpect(progress.treatment.sessionsSoFar, visit.minutes).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p data-testid="no-visit">No visit is booked yet. Your clinic will arrange the next one with you.</p>
      )}
    </Card>
  );
}

function MedicinesCard({ progress }: { readonly progress: MyProgress }) {
  return (
    <Card title="Headache medicines in the last 4 weeks">
      {progress.medicines.length === 0 ? (
        <p data-testid="no-medicines">No headache medicines recorded in the last 4 weeks.</p>
      ) : (
        <ul className="progress-medicines" data-testid="medicines">
          {progress.medicines.map((medicine) => (
            <li key={medicine.medicationClass} className={medicine.reachesLimit ? "progress-medicine progress-medicine--limit" : "progress-medicine"}>
              {medicineSentence(medicine)}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Taking these medicines on too many days can make headaches more frequent; the limits are the days in 4 weeks to stay under.</p>
    </Card>
  );
}

export function ProgressPage({ me, patient }: ProgressPageProps) {
  const progress = useApiQuery(`my-progress:${patient.patientId}`, () => api("myProgress"));
  const loaded = progress.state.phase === "loaded" ? progress.state.data : null;
  return (
    <PatientScreen me={me} title="My progress">
      <LoadStatus state={progress.state} what="your progress" onRetry={() => void progress.reload()} />
      {loaded && loaded.patientId !== patient.patientId ? (
        <StatusMessage tone="info" title="This page belongs to another sign-in">
          <p>Someone else signed in on this browser. Reload the page to see your own progress.</p>
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
