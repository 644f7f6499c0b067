/**
 * The blocks a packet page is made of: the header, the "what is missing" box, the verdict, section
 * titles, paragraphs and the footers. Layout only; every word comes from the content.
 */
import { CONTENT_WIDTH, ensureSpace, INK, PAGE } from "../pdf/pdf-document.ts";
import type { PacketContent } from "./packet-model.ts";
import { DECISION_SUPPORT_LINE, drawPageFooters } from "../pdf/page-footers.ts";

export const LEFT = PAGE.margin;
export const GAP = 10;

export function sectionTitle(doc: PDFKit.PDFDocument, title: string, y: number, needed = 60): number {
  const top = ensureSpace(doc, y, needed);
  doc.font("bold").fontSize(10).fillColor(INK.text).text(title, LEFT, top, { lineBreak: false });
  doc.lineWidth(0.5).strokeColor(INK.rule).moveTo(LEFT, top + 13).lineTo(LEFT + CONTENT_WIDTH, top + 13).stroke();
  return top + 17;
}

/** A wrapped paragraph; returns the y below it. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, y: number, options: { size?: number; colour?: string; bold?: boolean; x?: number; width?: number } = {}): number {
  const size = options.size ?? 8;
  const x = options.x ?? LEFT;
  const width = options.width ?? CONTENT_WIDTH - (x - LEFT);
  doc.font(options.bold === true ? "bold" : "regular").fontSize(size);
  const top = ensureSpace(doc, y, doc.heightOfString(text, { width }) + 2);
  doc.fillColor(options.colour ?? INK.text).text(text, x, top, { width });
  return doc.y + 2;
}

export function drawHeader(doc: PDFKit.PDFDocument, content: PacketContent): number {
  const y = PAGE.margin;
  doc.font("bold").fontSize(13).fillColor(INK.text).text(content.title, LEFT, y, { lineBreak: false });
  doc.font("regular").fontSize(8).fillColor(INK.muted).text(`OnabotulinumtoxinA (BOTOX®) for chronic migraine · policy ${content.policyName}`, LEFT, y + 16, { lineBreak: false });
  doc.font("bold").fontSize(9).fillColor(INK.text).text(content.patientLine, LEFT, y, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  doc.font("regular").fontSize(8).fillColor(INK.muted).text(`As of ${content.asOf}`, LEFT, y + 13, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
  doc.lineWidth(0.8).strokeColor(INK.rule).moveTo(LEFT, y + 28).lineTo(LEFT + CONTENT_WIDTH, y + 28).stroke();
  return y + 36;
}

/** The "what is missing" list, first on the page of a draft (issue 10 §2). */
export function drawGaps(doc: PDFKit.PDFDocument, gaps: readonly string[], y: number): number {
  const padding = 8;
  const width = CONTENT_WIDTH - 2 * padding - 14;
  doc.font("regular").fontSize(8.5);
  const listHeight = gaps.reduce((sum, gap) => sum + doc.heightOfString(gap, { width }) + 2, 0);
  const height = padding + 16 + listHeight + padding - 2;
  doc.rect(LEFT, y, CONTENT_WIDTH, height).fill("#fbeeec");
  doc.rect(LEFT, y, 4, height).fill(INK.danger);
  doc.font("bold").fontSize(10).fillColor(INK.danger).text(`DRAFT: what is missing (${gaps.length})`, LEFT + padding + 4, y + padding, { lineBreak: false });
  let lineY = y + padding + 16;
  doc.font("regular").fontSize(8.5).fillColor(INK.text);
  for (const gap of gaps) {
    doc.text("•", LEFT + padding + 4, lineY, { lineBreak: false });
    doc.text(gap, LEFT + padding + 14, lineY, { width });
    lineY += doc.heightOfString(gap, { width }) + 2;
  }
  return y + height + GAP;
}

export function drawVerdict(doc: PDFKit.PDFDocument, content: PacketContent, y: number): number {
  const colour = content.gaps.length === 0 ? INK.good : INK.warn;
  doc.font("bold").fontSize(10);
  const height = doc.heightOfString(content.verdict, { width: CONTENT_WIDTH - 22 }) + 12;
  doc.rect(LEFT, y, CONTENT_WIDTH, height).fill(INK.surface);
  doc.rect(LEFT, y, 4, height).fill(colour);
  doc.font("bold").fontSize(10).fillColor(INK.text).text(content.verdict, LEFT + 12, y + 6, { width: CONTENT_WIDTH - 22 });
  return y + height + GAP;
}

/** The clinician's attestation: a packet is sent under a prescriber's name. */
export function drawSignature(doc: PDFKit.PDFDocument, y: number): number {
  const top = ensureSpace(doc, y + 4, 40);
  const third = CONTENT_WIDTH / 3;
  ["Prescriber (name, NPI)", "Signature", "Date"].forEach((label, index) => {
    const x = LEFT + index * third;
    doc.lineWidth(0.6).strokeColor(INK.muted).moveTo(x, top + 20).lineTo(x + third - 14, top + 20).stroke();
    doc.font("regular").fontSize(7).fillColor(INK.muted).text(label, x, top + 23, { lineBreak: false });
  });
  return top + 36;
}

/** Numbers every page and puts the footnote on each. */
export function drawFooters(doc: PDFKit.PDFDocument, content: PacketContent): void {
  drawPageFooters(doc, `${content.footnote} ${DECISION_SUPPORT_LINE}`);
}
