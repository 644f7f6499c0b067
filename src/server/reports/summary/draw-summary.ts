/**
 * The patient summary's layout (issue 10 §1, document 1): the headline first ("is it working?"
 * in 30 seconds), then the chart, the diary calendar, status and next date beside HIT-6 and MIDAS,
 * the sessions and the side effects. One A4 page for most records, two at most. Draws only what
 * the content says; it computes no figure.
 */
import { drawDaysChart } from "../pdf/draw-days-chart.ts";
import { drawDiaryCalendar } from "../pdf/draw-diary-calendar.ts";
import { drawTable, type TableCell } from "../pdf/draw-table.ts";
import { CONTENT_WIDTH, ensureSpace, INK, PAGE } from "../pdf/pdf-document.ts";
import type { SummaryContent, SummaryQuestionnaire } from "./summary-model.ts";
import { DECISION_SUPPORT_LINE, drawPageFooters } from "../pdf/page-footers.ts";

const LEFT = PAGE.margin;
const GAP = 12;
/** Per instrument: the first score (the baseline) and the latest ones. */
const LATEST_SCORES = 3;

function sectionTitle(doc: PDFKit.PDFDocument, title: string, y: number, x: number = LEFT): number {
  doc.font("bold").fontSize(9.5).fillColor(INK.text).text(title, x, y, { lineBreak: false });
  return y + 14;
}

function drawHeader(doc: PDFKit.PDFDocument, content: SummaryContent): number {
  const y = PAGE.margin;
  doc.font("bold").fontSize(13).fillColor(INK.text).text("Patient summary", LEFT, y, { lineBreak: false });
  doc.font("regular").fontSize(8).fillColor(INK.muted).text("OnabotulinumtoxinA for chronic migraine", LEFT, y + 16, { lineBreak: false });
  doc.font("bold").fontSize(9).fillColor(INK.text).text(content.patientLine, LEFT, y, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  doc.font("regular").fontSize(8).fillColor(INK.muted).text(`As of ${content.asOf} · policy ${content.policyName}`, LEFT, y + 13, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  doc.lineWidth(0.8).strokeColor(INK.rule).moveTo(LEFT, y + 28).lineTo(LEFT + CONTENT_WIDTH, y + 28).stroke();
  return y + 36;
}

function headlineColour(content: SummaryContent): string {
  const { percentReduction } = content.headline;
  if (percentReduction === null) return INK.text;
  return percentReduction >= 30 ? INK.good : percentReduction < 0 ? INK.danger : INK.warn;
}

function drawHeadline(doc: PDFKit.PDFDocument, content: SummaryContent, y: number): number {
  const { headline } = content;
  const padding = 10;
  const textWidth = CONTENT_WIDTH - 2 * padding - 4;
  doc.font("bold").fontSize(26);
  const figureWidth = doc.widthOfString(headline.figure);
  const captionX = LEFT + padding + 4 + figureWidth + 10;
  const captionWidth = LEFT + CONTENT_WIDTH - padding - captionX;
  doc.font("bold").fontSize(11);
  const captionHeight = doc.heightOfString(headline.figureCaption, { width: captionWidth });
  const figureBlock = Math.max(30, captionHeight + 6);
  doc.font("regular").fontSize(8.5);
  const linesHeight = headline.lines.reduce((sum, line) => sum + doc.heightOfString(line, { width: textWidth }) + 1.5, 0);
  const height = padding + figureBlock + 4 + linesHeight + padding - 2;
  const colour = headlineColour(content);
  doc.rect(LEFT, y, CONTENT_WIDTH, height).fill(INK.surface);
  doc.rect(LEFT, y, 4, height).fill(colour);
  doc.font("bold").fontSize(26).fillColor(colour).text(headline.figure, LEFT + padding + 4, y + padding - 3, { lineBreak: false });
  // The caption sits on the figure's baseline when it is one line, and below its top when it wraps.
  const captionY = captionHeight > 16 ? y + padding : y + padding + 10;
  doc.font("bold").fontSize(11).fillColor(INK.text).text(headline.figureCaption, captionX, captionY, { width: captionWidth });
  let lineY = y + padding + figureBlock + 4;
  doc.font("regular").fontSize(8.5).fillColor(INK.text);
  for (const line of headline.lines) {
    doc.text(line, LEFT + padding + 4, lineY, { width: textWidth });
    lineY += doc.heightOfString(line, { width: textWidth }) + 1.5;
  }
  return y + height + GAP;
}

function questionnaireRows(scores: readonly SummaryQuestionnaire[]): (string | TableCell)[][] {
  const shown = scores.length <= LATEST_SCORES + 1 ? scores : [scores[0] as SummaryQuestionnaire, ...scores.slice(-LATEST_SCORES)];
  return shown.map((q, index) => [
    index === 0 ? { text: q.instrument, bold: true } : "",
    q.date,
    { text: String(q.score), bold: true },
    q.grade,
    q.change === null ? "first" : q.change > 0 ? `+${q.change}` : q.change === 0 ? "0" : `−${-q.change}`,
  ]);
}

function drawStatusAndScores(doc: PDFKit.PDFDocument, content: SummaryContent, y: number): number {
  const half = (CONTENT_WIDTH - GAP) / 2;
  const right = LEFT + half + GAP;
  let left = sectionTitle(doc, "Status now", y);
  for (const status of content.status) {
    doc.font("bold").fontSize(8).fillColor(INK.text).text(`${status.label}: ${status.verdict}`, LEFT, left, { width: half });
    left = doc.y + 0.5;
    doc.font("regular").fontSize(7).fillColor(INK.muted).text(status.evidence, LEFT, left, { width: half });
    left = doc.y + 3;
  }
  left = sectionTitle(doc, "Next", left + 2);
  for (const line of content.next) {
    doc.font("regular").fontSize(8).fillColor(INK.text).text(line, LEFT, left, { width: half });
    left = doc.y + 2;
  }

  let top = sectionTitle(doc, "HIT-6 and MIDAS", y, right);
  const rows = [...questionnaireRows(content.questionnaires["HIT-6"]), ...questionnaireRows(content.questionnaires.MIDAS)];
  if (rows.length === 0) {
    doc.font("regular").fontSize(8).fillColor(INK.muted).text("None recorded.", right, top, { width: half });
    top = doc.y;
  } else {
    top = drawTable(doc, {
      x: right, y: top, fontSize: 7.5,
      columns: [{ header: "", width: 36 }, { header: "date", width: 50 }, { header: "score", width: 28, align: "right" }, { header: "grade", width: half - 150 }, { header: "change", width: 36, align: "right" }],
      rows,
    });
    const omitted = (["HIT-6", "MIDAS"] as const).filter((i) => content.questionnaires[i].length > LATEST_SCORES + 1);
    if (omitted.length > 0) {
      doc.font("regular").fontSize(6.5).fillColor(INK.muted).text(`The first score and the latest ${LATEST_SCORES} of each; change is from the score before.`, right, top + 2, { width: half });
      top = doc.y;
    }
  }
  return Math.max(left, top) + GAP;
}

function drawSessions(doc: PDFKit.PDFDocument, content: SummaryContent, y: number): number {
  let top = sectionTitle(doc, "Sessions", ensureSpace(doc, y, 40));
  if (content.sessions.length === 0) {
    doc.font("regular").fontSize(8).fillColor(INK.muted).text("No session yet.", LEFT, top);
    return doc.y + GAP;
  }
  top = drawTable(doc, {
    x: LEFT, y: top,
    columns: [{ header: "#", width: 18, align: "right" }, { header: "date", width: 56 }, { header: "units", width: 34, align: "right" }, { header: "sites", width: 30, align: "right" },
      { header: "follow-the-pain", width: 72, align: "right" }, { header: "checks (pathway-rules §6)", width: CONTENT_WIDTH - 210 }],
    rows: content.sessions.map((session, index) => [
      String(index + 1), session.date, { text: `${session.totalUnits} U`, bold: true }, String(session.sites), String(session.followThePainSites),
      session.problems.length === 0 ? { text: "no problems", colour: INK.good } : { text: session.problems.join("; "), colour: session.valid ? INK.warn : INK.danger },
    ]),
  });
  return top + GAP;
}

const LEVEL_COLOUR = { red: INK.danger, amber: INK.warn, green: INK.good } as const;

function drawSideEffects(doc: PDFKit.PDFDocument, content: SummaryContent, y: number): number {
  let top = sectionTitle(doc, "Side effects", ensureSpace(doc, y, 40));
  if (content.sideEffects.length === 0) {
    doc.font("regular").fontSize(8).fillColor(INK.muted).text("None reported.", LEFT, top);
    return doc.y + GAP;
  }
  top = drawTable(doc, {
    x: LEFT, y: top,
    columns: [{ header: "date", width: 56 }, { header: "triage", width: 40 }, { header: "symptoms", width: CONTENT_WIDTH - 196 }, { header: "next dose", width: 100 }],
    rows: content.sideEffects.map((report) => [
      report.date, { text: report.level, bold: true, colour: LEVEL_COLOUR[report.level] }, report.symptoms.join(", "),
      report.holdNextDose ? { text: "held for review", bold: true, colour: INK.danger } : "not held",
    ]),
  });
  return top + GAP;
}

/** Numbers every page and puts the footnote on each. */
function drawFooters(doc: PDFKit.PDFDocument, content: SummaryContent): void {
  drawPageFooters(doc, `${content.footnote} ${DECISION_SUPPORT_LINE}`);
}

/** Draws the whole summary on `doc` (started by startPdf). */
export function drawSummary(doc: PDFKit.PDFDocument, content: SummaryContent): void {
  let y = drawHeader(doc, content);
  y = drawHeadline(doc, content, y);

  y = sectionTitle(doc, "Headache, migraine and acute-medication days per 28 days", y);
  if (content.chart.windowsLeftOut > 0) {
    doc.font("regular").fontSize(7).fillColor(INK.muted)
      .text(`the latest ${content.chart.windows.length} windows; ${content.chart.windowsLeftOut} earlier not shown`, LEFT, y - 13, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  }
  y = drawDaysChart(doc, content.chart, { x: LEFT, y, width: CONTENT_WIDTH, height: 178 }) + GAP;

  y = sectionTitle(doc, "Diary, the last three 28-day windows", y);
  y = drawDiaryCalendar(doc, content.calendar, { x: LEFT, y, width: CONTENT_WIDTH }) + GAP;

  y = drawStatusAndScores(doc, content, y);
  y = drawSessions(doc, content, y);
  drawSideEffects(doc, content, y);
  drawFooters(doc, content);
}
