/** Axes, bars and marker drawing shared by the uPlot charts (ADR 0019). */
import uPlot from "uplot";
import type { ChartColours } from "./chart-colours.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date tick (x at UTC midnight, in seconds): "Jul 2026" on the first of a month, else "12 Jul".
 * @example dateTick(Date.UTC(2026, 6, 1) / 1000) // "Jul 2026"
 */
export function dateTick(seconds: number): string {
  const date = new Date(seconds * 1000);
  const month = MONTHS[date.getUTCMonth()] ?? "";
  return date.getUTCDate() === 1 ? `${month} ${date.getUTCFullYear()}` : `${date.getUTCDate()} ${month}`;
}

/** A font for the canvas's own drawing (hooks), at its pixel ratio; axes take CSS pixels and scale themselves. */
export function canvasFont(colours: ChartColours, size: number, weight = "normal"): string {
  return `${weight} ${Math.round(size * uPlot.pxRatio)}px ${colours.fontFamily}`;
}

const axisFont = (colours: ChartColours, weight = "normal") => `${weight} 12px ${colours.fontFamily}`;

/** Calendar dates never shift with the viewer's zone: the x scale is read in UTC. */
export const utcDate = (seconds: number): Date => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC");

/** The date axis along the bottom; `tick` writes each date (the patient's chart: in their language). */
export function dateAxis(colours: ChartColours, label: string, tick: (seconds: number) => string = dateTick): uPlot.Axis {
  return {
    stroke: colours.text,
    font: axisFont(colours),
    labelFont: axisFont(colours, "600"),
    label,
    labelSize: 22,
    space: 72,
    grid: { stroke: colours.grid, width: 1 },
    ticks: { stroke: colours.grid, width: 1 },
    values: (_u, splits) => splits.map(tick),
  };
}

/** A count axis on the left with fixed ticks. */
export function countAxis(colours: ChartColours, label: string, ticks: readonly number[]): uPlot.Axis {
  return {
    stroke: colours.text,
    font: axisFont(colours),
    labelFont: axisFont(colours, "600"),
    label,
    labelSize: 22,
    size: 40,
    grid: { stroke: colours.grid, width: 1 },
    ticks: { stroke: colours.grid, width: 1 },
    splits: () => [...ticks],
  };
}

/** uPlot's bar paths, `factor` of the gap between points wide. */
export function barPaths(factor: number): uPlot.Series.PathBuilder {
  const bars = uPlot.paths.bars;
  if (bars === undefined) throw new Error("uPlot was built without bar paths");
  return bars({ size: [factor, Infinity], align: 0 });
}

/** Draws a line in canvas pixels. */
export function strokeLine(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** Vertical rules at `markers` (x in scale units), solid for sessions, dotted for evaluation points, each with a short label. */
export function drawRules(
  u: uPlot,
  markers: readonly { readonly x: number; readonly label: string }[],
  style: { readonly colour: string; readonly dash: readonly number[]; readonly labels: boolean; readonly font: string; readonly labelRow: number },
): void {
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  const r = uPlot.pxRatio;
  ctx.save();
  ctx.strokeStyle = style.colour;
  ctx.fillStyle = style.colour;
  ctx.lineWidth = 2 * r;
  ctx.setLineDash(style.dash.map((d) => d * r));
  ctx.font = style.font;
  ctx.textBaseline = "top";
  for (const marker of markers) {
    const x = Math.round(u.valToPos(marker.x, "x", true));
    if (x < left || x > left + width) continue;
    strokeLine(ctx, x, top, x, top + height);
    if (!style.labels) continue;
    // Labels sit right of their rule, or left of it near the right edge, so none is cut off.
    const textWidth = ctx.measureText(marker.label).width;
    const rightSide = x + 4 * r + textWidth <= left + width;
    ctx.textAlign = rightSide ? "left" : "right";
    ctx.fillText(marker.label, rightSide ? x + 4 * r : x - 4 * r, top + (2 + style.labelRow * 16) * r);
  }
  ctx.restore();
}
