/**
 * A new PDF document for a Cephalog report (ADR 0024): A4, the embedded fonts, the print
 * palette, and its bytes once it ends. Drawing code gets the document and the page's frame.
 */
import PDFDocument from "pdfkit";
import { registerFonts } from "./fonts.ts";

/** A4 in points (1/72 inch), with 36 pt (12.7 mm) margins: prints on A4 and US Letter's width alike. */
export const PAGE = { width: 595.28, height: 841.89, margin: 36 } as const;

/** The width between the margins. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * The print palette: design.md's clinic theme for paper (a light document, dark text, the day
 * scale lightened for print); series also differ by shape, dash or pattern, never colour alone.
 */
export const INK = {
  text: "#1f1a15",
  muted: "#574d43",
  rule: "#cfc6ba",
  grid: "#e4ddd3",
  surface: "#f5f1ea",
  headache: "#d39a55",
  migraine: "#1f5f99",
  medication: "#6a4c93",
  baseline: "#1f1a15",
  session: "#85560f",
  good: "#2f6b35",
  warn: "#8a5a00",
  danger: "#b3261e",
  /** The day scale (design.md): headache-free, mild, moderate, severe. */
  dayFree: "#e3ebe0",
  dayMild: "#f3e2a9",
  dayModerate: "#e2a660",
  daySevere: "#d2553f",
} as const;

/** A document being drawn, and its bytes once `doc.end()` has been called. */
export interface PdfDraft {
  readonly doc: PDFKit.PDFDocument;
  readonly bytes: Promise<Uint8Array>;
}

/** What the PDF says about itself (shown by viewers; never personal health data in the title). */
export interface PdfInfo {
  readonly title: string;
  readonly subject: string;
  /** Fixed for reproducible files; the report's as-of date is a good one. */
  readonly creationDate: Date;
}

/**
 * Starts an A4 document with the fonts registered and the regular face selected.
 * @example const { doc, bytes } = startPdf({ title: "Patient summary", subject: "...", creationDate }); doc.end(); await bytes
 */
export function startPdf(info: PdfInfo): PdfDraft {
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: info.title, Subject: info.subject, Creator: "Cephalog", Producer: "Cephalog (pdfkit)", CreationDate: info.creationDate, ModDate: info.creationDate },
    lang: "en",
  });
  registerFonts(doc);
  doc.font("regular");
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  return { doc, bytes };
}

/** The lowest y a drawing may reach on a page. */
export const PAGE_BOTTOM = PAGE.height - PAGE.margin;

/** Starts a new page when `needed` points do not fit below `y`; returns the y to draw at. */
export function ensureSpace(doc: PDFKit.PDFDocument, y: number, needed: number): number {
  if (y + needed <= PAGE_BOTTOM) return y;
  doc.addPage();
  return PAGE.margin;
}
