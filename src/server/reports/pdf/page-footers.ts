/**
 * Every document's footer: a footnote and "Page N of M" on each page, in the bottom margin. Drawn
 * once the whole document is laid out (pdf-document.ts buffers its pages), since the page count
 * is known only then.
 */
import { CONTENT_WIDTH, INK, PAGE } from "./pdf-document.ts";

/** The line every clinical document ends with. */
export const DECISION_SUPPORT_LINE = "Cephalog supports clinical decisions; it does not make them.";

/** Numbers every page of `doc` and puts `footnote` on each, below the bottom margin. */
export function drawPageFooters(doc: PDFKit.PDFDocument, footnote: string): void {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // so text in the margin does not start a new page
    const y = PAGE.height - PAGE.margin + 8;
    doc.font("regular").fontSize(6.5).fillColor(INK.muted);
    doc.text(footnote, PAGE.margin, y, { width: CONTENT_WIDTH - 60 });
    doc.text(`Page ${index + 1} of ${range.count}`, PAGE.margin, y, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
