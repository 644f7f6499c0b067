/**
 * The clinic outcomes document's layout (issue 10 §3, document 3): the headline figures, the
 * plain statement that a clinic cohort is not a trial, the charts beside the published figures
 * with the cohort sizes under each, the side-effect table, the definitions and the sources.
 * Draws only what the content says; it computes no figure.
 */
import { comparisonBarsHeight, drawComparisonBars, drawComparisonLegend } from "../pdf/draw-comparison-bars.ts";
import { drawTable } from "../pdf/draw-table.ts";
import { CONTENT_WIDTH, ensureSpace, INK, PAGE } from "../pdf/pdf-document.ts";
import type { OutcomesChart, OutcomesContent } from "./outcomes-model.ts";
import { drawPageFooters } from "../pdf/page-footers.ts";

const LEFT = PAGE.margin;
const GAP = 12;
const LEVEL_COLOUR = { red: INK.danger, amber: INK.warn, green: INK.good } as const;

function sectionTitle(doc: PDFKit.PDFDocument, title: string, y: number): number {
  doc.font("bold").fontSize(9.5).fillColor(INK.text).text(title, LEFT, y, { width: CONTENT_WIDTH, lineBreak: false });
  return y + 14;
}

function drawHeader(doc: PDFKit.PDFDocument, content: OutcomesContent): number {
  const y = PAGE.margin;
  doc.font("bold").fontSize(13).fillColor(INK.text).text("Clinic outcomes", LEFT, y, { lineBreak: false });
  doc.font("regular").fontSize(8).fillColor(INK.muted).text("OnabotulinumtoxinA for chronic migraine", LEFT, y + 16, { lineBreak: false });
  doc.font("bold").fontSize(9).fillColor(INK.text).text(content.clinicLine, LEFT, y, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  doc.font("regular").fontSize(8).fillColor(INK.muted)
    .text(`Sessions ${content.from} – ${content.to} · as of ${content.asOf} · policy ${content.policyName}`, LEFT, y + 13, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  doc.lineWidth(0.8).strokeColor(INK.rule).moveTo(LEFT, y + 28).lineTo(LEFT + CONTENT_WIDTH, y + 28).stroke();
  return y + 36;
}

/** The headline figures: three to a row, the figure large, what it is and its n under it. */
function drawTiles(doc: PDFKit.PDFDocument, content: OutcomesContent, y: number): number {
  const perRow = 3;
  const width = (CONTENT_WIDTH - (perRow - 1) * 8) / perRow;
  const height = 58;
  content.tiles.forEach((tile, index) => {
    const x = LEFT + (index % perRow) * (width + 8);
    const top = y + Math.floor(index / perRow) * (height + 6);
    doc.rect(x, top, width, height).fill(INK.surface);
    doc.rect(x, top, 3, height).fill(INK.migraine);
    doc.font("bold").fontSize(18).fillColor(INK.text).text(tile.figure, x + 9, top + 5, { width: width - 14, lineBreak: false });
    // The caption may take two lines; the cohort keeps to the tile's foot.
    doc.font("bold").fontSize(7.5).fillColor(INK.text).text(tile.caption, x + 9, top + 26, { width: width - 14, height: 19 });
    doc.font("regular").fontSize(6.8).fillColor(INK.muted).text(tile.cohort, x + 9, top + height - 11, { width: width - 14, lineBreak: false });
  });
  return y + Math.ceil(content.tiles.length / perRow) * (height + 6) - 6 + GAP;
}

/** The statement that a clinic cohort is not a trial: its first paragraph bold, in a ruled box. */
function drawStatement(doc: PDFKit.PDFDocument, content: OutcomesContent, y: number): number {
  const [first = "", ...rest] = content.statement;
  const width = CONTENT_WIDTH - 20;
  doc.font("regular").fontSize(8);
  const restHeight = rest.reduce((sum, line) => sum + doc.heightOfString(line, { width }) + 2, 0);
  const height = 8 + 13 + restHeight + 6;
  doc.lineWidth(0.8).strokeColor(INK.warn).rect(LEFT, y, CONTENT_WIDTH, height).stroke();
  doc.rect(LEFT, y, 4, height).fill(INK.warn);
  doc.font("bold").fontSize(10).fillColor(INK.text).text(first, LEFT + 12, y + 7, { width, lineBreak: false });
  let lineY = y + 8 + 13;
  for (const line of rest) {
    doc.font("regular").fontSize(8).fillColor(INK.text).text(line, LEFT + 12, lineY, { width });
    lineY += doc.heightOfString(line, { width }) + 2;
  }
  return y + height + GAP;
}

function smallLines(doc: PDFKit.PDFDocument, lines: readonly string[], y: number, colour: string = INK.muted): number {
  let top = y;
  for (const line of lines) {
    doc.font("regular").fontSize(7).fillColor(colour).text(line, LEFT, top, { width: CONTENT_WIDTH });
    top = doc.y + 1;
  }
  return top;
}

function chartHeight(doc: PDFKit.PDFDocument, chart: OutcomesChart): number {
  doc.font("regular").fontSize(7);
  const lines = [...chart.cohort, ...(chart.note === null ? [] : [chart.note])];
  return 14 + comparisonBarsHeight(chart) + lines.reduce((sum, line) => sum + doc.heightOfString(line, { width: CONTENT_WIDTH }) + 1, 0);
}

function drawChart(doc: PDFKit.PDFDocument, chart: OutcomesChart, y: number): number {
  let top = sectionTitle(doc, chart.title, ensureSpace(doc, y, chartHeight(doc, chart)));
  top = drawComparisonBars(doc, chart, { x: LEFT, y: top, width: CONTENT_WIDTH });
  top = smallLines(doc, chart.cohort, top, INK.text);
  if (chart.note !== null) top = smallLines(doc, [chart.note], top);
  return top + GAP;
}

function drawSideEffectTable(doc: PDFKit.PDFDocument, content: OutcomesContent, y: number): number {
  let top = sectionTitle(doc, "Side effects by symptom", ensureSpace(doc, y, 60));
  top = smallLines(doc, [content.sideEffects.basis], top) + 2;
  if (content.sideEffects.rows.length === 0) return smallLines(doc, ["None reported."], top) + GAP;
  top = drawTable(doc, {
    x: LEFT, y: top, fontSize: 7.5,
    columns: [
      { header: "symptom", width: 110 }, { header: "triage", width: 38 }, { header: "patients", width: 110, align: "right" },
      { header: "sessions", width: 110, align: "right" }, { header: "published, per patient", width: CONTENT_WIDTH - 368 },
    ],
    rows: content.sideEffects.rows.map((row) => [
      { text: row.symptom, bold: true }, { text: row.level, bold: true, colour: LEVEL_COLOUR[row.level] }, row.patients, row.sessions, row.published,
    ]),
  });
  return top + GAP;
}

function drawParagraphs(doc: PDFKit.PDFDocument, title: string, lines: readonly string[], y: number): number {
  let top = sectionTitle(doc, title, ensureSpace(doc, y, 50));
  for (const line of lines) {
    doc.font("regular").fontSize(7.5);
    top = ensureSpace(doc, top, doc.heightOfString(line, { width: CONTENT_WIDTH }));
    doc.fillColor(INK.text).text(line, LEFT, top, { width: CONTENT_WIDTH });
    top = doc.y + 2.5;
  }
  return top + GAP;
}

/** Numbers every page and puts the footnote and the cohort statement under each. */
function drawFooters(doc: PDFKit.PDFDocument, content: OutcomesContent): void {
  drawPageFooters(doc, `${content.footnote} ${content.statement[0]}`);
}

/** Draws the whole document on `doc` (started by startPdf). */
export function drawOutcomes(doc: PDFKit.PDFDocument, content: OutcomesContent): void {
  let y = drawHeader(doc, content);
  y = drawTiles(doc, content, y);
  y = drawStatement(doc, content, y);
  y = drawComparisonLegend(doc, [
    { kind: "clinic", label: "this clinic" }, { kind: "treatment", label: "trial, onabotulinumtoxinA" },
    { kind: "placebo", label: "trial, placebo" }, { kind: "real-world", label: "routine care (REPOSE)" },
  ], LEFT, y) + 6;
  for (const chart of content.charts) y = drawChart(doc, chart, y);
  y = drawSideEffectTable(doc, content, y);
  y = drawParagraphs(doc, "What each figure counts, and who is left out", content.definitions, y);
  // The sources as one paragraph, the note on unverified figures after it: they fit the page.
  const notes = content.sources.filter((line) => line.startsWith("* "));
  const cited = content.sources.filter((line) => !line.startsWith("* "));
  drawParagraphs(doc, "Sources of the published figures", [`${cited.join("; ")}.`, ...notes], y);
  drawFooters(doc, content);
}
