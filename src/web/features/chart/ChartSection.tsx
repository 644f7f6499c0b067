/**
 * The clinician's chart on the patient's page (issue 8, section 4): headache and migraine days
 * per 28 days over the whole treatment, the diary calendar and the timeline. Loaded on demand
 * (PatientChart.tsx), so the chart library never reaches the patient's diary.
 */
import { useMemo } from "react";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { DaysPer28Chart } from "#web/ui/charts/DaysPer28Chart.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { CalendarCard } from "./CalendarCard.tsx";
import { chartInput, responseLine } from "./progress-chart-input.ts";
import { Timeline } from "./Timeline.tsx";
import "./chart.css";

type ChartSectionProps = { readonly clinicId: string; readonly patientId: string; readonly revision?: number };

export default function ChartSection({ clinicId, patientId, revision = 0 }: ChartSectionProps) {
  const progress = useApiQuery(`progress:${clinicId}:${patientId}:${revision}`, () => api("patientProgress", { params: { clinicId, patientId } }));
  const loaded = progress.state.phase === "loaded" ? progress.state.data : null;
  const input = useMemo(() => (loaded ? chartInput(loaded) : null), [loaded]);

  return (
    <>
      <Card title="Headache days per 28 days">
        <LoadStatus state={progress.state} what="the chart" onRetry={() => void progress.reload()} />
        {loaded && input ? (
          <>
            <p data-testid="response-line">{responseLine(loaded)}</p>
            <DaysPer28Chart {...input} headacheDayMinHours={loaded.counting.headacheDayMinHours} testId="days-per-28" />
          </>
        ) : null}
      </Card>
      {loaded ? (
        <Card title="Diary calendar">
          <CalendarCard clinicId={clinicId} patientId={patientId} today={loaded.today} />
        </Card>
      ) : null}
      {loaded ? (
        <Card title="Timeline">
          <Timeline items={loaded.timeline} clinicId={clinicId} patientId={patientId} />
        </Card>
      ) : null}
    </>
  );
}
