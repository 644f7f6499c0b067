/**
 * Horizontal bars comparing one figure across groups (issue 10 §3: a clinic's outcomes beside
 * published ones), drawn as vector paths. Groups differ by fill and pattern as well as colour
 * (design.md: never colour alone): the clinic solid dark, a trial's treated arm solid light, its
 * placebo arm outlined, a routine-care cohort hatched. Values may be negative (a change in days):
 * bars then run left from the zero line. The value as printed sits in its own column.
 */
import { INK } from "./pdf-document.ts";

export type ComparisonKind = "clinic" | "treatment" | "placebo" | "real-world";

export interface ComparisonBar {
  readonly label: string;
  /** Null: no bar, only the text (e.g. "no patient evaluated yet"). */
  readonly value: number | null;
  readonly text: string;
  readonly kind: ComparisonKind;
  /** Marked with "*" after the label. */
  readonly unverified: boolean;
}

export interface ComparisonBars {
  readonly unit: "percent" | "days";
  readonly bars: readonly ComparisonBar[];
}

const ROW = 12.5;
const BAR = 8;
const AXIS = 12;
const FONT = 7;

/** A scale from a round low to a round high that holds every value and zero. */
export function barScale(values: readonly number[], unit: "percent" | "days"): { min: number; max: number; step: number } {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = Math.max(high - low, unit === "percent" ? 10 : 4);
  const step = [1, 2, 5, 10, 20, 25].find((s) => span / s <= 6) ?? 50;
  const min = Math.floor(low / step) * step;
  const max = Math.max(min + step, Math.ceil(high / step) * step);
  return { min, max: unit === "percent" ? Math.min(100, max) : max, step };
}

function hatched(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, colour: string): void {
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(0.7).strokeColor(colour);
  for (let offset = -height; offset < width; offset += 2.5) doc.moveTo(x + offset, y + height).lineTo(x + offset + height, y).stroke();
  doc.restore();
  doc.lineWidth(0.6).strokeColor(colour).rect(x, y, width, height).stroke();
}

/** Draws one bar's rectangle in its kind's style. */
export function drawBarShape(doc: PDFKit.PDFDocument, kind: ComparisonKind, x: number, y: number, width: number, height: number): void {
  if (width <= 0) {
    doc.lineWidth(1).strokeColor(kind === "clinic" ? INK.migraine : INK.muted).moveTo(x, y).lineTo(x, y + height).stroke();
    return;
  }
  if (kind === "clinic") doc.rect(x, y, width, height).fill(INK.migraine);
  else if (kind === "treatment") doc.rect(x, y, width, height).fill(INK.headache);
  else if (kind === "placebo") doc.lineWidth(0.8).strokeColor(INK.muted).rect(x, y, width, height).stroke();
  else hatched(doc, x, y, width, height, INK.medication);
}

/** The height the chart will take. */
export function comparisonBarsHeight(chart: ComparisonBars): number {
  return chart.bars.length * ROW + AXIS + 2;
}

/** Draws the bars in `box` (its width; rows go down from `y`); returns the y below the axis. */
export function drawComparisonBars(doc: PDFKit.PDFDocument, chart: ComparisonBars, box: { x: number; y: number; width: number }): number {
  const labelWidth = Math.round(box.width * 0.4);
  const textWidth = 110;
  const plotX = box.x + labelWidth + 6;
  const plotWidth = box.width - labelWidth - 6 - textWidth - 6;
  const values = chart.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const scale = barScale(values, chart.unit);
  const at = (value: number) => plotX + ((Math.max(scale.min, Math.min(scale.max, value)) - scale.min) / (scale.max - scale.min)) * plotWidth;
  const plotHeight = chart.bars.length * ROW;

  // Gridlines and their labels below the plot.
  doc.font("condensed").fontSize(6.5).fillColor(INK.muted);
  for (let tick = scale.min; tick <= scale.max + 1e-9; tick += scale.step) {
    const x = at(tick);
    doc.lineWidth(tick === 0 ? 0.9 : 0.3).strokeColor(tick === 0 ? INK.text : INK.grid).moveTo(x, box.y).lineTo(x, box.y + plotHeight).stroke();
    const label = `${tick < 0 ? "−" : ""}${Math.abs(tick)}${chart.unit === "percent" ? "%" : ""}`;
    doc.text(label, x - 15, box.y + plotHeight + 2, { width: 30, align: "center", lineBreak: false });
  }

  chart.bars.forEach((bar, index) => {
    const y = box.y + index * ROW;
    const label = bar.unverified ? `${bar.label} *` : bar.label;
    doc.font(bar.kind === "clinic" ? "condensedBold" : "condensed").fontSize(FONT).fillColor(INK.text)
      .text(label, box.x, y + (ROW - FONT) / 2 - 1, { width: labelWidth, align: "right", lineBreak: false, ellipsis: true });
    if (bar.value !== null) {
      const zero = at(0);
      const end = at(bar.value);
      drawBarShape(doc, bar.kind, Math.min(zero, end), y + (ROW - BAR) / 2, Math.abs(end - zero), BAR);
    }
    doc.font(bar.kind === "clinic" ? "condensedBold" : "condensed").fontSize(FONT).fillColor(bar.value === null ? INK.muted : INK.text)
      .text(bar.text, box.x + box.width - textWidth, y + (ROW - FONT) / 2 - 1, { width: textWidth, lineBreak: false });
  });
  return box.y + plotHeight + AXIS;
}

/** The legend of the kinds drawn: one line, each kind's shape and its name. */
export function drawComparisonLegend(doc: PDFKit.PDFDocument, kinds: readonly { kind: ComparisonKind; label: string }[], x: number, y: number): number {
  let cursor = x;
  doc.font("condensed").fontSize(7).fillColor(INK.text);
  for (const item of kinds) {
    drawBarShape(doc, item.kind, cursor, y + 1, 14, 7);
    doc.font("condensed").fontSize(7).fillColor(INK.text).text(item.label, cursor + 18, y, { lineBreak: false });
    cursor += 18 + doc.widthOfString(item.label) + 14;
  }
  return y + 12;
}
