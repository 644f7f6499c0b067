/**
 * The diary calendar of the last three 28-day windows, one row each (W3 at the top), drawn as
 * vectors in design.md's day scale: fill by severity with one to three bars, a dot on
 * headache-free days, a corner mark on migraine days, a pill on acute-medication days, a dashed
 * empty cell where nothing was recorded (unknown, never headache-free: pathway-rules §1), and a
 * vertical rule on session days. Each row ends with the window's counts.
 */
import { dateParts } from "#domain/shared/plain-date.ts";
import type { SummaryCalendarDay, SummaryCalendarRow } from "../summary/summary-model.ts";
import type { Box } from "./draw-days-chart.ts";
import { INK } from "./pdf-document.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LABEL_WIDTH = 86;
const COUNTS_WIDTH = 108;
const COUNT_COLUMN = 34;
const ROW_GAP = 10;

const SEVERITY_FILL = [INK.dayFree, INK.dayMild, INK.dayModerate, INK.daySevere] as const;

function drawDay(doc: PDFKit.PDFDocument, day: SummaryCalendarDay, x: number, y: number, size: number): void {
  const inner = size - 1.5;
  if (!day.recorded) {
    doc.lineWidth(0.5).strokeColor(INK.muted).dash(1.2, { space: 1.2 }).rect(x, y, inner, inner).stroke().undash();
  } else if (!day.anyHeadache) {
    doc.rect(x, y, inner, inner).fill(INK.dayFree);
    doc.circle(x + inner / 2, y + inner / 2, 0.9).fill(INK.muted);
  } else {
    const severity = day.severity ?? 1;
    doc.rect(x, y, inner, inner).fill(SEVERITY_FILL[severity]);
    const barColour = severity === 3 ? "#ffffff" : INK.text;
    for (let bar = 0; bar < severity; bar += 1) {
      const bx = x + inner / 2 - (severity - 1) * 1.4 + bar * 2.8 - 0.5;
      doc.rect(bx, y + inner - 4.5, 1, 3).fill(barColour);
    }
  }
  if (day.migraine) doc.polygon([x + inner - 4.5, y], [x + inner, y], [x + inner, y + 4.5]).fill(INK.text);
  if (day.acuteMedication) doc.roundedRect(x + 1.2, y + 1.2, 4.2, 2.2, 1.1).fill(INK.medication);
  if (day.session) doc.lineWidth(1.6).strokeColor(INK.session).moveTo(x - 0.9, y - 2.5).lineTo(x - 0.9, y + inner + 2.5).stroke();
}

function drawLegend(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  const sample = (over: Partial<SummaryCalendarDay>): SummaryCalendarDay => ({
    date: "2000-01-01" as SummaryCalendarDay["date"], recorded: true, anyHeadache: true, headacheDay: true, migraine: false,
    acuteMedication: false, severity: 1, session: false, ...over,
  });
  const items: [SummaryCalendarDay, string][] = [
    [sample({ anyHeadache: false, headacheDay: false, severity: null }), "no headache"],
    [sample({ severity: 1 }), "mild"],
    [sample({ severity: 2 }), "moderate"],
    [sample({ severity: 3 }), "severe"],
    [sample({ severity: 2, migraine: true }), "migraine day"],
    [sample({ severity: 2, acuteMedication: true }), "acute medication"],
    [sample({ recorded: false }), "no entry"],
    [sample({ anyHeadache: false, headacheDay: false, severity: null, session: true }), "session"],
  ];
  let cursor = x;
  for (const [day, label] of items) {
    drawDay(doc, day, cursor, y, size);
    doc.font("regular").fontSize(7).fillColor(INK.muted).text(label, cursor + size + 2, y + size / 2 - 4, { lineBreak: false });
    cursor += size + 2 + doc.widthOfString(label) + 10;
  }
}

/** Draws the three rows inside `box` (its height is ignored); returns the y below the legend. */
export function drawDiaryCalendar(doc: PDFKit.PDFDocument, rows: readonly SummaryCalendarRow[], box: Pick<Box, "x" | "y" | "width">): number {
  const days = Math.max(...rows.map((row) => row.days.length));
  const size = Math.min(14, (box.width - LABEL_WIDTH - COUNTS_WIDTH) / days);
  const gridLeft = box.x + LABEL_WIDTH;
  const countsLeft = gridLeft + days * size + 6;
  let y = box.y;

  doc.font("condensedBold").fontSize(6).fillColor(INK.muted);
  const columns = ["headache", "migraine", "medication"];
  columns.forEach((name, index) => doc.text(name, countsLeft + index * COUNT_COLUMN, y, { width: COUNT_COLUMN, align: "center", lineBreak: false }));
  y += 9;

  rows.forEach((row, rowIndex) => {
    const name = row.label ?? `W${rows.length - rowIndex}`;
    const monthsY = y;
    const cellsY = y + 7;
    doc.font("bold").fontSize(7.5).fillColor(INK.text).text(name, box.x, cellsY + 1, { lineBreak: false });
    doc.font("regular").fontSize(6.5).fillColor(INK.muted).text(`${row.window.start} – ${row.window.end.slice(5)}`, box.x + 17, cellsY + 2, { lineBreak: false });
    if (!row.window.complete) doc.fillColor(INK.warn).text(`${row.window.daysRecorded} of 28 recorded`, box.x + 17, cellsY + 9, { lineBreak: false });
    row.days.forEach((day, index) => {
      const x = gridLeft + index * size;
      const { day: dayOfMonth, month } = dateParts(day.date);
      if (dayOfMonth === 1 || index === 0) {
        doc.font("regular").fontSize(5.5).fillColor(INK.muted).text(`${dayOfMonth} ${MONTHS[month - 1]}`, x, monthsY, { lineBreak: false });
      }
      drawDay(doc, day, x, cellsY, size);
    });
    const counts = [row.window.headacheDays, row.window.migraineDays, row.window.acuteMedicationDays];
    doc.font(row.window.complete ? "bold" : "regular").fontSize(8).fillColor(row.window.complete ? INK.text : INK.warn);
    counts.forEach((count, index) => doc.text(String(count), countsLeft + index * COUNT_COLUMN, cellsY + 2, { width: COUNT_COLUMN, align: "center", lineBreak: false }));
    y = cellsY + size + ROW_GAP - 7;
  });
  drawLegend(doc, box.x, y + 8, 9);
  return y + 8 + 12;
}
