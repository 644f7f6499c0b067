/**
 * The fonts every Cephalog PDF embeds (ADR 0024): DejaVu Sans from the `dejavu-fonts-ttf` npm
 * package, never the operating system's, so a document looks the same on every machine. PDF's
 * built-in fonts have no "≥", "≤" or "−"; DejaVu Sans has them and every Spanish letter.
 * pdfkit embeds only the glyphs a document uses (a subset), a few kilobytes a face.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The faces by the names the drawing code uses. */
export const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  condensed: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf"),
  condensedBold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf"),
} as const;

export type FontName = keyof typeof FONT_FILES;

/** Registers every face on a document under its name. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
}
