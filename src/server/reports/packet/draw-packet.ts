/**
 * The authorization packet's layout (issue 10 §2, document 2): the "what is missing" list first on
 * a draft, the verdict, then (renewal) the response against the policy's threshold, the diagnosis
 * with its ICD-10-CM code, the criteria checklist, the diary's windows, calendar and provenance,
 * the preventive table, HIT-6 and MIDAS, sessions and the planned dose. Draws only what the
 * content says; it computes no figure.
 */
import { drawDiaryCalendar } from "../pdf/draw-diary-calendar.ts";
import { drawTable, type TableCell } from "../pdf/draw-table.ts";
import { CONTENT_WIDTH, ensureSpace, INK } from "../pdf/pdf-document.ts";
import { CRITERION_STATUS_WORDS } from "./packet-labels.ts";
import type { PacketContent, PacketWindow } from "./packet-model.ts";
import { drawFooters, drawGaps, drawHeader, drawSignature, drawVerdict, GAP, LEFT, paragraph, sectionTitle } from "./draw-packet-blocks.ts";

const STATUS_COLOUR = { met: INK.good, "not-met": INK.danger, unknown: INK.warn } as const;

function windowRows(windows: readonly PacketWindow[]): (string | TableCell)[][] {
  return windows.map((w) => [
    { text: w.label, bold: true }, `${w.start} – ${w.end}`,
    w.complete ? `${w.daysRecorded} of 28` : { text: `${w.daysRecorded} of 28 (incomplete)`, colour: INK.warn },
    String(w.anyHeadacheDays), { text: String(w.headacheDays), bold: true }, String(w.migraineDays), String(w.moderateSevereDays), String(w.acuteMedicationDays),
  ]);
}

function drawWindowsTable(doc: PDFKit.PDFDocument, windows: readonly PacketWindow[], y: number): number {
  return drawTable(doc, {
    x: LEFT, y, fontSize: 7.5,
    columns: [{ header: "window", width: 50 }, { header: "dates", width: 100 }, { header: "recorded", width: 73 }, { header: "any headache", width: 60, align: "right" },
      { header: "headache ≥ 4 h", width: 64, align: "right" }, { header: "migraine", width: 56, align: "right" }, { header: "mod./severe", width: 58, align: "right" },
      { header: "acute med.", width: CONTENT_WIDTH - 461, align: "right" }],
    rows: windowRows(windows),
  });
}

function drawResponse(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  const response = content.response;
  if (response === null) return y;
  let top = sectionTitle(doc, "Response: the evaluation window against the baseline (pathway-rules §8)", y);
  const rows = [response.baseline, response.evaluation].filter((w): w is PacketWindow => w !== null);
  if (rows.length > 0) top = drawWindowsTable(doc, rows, top) + 6;
  const figure = response.percentReduction === null ? "Percent reduction: not evaluated yet" : `Percent reduction in headache days: ${response.percentReduction}%`;
  const against = response.thresholdMet === null ? "" : ` · threshold ${response.threshold}: ${response.thresholdMet ? "reached" : "not reached"}`;
  top = paragraph(doc, `${figure}${against}`, top, { size: 10, bold: true, colour: response.thresholdMet === false ? INK.danger : INK.text });
  for (const line of response.lines) top = paragraph(doc, line, top, { size: 8 });
  return top + GAP;
}

function drawDiagnosis(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  const { diagnosis } = content;
  let top = sectionTitle(doc, "Diagnosis", y);
  const code = diagnosis.code === null ? "ICD-10-CM: no chronic-migraine code proposed" : `ICD-10-CM ${diagnosis.code}: ${diagnosis.codeMeaning}`;
  top = paragraph(doc, code, top, { size: 9.5, bold: true });
  const confirm = diagnosis.code === null ? "A code then rests on the prescriber's own diagnosis." : "The prescriber confirms the code.";
  top = paragraph(doc, `Why: ${diagnosis.codeBecause}. ${confirm}`, top, { size: 7.5, colour: INK.muted });
  if (diagnosis.auraNote !== null) top = paragraph(doc, diagnosis.auraNote, top, { size: 7.5, colour: INK.warn });
  top = paragraph(doc, diagnosis.chronicMigraine, top + 2);
  top = paragraph(doc, diagnosis.medicationOveruse, top);
  return top + GAP;
}

function drawCriteria(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  const top = sectionTitle(doc, `Criteria of ${content.policyName} (pathway-rules §5)`, y);
  return drawTable(doc, {
    x: LEFT, y: top, fontSize: 8,
    columns: [{ header: "criterion", width: 190 }, { header: "status", width: 50 }, { header: "evidence", width: CONTENT_WIDTH - 240 }],
    rows: content.criteria.map((c) => [c.name, { text: CRITERION_STATUS_WORDS[c.status], bold: true, colour: STATUS_COLOUR[c.status] }, c.detail]),
  }) + GAP;
}

function drawDiary(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  let top = sectionTitle(doc, "Diary evidence: 28-day windows", y, 150);
  if (content.kind === "initial") top = drawWindowsTable(doc, content.windows, top) + 8;
  if (content.calendar.length > 0) {
    top = ensureSpace(doc, top, 30 + content.calendar.length * 26);
    if (content.kind === "renewal") doc.font("regular").fontSize(7).fillColor(INK.muted).text("B: the baseline window; E: the evaluation window.", LEFT, top, { lineBreak: false });
    top = drawDiaryCalendar(doc, content.calendar, { x: LEFT, y: top + (content.kind === "renewal" ? 10 : 0), width: CONTENT_WIDTH }) + 4;
  }
  doc.font("bold").fontSize(8);
  top = paragraph(doc, "Provenance of the diary", top, { bold: true, size: 8 });
  for (const line of content.provenance) top = paragraph(doc, line, top, { size: 7.5 });
  return top + GAP;
}

function drawPreventives(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  let top = sectionTitle(doc, "Preventive treatments tried (pathway-rules §5)", y);
  if (content.preventives === null) return paragraph(doc, "No preventive history was given.", top, { colour: INK.warn }) + GAP;
  if (content.preventives.length === 0) return paragraph(doc, "No preventive treatment was tried.", top) + GAP;
  top = drawTable(doc, {
    x: LEFT, y: top, fontSize: 7.5,
    columns: [{ header: "drug", width: 76 }, { header: "class", width: 82 }, { header: "dose", width: 96 }, { header: "start", width: 48 }, { header: "end", width: 48 },
      { header: "days", width: 28, align: "right" }, { header: "outcome", width: 58 }, { header: "counts as failed", width: CONTENT_WIDTH - 436 }],
    rows: content.preventives.map((p) => [p.drug, p.drugClass, p.doseRecorded ? p.dose : { text: p.dose, colour: INK.muted }, p.start, p.end, String(p.trialDays), p.outcome,
      { text: p.counts, bold: p.failed, colour: p.failed ? INK.good : INK.muted }]),
  });
  const undosed = [...new Set(content.preventives.filter((p) => !p.doseRecorded).map((p) => p.drug))];
  if (undosed.length === 0) return top + GAP;
  return paragraph(doc, `No dose is recorded for ${undosed.join(", ")}: record it on the trial in Cephalog, or write it here by hand.`, top + 3, { size: 7, colour: INK.muted }) + GAP;
}

function drawScores(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  const { questionnaires } = content;
  let top = sectionTitle(doc, "HIT-6 and MIDAS (pathway-rules §9)", y, 110);
  const half = (CONTENT_WIDTH - GAP) / 2;
  const scoreRows = (instrument: string, rows: readonly { date: string; score: number; grade: string }[]) =>
    rows.map((q, index): (string | TableCell)[] => [index === 0 ? { text: instrument, bold: true } : "", q.date, { text: String(q.score), bold: true }, q.grade]);
  const rows = [...scoreRows("HIT-6", questionnaires.hit6), ...scoreRows("MIDAS", questionnaires.midas)];
  const left = rows.length === 0
    ? paragraph(doc, "None recorded.", top, { colour: INK.warn, width: half })
    : drawTable(doc, { x: LEFT, y: top, fontSize: 7.5, columns: [{ header: "", width: 36 }, { header: "date", width: 54 }, { header: "score", width: 30, align: "right" }, { header: "grade", width: half - 120 }], rows });
  const midas = questionnaires.latestMidas;
  let right = top;
  if (midas !== null) {
    const x = LEFT + half + GAP;
    doc.font("bold").fontSize(8).fillColor(INK.text).text(`MIDAS of ${midas.date}: ${midas.score}, ${midas.grade}`, x, right, { width: half });
    right = doc.y + 2;
    right = drawTable(doc, {
      x, y: right, fontSize: 7.5,
      columns: [{ header: "item (days in the last 3 months)", width: half - 40 }, { header: "days", width: 40, align: "right" }],
      rows: [
        ...midas.items.map((item) => [item.label, { text: String(item.days), bold: true }]),
        ["Total (items 1–5)", { text: String(midas.score), bold: true }],
        ["A. Headache days (not scored)", midas.headacheDays === null ? "—" : String(midas.headacheDays)],
        ["B. Pain, 0–10 (not scored)", midas.pain === null ? "—" : String(midas.pain)],
      ],
    });
  }
  top = Math.max(left, right);
  return top + GAP;
}

function drawSessions(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  if (content.kind === "initial") return y;
  const top = sectionTitle(doc, "Sessions given", y);
  if (content.sessions.length === 0) return paragraph(doc, "No session yet.", top, { colour: INK.warn }) + GAP;
  return drawTable(doc, {
    x: LEFT, y: top, fontSize: 7.5,
    columns: [{ header: "#", width: 20, align: "right" }, { header: "date", width: 60 }, { header: "units", width: 44, align: "right" }, { header: "sites", width: 36, align: "right" }, { header: "follow-the-pain sites", width: 90, align: "right" }],
    rows: content.sessions.map((s, index) => [String(index + 1), s.date, { text: `${s.totalUnits} U`, bold: true }, String(s.sites), String(s.followThePainSites)]),
  }) + GAP;
}

function drawPlan(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  let top = sectionTitle(doc, "Planned dose and sites (PREEMPT, pathway-rules §6)", y, 150);
  for (const line of content.plan.lines) top = paragraph(doc, line, top);
  return drawTable(doc, {
    x: LEFT, y: top + 2, fontSize: 7.5,
    columns: [{ header: "muscle", width: 120 }, { header: "fixed sites", width: 100 }, { header: "units", width: 50, align: "right" }, { header: "follow-the-pain", width: 120 }],
    rows: content.plan.muscles.map((m) => [m.muscle, m.sites, `${m.units} U`, m.followThePain]),
  }) + GAP;
}

/** Draws the whole packet on `doc` (started by startPdf). */
export function drawPacket(doc: PDFKit.PDFDocument, content: PacketContent): void {
  let y = drawHeader(doc, content);
  if (content.gaps.length > 0) y = drawGaps(doc, content.gaps, y);
  y = drawVerdict(doc, content, y);
  y = drawResponse(doc, content, y);
  y = drawDiagnosis(doc, content, y);
  if (content.kind === "initial") y = drawCriteria(doc, content, y);
  y = drawDiary(doc, content, y);
  if (content.kind === "initial") y = drawPreventives(doc, content, y);
  y = drawScores(doc, content, y);
  y = drawSessions(doc, content, y);
  y = drawPlan(doc, content, y);
  drawSignature(doc, y);
  drawFooters(doc, content);
}
