/**
 * The checks every PDF test makes on what it drew: each character has a glyph in the embedded
 * faces (no empty boxes on paper), and every page renders to a PNG under test-artifacts/pdf/ for a
 * person to look at (pdf-inspect.ts; skipped with a reason where pdftoppm is missing outside CI).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect } from "vitest";
import { FONT_FILES } from "#server/reports/pdf/fonts.ts";
import { renderPages } from "./pdf-inspect.ts";

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } };
const faces = Object.values(FONT_FILES).map((file) => fontkit.openSync(file));

/** Every character of the text has a glyph in every embedded face. */
export function expectEveryGlyph(text: string): void {
  const missing = [...new Set(text.replace(/\s/g, ""))].filter((char) => faces.some((face) => !face.hasGlyphForCodePoint(char.codePointAt(0) as number)));
  expect(missing).toEqual([]);
}

/** Renders every page of `pdf` as `<name>-N.png` and checks there is one PNG a page. */
export function expectRendered(pdf: Uint8Array, name: string, pages: number): void {
  const rendered = renderPages(pdf, name);
  if ("skipped" in rendered) {
    console.warn(rendered.skipped);
    return;
  }
  expect(rendered.pngs).toHaveLength(pages);
  for (const png of rendered.pngs) expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
}
