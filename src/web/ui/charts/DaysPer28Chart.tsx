/**
 * Headache and migraine days per 28-day window over the whole treatment (issue 8; design.md,
 * "Charts"): the baseline as a dashed line, a rule at every session, the evaluation points
 * marked, acute-medication days in a panel below, labelled axes, and a table with every number
 * for screen readers and for reading exact figures. The numbers are the server's (src/domain).
 */
import { useMemo } from "react";
import type uPlot from "uplot";
import { DataTable, type Column } from "../DataTable.tsx";
import { ChartLegend, type LegendItem } from "./ChartLegend.tsx";
import { UPlotChart } from "./UPlotChart.tsx";
import { daysPer28Options, medicationOptions } from "./days-per-28-options.ts";
import { daysPer28Rows, daysPer28Series, daysPer28Summary, type DaysPer28Input, type DaysPer28Row } from "./days-per-28-data.ts";
import "./charts.css";

type DaysPer28ChartProps = DaysPer28Input & {
  /** Hours a headache must last to count as a headache day (the counting settings), stated under the chart. */
  readonly headacheDayMinHours: number;
  /** The patient's small chart: no medication panel, no marker labels, no table (the page says the numbers in words). */
  readonly compact?: boolean;
  /** The compact chart's words in the patient's language (My progress); English otherwise. */
  readonly words?: CompactChartWords;
  readonly testId?: string;
};

const COLUMNS: readonly Column<DaysPer28Row>[] = [
  { header: "Window", cell: (row) => row.name, rowHeader: true },
  { header: "Dates", cell: (row) => row.dates, className: "nowrap" },
  { header: "Recorded", cell: (row) => row.recorded },
  { header: "Headache days", cell: (row) => row.headacheDays, className: "numeric" },
  { header: "Migraine days", cell: (row) => row.migraineDays, className: "numeric" },
  { header: "Acute medication days", cell: (row) => row.acuteMedicationDays, className: "numeric" },
  { header: "Sessions and evaluation points", cell: (row) => row.events },
];

/** Everything the patient's compact chart says, in their language. */
export interface CompactChartWords {
  readonly yLabel: string;
  readonly xLabel: string;
  readonly key: string;
  readonly legend: { readonly headacheDays: string; readonly fewRecorded: string; readonly migraineDays: string; readonly before: string; readonly injections: string };
  readonly note: string;
  /** The chart in one sentence for screen readers. */
  readonly summary: string;
  readonly tick: (seconds: number) => string;
  /** The words drawn on the baseline's dashed line: "Before treatment 18". */
  readonly baselineLabel: (value: number) => string;
}

function compactLegend(input: DaysPer28Input, legend: CompactChartWords["legend"]): LegendItem[] {
  const items: LegendItem[] = [{ swatch: "bar", label: legend.headacheDays }];
  if (input.windows.some((w) => !w.complete)) items.push({ swatch: "bar-hatched", label: legend.fewRecorded });
  items.push({ swatch: "bar-narrow", label: legend.migraineDays });
  if (input.baseline?.complete) items.push({ swatch: "line-dashed", label: legend.before });
  if (input.sessions.length > 0) items.push({ swatch: "rule", label: legend.injections });
  return items;
}

function legendItems(input: DaysPer28Input, compact: boolean): LegendItem[] {
  const items: LegendItem[] = [{ swatch: "bar", label: "Headache days" }];
  if (input.windows.some((w) => !w.complete)) {
    items.push({ swatch: "bar-hatched", label: compact ? "Headache days, 4 weeks with few days recorded" : "Headache days, window with fewer than the needed recorded days" });
  }
  items.push({ swatch: "bar-narrow", label: "Migraine days" });
  if (input.baseline?.complete) items.push({ swatch: "line-dashed", label: compact ? "Before treatment: headache days in the 4 weeks before your first injections" : "Baseline: headache days in the 28 days before the first session" });
  if (input.sessions.length > 0) items.push({ swatch: "rule", label: compact ? "Injections" : "Session (S1, S2, …)" });
  if (input.evaluationPoints.some((p) => p.reached)) items.push({ swatch: "diamond", label: "Evaluation point, reached" });
  if (input.evaluationPoints.some((p) => !p.reached)) items.push({ swatch: "diamond-hollow", label: "Evaluation point, ahead" });
  if (!compact) items.push({ swatch: "medication", label: "Acute medication days (lower panel)" });
  return items;
}

export function DaysPer28Chart(props: DaysPer28ChartProps) {
  const { compact = false, headacheDayMinHours, testId, words } = props;
  const { windows, baseline, sessions, evaluationPoints, today, fromBaseline } = props;
  const input = useMemo(() => ({ windows, baseline, sessions, evaluationPoints, today, fromBaseline }), [windows, baseline, sessions, evaluationPoints, today, fromBaseline]);
  const series = useMemo(() => daysPer28Series(input), [input]);
  const data = useMemo<uPlot.AlignedData>(() => [series.x, series.headacheComplete, series.headacheIncomplete, series.migraine], [series]);
  const medication = useMemo<uPlot.AlignedData>(() => [series.x, series.medication], [series]);
  const top = useMemo(
    () =>
      daysPer28Options(series, {
        yLabel: words?.yLabel ?? (compact ? "Headache days" : "Days per 28 days"),
        xLabel: words?.xLabel ?? (compact ? "4-week periods" : "28-day windows"),
        markerLabels: !compact,
        ...(words ? { tick: words.tick, baselineLabel: words.baselineLabel } : {}),
      }),
    [series, compact, words],
  );
  const lower = useMemo(() => medicationOptions(series, "28-day windows"), [series]);

  return (
    <figure className="chart" data-testid={testId}>
      <UPlotChart build={top} data={data} height={compact ? 200 : 280} label={words?.summary ?? daysPer28Summary(input)} testId={testId ? `${testId}-canvas` : undefined} />
      {compact ? null : <UPlotChart build={lower} data={medication} height={170} label="Acute medication days per 28 days; the table gives every number." />}
      <figcaption>
        <ChartLegend items={words ? compactLegend(input, words.legend) : legendItems(input, compact)} label={words?.key ?? "Key"} />
        <p className="muted chart-note">
          {words
            ? words.note
            : compact
            ? `A headache day here is a headache of ${headacheDayMinHours} hours or more. Only the days you recorded are counted.`
            : `A headache day is a headache of ${headacheDayMinHours} hours or more; a migraine day may be shorter (pathway rules §2), so it can outnumber them. Counts are of recorded days only.`}
        </p>
      </figcaption>
      {compact ? null : (
        <DataTable
          caption="Days per 28-day window: the chart's numbers"
          columns={COLUMNS}
          rows={daysPer28Rows(input)}
          rowKey={(row) => row.key}
          empty={<p>No windows to show.</p>}
          testId={testId ? `${testId}-table` : undefined}
        />
      )}
    </figure>
  );
}
