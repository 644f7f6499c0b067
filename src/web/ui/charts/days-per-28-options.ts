/**
 * The uPlot options of the days-per-28 chart (ADR 0019): headache days as wide bars (hatched for
 * an incomplete window), migraine days as narrow bars inside them, the baseline as a dashed line
 * over a shaded baseline period, sessions as solid rules and evaluation points as dotted rules
 * with a diamond; acute-medication days in a panel below on the same dates.
 */
import uPlot from "uplot";
import type { BuildOptions } from "./UPlotChart.tsx";
import { hatchPattern, type ChartColours } from "./chart-colours.ts";
import { barPaths, canvasFont, countAxis, dateAxis, drawRules, strokeLine, utcDate } from "./chart-axes.ts";
import type { DaysPer28Series } from "./days-per-28-data.ts";

const FULL_SCALE: [number, number] = [0, 28];

function drawBaselineBand(series: DaysPer28Series, colours: ChartColours) {
  return (u: uPlot) => {
    if (!series.baseline) return;
    const { top, height } = u.bbox;
    const from = u.valToPos(series.baseline.from, "x", true);
    const to = u.valToPos(series.baseline.to, "x", true);
    u.ctx.save();
    u.ctx.fillStyle = colours.baselineBand;
    u.ctx.fillRect(from, top, Math.max(0, to - from), height);
    u.ctx.restore();
  };
}

function drawBaselineLine(series: DaysPer28Series, colours: ChartColours, label: (value: number) => string) {
  return (u: uPlot) => {
    if (!series.baseline) return;
    const { ctx } = u;
    const { left, width } = u.bbox;
    const r = uPlot.pxRatio;
    const y = Math.round(u.valToPos(series.baseline.value, "y", true));
    ctx.save();
    ctx.strokeStyle = colours.baseline;
    ctx.lineWidth = 2 * r;
    ctx.setLineDash([8 * r, 5 * r]);
    strokeLine(ctx, left, y, left + width, y);
    ctx.font = canvasFont(colours, 12, "600");
    ctx.fillStyle = colours.text;
    ctx.textAlign = "right";
    ctx.textBaseline = "bottom";
    ctx.fillText(label(series.baseline.value), left + width - 4 * r, y - 3 * r);
    ctx.restore();
  };
}

function drawEvaluationDiamonds(series: DaysPer28Series, colours: ChartColours) {
  return (u: uPlot) => {
    const { ctx } = u;
    const { left, top, width } = u.bbox;
    const r = uPlot.pxRatio;
    ctx.save();
    ctx.strokeStyle = colours.evaluation;
    ctx.fillStyle = colours.evaluation;
    ctx.lineWidth = 2 * r;
    for (const point of series.evaluationPoints) {
      const x = Math.round(u.valToPos(point.x, "x", true));
      if (x < left || x > left + width) continue;
      const y = top + 44 * r;
      const s = 6 * r;
      ctx.beginPath();
      ctx.moveTo(x, y - s);
      ctx.lineTo(x + s, y);
      ctx.lineTo(x, y + s);
      ctx.lineTo(x - s, y);
      ctx.closePath();
      // Reached: filled; still ahead: hollow (told apart without colour).
      if (point.reached) ctx.fill();
      else ctx.stroke();
    }
    ctx.restore();
  };
}

/** The upper panel: headache and migraine days, baseline, sessions and evaluation points. */
export function daysPer28Options(series: DaysPer28Series, options: { readonly yLabel: string; readonly xLabel: string; readonly markerLabels: boolean; readonly tick?: (seconds: number) => string; readonly baselineLabel?: (value: number) => string }): BuildOptions {
  return (colours) => {
    let hatch: CanvasPattern | string | null = null;
    return {
      tzDate: utcDate,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true, range: () => [series.xRange[0], series.xRange[1]] }, y: { range: () => FULL_SCALE } },
      axes: [dateAxis(colours, options.xLabel, options.tick), countAxis(colours, options.yLabel, [0, 7, 14, 21, 28])],
      series: [
        {},
        { label: "Headache days", fill: colours.headache, stroke: colours.headache, width: 0, paths: barPaths(0.86), points: { show: false } },
        {
          label: "Headache days, incomplete window",
          fill: (u: uPlot) => (hatch ??= hatchPattern(u.ctx, colours.headache, uPlot.pxRatio)),
          stroke: colours.headache,
          width: 1,
          paths: barPaths(0.86),
          points: { show: false },
        },
        { label: "Migraine days", fill: colours.migraine, stroke: colours.migraine, width: 0, paths: barPaths(0.36), points: { show: false } },
      ],
      hooks: {
        drawClear: [drawBaselineBand(series, colours)],
        draw: [
          drawBaselineLine(series, colours, options.baselineLabel ?? ((value) => `Baseline ${value}`)),
          (u: uPlot) => drawRules(u, series.sessions, { colour: colours.session, dash: [], labels: options.markerLabels, font: canvasFont(colours, 12, "600"), labelRow: 0 }),
          (u: uPlot) => drawRules(u, series.evaluationPoints, { colour: colours.evaluation, dash: [2, 3], labels: options.markerLabels, font: canvasFont(colours, 12, "600"), labelRow: 1 }),
          drawEvaluationDiamonds(series, colours),
        ],
      },
    };
  };
}

/** The lower panel: acute-medication days per window, with the session rules. */
export function medicationOptions(series: DaysPer28Series, xLabel: string): BuildOptions {
  return (colours) => ({
    tzDate: utcDate,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: true, range: () => [series.xRange[0], series.xRange[1]] }, y: { range: () => FULL_SCALE } },
    axes: [dateAxis(colours, xLabel), countAxis(colours, "Medicine days", [0, 14, 28])],
    series: [{}, { label: "Acute medication days", fill: colours.medication, stroke: colours.medication, width: 0, paths: barPaths(0.6), points: { show: false } }],
    hooks: {
      draw: [(u: uPlot) => drawRules(u, series.sessions, { colour: colours.session, dash: [], labels: false, font: canvasFont(colours, 12), labelRow: 0 })],
    },
  });
}
