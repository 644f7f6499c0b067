/**
 * Headache, migraine and acute-medication days per 28 days as vector paths (issue 10: "draw
 * charts as vectors"; design.md, Charts): headache days as wide bars, migraine days as narrow
 * bars inside them, acute-medication days as a line with squares, the baseline as a dashed line
 * with the 30% and 50% reductions as a labelled band, sessions as numbered vertical rules, the
 * evaluation window shaded. Incomplete windows are hatched: their counts are of recorded days only
 * (pathway-rules §1). The x axis is dates, so the baseline and sessions sit where they happened.
 */
import { RESPONDER_30, RESPONDER_50 } from "#domain/outcomes/continuation.ts";
import { addDays, dateParts, daysBetween, formatDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { SummaryChart, SummaryWindow } from "../summary/summary-model.ts";
import { INK } from "./pdf-document.ts";

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const AXIS_LEFT = 24;
const LABELS_BELOW = 22;
const LEGEND_HEIGHT = 24;

/** The y scale's top and step: whole days, gridlines every 2, 4 or 7 days, never above 28. */
function yScale(chart: SummaryChart): { max: number; step: number } {
  const values = chart.windows.flatMap((w) => [w.headacheDays, w.migraineDays, w.acuteMedicationDays]);
  if (chart.baseline !== null) values.push(chart.baseline.headacheDays);
  const highest = Math.max(1, ...values);
  const step = highest <= 8 ? 2 : highest <= 16 ? 4 : 7;
  // One step of headroom above the highest bar, so its number sits inside the plot.
  return { max: Math.min(28, Math.max(step * 4, Math.ceil((highest + 1) / step) * step)), step };
}

/** Diagonal hatching inside a rectangle, for incomplete windows. */
function hatch(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, colour: string): void {
  if (height <= 0 || width <= 0) return;
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(0.6).strokeColor(colour);
  for (let offset = -height; offset < width; offset += 3) doc.moveTo(x + offset, y + height).lineTo(x + offset + height, y).stroke();
  doc.restore();
  doc.lineWidth(0.6).strokeColor(colour).rect(x, y, width, height).stroke();
}

function drawLegend(doc: PDFKit.PDFDocument, chart: SummaryChart, x: number, y: number, width: number): void {
  const items: { draw: (sx: number, sy: number) => void; label: string }[] = [
    { draw: (sx, sy) => doc.rect(sx, sy, 10, 7).fill(INK.headache), label: "headache days" },
    { draw: (sx, sy) => doc.rect(sx + 3, sy, 4, 7).fill(INK.migraine), label: "migraine days" },
    {
      draw: (sx, sy) => {
        doc.lineWidth(1.2).strokeColor(INK.medication).moveTo(sx, sy + 3.5).lineTo(sx + 12, sy + 3.5).stroke();
        doc.rect(sx + 4.5, sy + 2, 3, 3).fill(INK.medication);
      },
      label: "acute-medication days",
    },
  ];
  if (chart.windows.some((w) => !w.complete)) items.push({ draw: (sx, sy) => hatch(doc, sx, sy, 10, 7, INK.headache), label: "too few days recorded" });
  if (chart.baseline?.complete === true) {
    items.push({ draw: (sx, sy) => doc.lineWidth(1).strokeColor(INK.baseline).dash(3, { space: 2 }).moveTo(sx, sy + 3.5).lineTo(sx + 12, sy + 3.5).stroke().undash(), label: "baseline" });
    items.push({ draw: (sx, sy) => doc.rect(sx, sy, 12, 7).fill("#dcebd8"), label: `${RESPONDER_30}–${RESPONDER_50}% fewer` });
  }
  if (chart.sessions.length > 0) items.push({ draw: (sx, sy) => doc.lineWidth(1.2).strokeColor(INK.session).moveTo(sx + 5, sy - 1).lineTo(sx + 5, sy + 8).stroke(), label: "session" });
  if (chart.evaluationWindow !== null) items.push({ draw: (sx, sy) => doc.rect(sx, sy, 12, 7).fill("#e8e2f2"), label: "evaluation window" });
  doc.font("regular").fontSize(7).fillColor(INK.muted);
  let cursor = x;
  let row = y;
  for (const item of items) {
    const itemWidth = 15 + doc.widthOfString(item.label);
    if (cursor + itemWidth > x + width) {
      cursor = x;
      row += 11;
    }
    item.draw(cursor, row);
    doc.font("regular").fontSize(7).fillColor(INK.muted).text(item.label, cursor + 15, row - 0.5, { lineBreak: false });
    cursor += itemWidth + 10;
  }
}

/** Draws the chart inside `box`; returns the y below it. */
export function drawDaysChart(doc: PDFKit.PDFDocument, chart: SummaryChart, box: Box): number {
  const first = chart.windows[0] as SummaryWindow;
  const last = chart.windows[chart.windows.length - 1] as SummaryWindow;
  const start = first.start;
  const totalDays = daysBetween(start, last.end) + 1;
  const left = box.x + AXIS_LEFT;
  const right = box.x + box.width - 2;
  const top = box.y + 10;
  const bottom = box.y + box.height - LABELS_BELOW - LEGEND_HEIGHT;
  const dayWidth = (right - left) / totalDays;
  const xOf = (date: PlainDate) => left + Math.min(totalDays, Math.max(0, daysBetween(start, date))) * dayWidth;
  const { max, step } = yScale(chart);
  const yOf = (days: number) => bottom - (Math.min(days, max) / max) * (bottom - top);

  // Grid and y axis: whole days per 28.
  doc.font("regular").fontSize(6.5);
  for (let value = 0; value <= max; value += step) {
    doc.lineWidth(value === 0 ? 0.8 : 0.4).strokeColor(value === 0 ? INK.muted : INK.grid).moveTo(left, yOf(value)).lineTo(right, yOf(value)).stroke();
    doc.fillColor(INK.muted).text(String(value), box.x, yOf(value) - 3, { width: AXIS_LEFT - 4, align: "right", lineBreak: false });
  }
  doc.save().rotate(-90, { origin: [box.x + 3, (top + bottom) / 2] });
  doc.fontSize(6.5).fillColor(INK.muted).text("days per 28", box.x - 18, (top + bottom) / 2 - 3, { lineBreak: false });
  doc.restore();

  // The evaluation window, shaded behind the bars.
  if (chart.evaluationWindow !== null && chart.evaluationWindow.end >= start) {
    const ex = xOf(chart.evaluationWindow.start);
    doc.rect(ex, top, xOf(addDays(chart.evaluationWindow.end, 1)) - ex, bottom - top).fill("#e8e2f2");
  }

  // The baseline and the 30-50% band below it (pathway-rules §8 responder thresholds).
  const baseline = chart.baseline?.complete === true ? chart.baseline : null;
  if (baseline !== null) {
    const from = Math.max(left, xOf(baseline.start));
    const y30 = yOf(baseline.headacheDays * (1 - RESPONDER_30 / 100));
    const y50 = yOf(baseline.headacheDays * (1 - RESPONDER_50 / 100));
    doc.rect(from, y30, right - from, y50 - y30).fill("#dcebd8");
  }

  // Bars: headache days wide, migraine days narrow inside; hatched when incomplete.
  const centres: { x: number; y: number }[] = [];
  const labels: { text: string; x: number; y: number }[] = [];
  for (const window of chart.windows) {
    const x0 = xOf(window.start);
    const width = xOf(addDays(window.end, 1)) - x0;
    const wide = width * 0.72;
    const narrow = width * 0.3;
    const wx = x0 + (width - wide) / 2;
    if (window.complete) doc.rect(wx, yOf(window.headacheDays), wide, bottom - yOf(window.headacheDays)).fill(INK.headache);
    else hatch(doc, wx, yOf(window.headacheDays), wide, bottom - yOf(window.headacheDays), INK.headache);
    const nx = x0 + (width - narrow) / 2;
    if (window.complete) doc.rect(nx, yOf(window.migraineDays), narrow, bottom - yOf(window.migraineDays)).fill(INK.migraine);
    else hatch(doc, nx, yOf(window.migraineDays), narrow, bottom - yOf(window.migraineDays), INK.migraine);
    if (width >= 12) labels.push({ text: String(window.headacheDays), x: x0 + width / 2, y: yOf(window.headacheDays) - 8 });
    centres.push({ x: x0 + width / 2, y: yOf(window.acuteMedicationDays) });
  }

  // Acute-medication days: a line with squares, so it reads without colour.
  doc.lineWidth(1.2).strokeColor(INK.medication);
  centres.forEach((point, index) => (index === 0 ? doc.moveTo(point.x, point.y) : doc.lineTo(point.x, point.y)));
  if (centres.length > 1) doc.stroke();
  for (const point of centres) doc.rect(point.x - 1.8, point.y - 1.8, 3.6, 3.6).fill(INK.medication);

  if (baseline !== null) {
    const from = Math.max(left, xOf(baseline.start));
    const y = yOf(baseline.headacheDays);
    doc.lineWidth(1).strokeColor(INK.baseline).dash(4, { space: 2.5 }).moveTo(from, y).lineTo(right, y).stroke().undash();
    labels.push({ text: `baseline ${baseline.headacheDays}`, x: right - 30, y: y - 10 });
  }

  // Sessions: numbered vertical rules across the plot (design.md: "Session days are marked with a vertical rule").
  chart.sessions.forEach((date, index) => {
    const x = xOf(date);
    doc.lineWidth(1.2).strokeColor(INK.session).moveTo(x, top - 2).lineTo(x, bottom).stroke();
    doc.font("bold").fontSize(6.5).fillColor(INK.session).text(String(index + 1), x - 10, top - 10, { width: 20, align: "center", lineBreak: false });
  });

  if (chart.windows.every((w) => w.daysRecorded === 0)) {
    doc.font("regular").fontSize(9).fillColor(INK.muted).text("No diary entries in these windows.", left, (top + bottom) / 2 - 5, { width: right - left, align: "center", lineBreak: false });
  }

  // The numbers last, on a white ground, so no rule or line crosses them.
  for (const label of labels) {
    doc.font("condensedBold").fontSize(6.5);
    const width = doc.widthOfString(label.text) + 2;
    doc.rect(label.x - width / 2, label.y - 0.5, width, 8).fill("#ffffff");
    doc.fillColor(INK.text).text(label.text, label.x - width / 2, label.y, { width, align: "center", lineBreak: false });
  }

  // Month ticks on the x axis, the year on January and on the first one.
  doc.font("regular").fontSize(6.5).fillColor(INK.muted);
  let { year, month } = dateParts(start);
  let labelled = 0;
  const everyOther = totalDays > 400;
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const date = formatDate(year, month, 1);
    if (date > last.end) break;
    const x = xOf(date);
    doc.lineWidth(0.5).strokeColor(INK.muted).moveTo(x, bottom).lineTo(x, bottom + 3).stroke();
    if (!everyOther || month % 2 === 1) {
      doc.fillColor(INK.muted).text(MONTHS[month - 1] as string, x - 12, bottom + 4, { width: 24, align: "center", lineBreak: false });
      if (month === 1 || labelled === 0) doc.text(String(year), x - 12, bottom + 11, { width: 24, align: "center", lineBreak: false });
      labelled += 1;
    }
  }
  drawLegend(doc, chart, box.x, box.y + box.height - LEGEND_HEIGHT + 4, box.width);
  return box.y + box.height;
}
