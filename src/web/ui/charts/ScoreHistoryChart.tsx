/**
 * A questionnaire's scores over time with its grade bands behind them (issue 8, section 2), and
 * a table of the same scores. The bands come from `gradeBands` over the domain's grading
 * function; the scores and grades from the server.
 */
import { useMemo } from "react";
import uPlot from "uplot";
import { DataTable, type Column } from "../DataTable.tsx";
import { formatPlainDate } from "../format.ts";
import type { ChartColours } from "./chart-colours.ts";
import { canvasFont, countAxis, dateAxis, utcDate } from "./chart-axes.ts";
import { scoreSeries, type GradeBand, type ScorePoint } from "./score-history-data.ts";
import { UPlotChart, type BuildOptions } from "./UPlotChart.tsx";
import "./charts.css";

export interface ScoreRow extends ScorePoint {
  readonly grade: string;
  readonly change: number | null;
}

type ScoreHistoryChartProps = {
  /** "HIT-6" or "MIDAS". */
  readonly instrument: string;
  readonly scores: readonly ScoreRow[];
  readonly bands: readonly GradeBand[];
  /** Words for a grade ("Severe impact"). */
  readonly gradeLabel?: (grade: string) => string;
  readonly testId?: string;
};

function drawBands(bands: readonly GradeBand[], colours: ChartColours, label: (grade: string) => string) {
  return (u: uPlot) => {
    const { ctx } = u;
    const { left, width } = u.bbox;
    const r = uPlot.pxRatio;
    ctx.save();
    ctx.font = canvasFont(colours, 11);
    ctx.textAlign = "right";
    ctx.textBaseline = "top";
    bands.forEach((band, index) => {
      const top = u.valToPos(band.to + 0.5, "y", true);
      const bottom = u.valToPos(band.from - 0.5, "y", true);
      ctx.fillStyle = colours.band[index % colours.band.length] ?? colours.grid;
      ctx.fillRect(left, top, width, bottom - top);
      ctx.fillStyle = colours.muted;
      ctx.fillText(label(band.grade), left + width - 4 * r, top + 2 * r);
    });
    ctx.restore();
  };
}

export function ScoreHistoryChart({ instrument, scores, bands, gradeLabel = (grade) => grade, testId }: ScoreHistoryChartProps) {
  const series = useMemo(() => scoreSeries(scores), [scores]);
  const min = bands[0]?.from ?? 0;
  const max = bands[bands.length - 1]?.to ?? 100;
  const build = useMemo<BuildOptions>(
    () => (colours) => ({
      tzDate: utcDate,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true, range: () => series.xRange }, y: { range: () => [min - 0.5, max + 0.5] } },
      axes: [dateAxis(colours, "Date"), countAxis(colours, `${instrument} score`, bands.map((band) => band.from))],
      series: [{}, { label: `${instrument} score`, stroke: colours.migraine, width: 2, points: { show: true, size: 9, fill: colours.migraine, stroke: colours.migraine } }],
      hooks: { drawClear: [drawBands(bands, colours, gradeLabel)] },
    }),
    [series, min, max, instrument, bands, gradeLabel],
  );
  const rows = [...scores].sort((a, b) => (a.date < b.date ? 1 : -1));
  const columns: readonly Column<ScoreRow>[] = [
    { header: "Date", cell: (row) => formatPlainDate(row.date), rowHeader: true, className: "nowrap" },
    { header: "Score", cell: (row) => row.score, className: "numeric" },
    { header: "Grade", cell: (row) => gradeLabel(row.grade) },
    { header: "Change", cell: (row) => (row.change === null ? "first" : row.change > 0 ? `+${row.change}` : String(row.change)), className: "numeric" },
  ];
  const latest = rows[0];
  const summary = latest ? `${instrument} scores over time: ${scores.length} scores, the latest ${latest.score} (${gradeLabel(latest.grade)}) on ${formatPlainDate(latest.date)}. The table gives every score.` : `No ${instrument} scores yet.`;
  return (
    <figure className="chart" data-testid={testId}>
      {scores.length > 0 ? <UPlotChart build={build} data={[series.x, series.y]} height={220} label={summary} /> : null}
      <DataTable caption={`${instrument} scores, newest first`} columns={columns} rows={rows} rowKey={(row) => `${row.date}-${row.score}`} empty={<p>{summary}</p>} />
    </figure>
  );
}
