/**
 * Reading a PDF back in tests: its pages' text as lines (text items grouped by their height on
 * the page, left to right), and every page rendered to PNG with Debian's pdftoppm
 * (poppler-utils) into test-artifacts/pdf/ for people to look at. Without pdftoppm the render is
 * skipped with a reason, except under CI=true, where it fails (as e2e does without Chromium).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { getDocumentProxy } from "unpdf";

export const PDF_ARTIFACTS_DIR = resolve(import.meta.dirname, "../../test-artifacts/pdf");

export interface PdfText {
  readonly pageCount: number;
  /** Each page's lines, top to bottom. */
  readonly pages: readonly (readonly string[])[];
  /** Every line of every page. */
  readonly lines: readonly string[];
  /** All the text, lines joined by newlines. */
  readonly text: string;
  /** All the text, lines joined by spaces: a sentence wrapped over two lines reads whole. */
  readonly flat: string;
}

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
}

/** Groups text items into lines: items whose baselines are within 3.5 pt are one line. */
function toLines(items: readonly Item[]): string[] {
  const sorted = [...items].filter((item) => item.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line !== undefined && Math.abs((line[0] as Item).y - item.y) <= 3.5) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x).map((item) => item.str.trim()).join(" "));
}

/** Extracts the text of every page of a PDF. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ("str" in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    pages.push(toLines(items));
  }
  const lines = pages.flat();
  return { pageCount: pdf.numPages, pages, lines, text: lines.join("\n"), flat: lines.join(" ") };
}

const PDFTOPPM = process.env.PDFTOPPM ?? "pdftoppm";

/** Whether pdftoppm runs here. */
export function pdftoppmFound(): boolean {
  return spawnSync(PDFTOPPM, ["-v"], { encoding: "utf8" }).error === undefined;
}

/**
 * Renders every page to `test-artifacts/pdf/<name>-<page>.png` (old pages of that name removed
 * first); returns the PNG paths, or a reason when pdftoppm is missing outside CI.
 */
export function renderPages(bytes: Uint8Array, name: string): { pngs: string[] } | { skipped: string } {
  if (!pdftoppmFound()) {
    const reason = `pdftoppm not found (install poppler-utils); the pages of ${name} were not rendered`;
    if (process.env.CI === "true") throw new Error(`${reason}; CI=true requires it`);
    return { skipped: reason };
  }
  mkdirSync(PDF_ARTIFACTS_DIR, { recursive: true });
  for (const file of readdirSync(PDF_ARTIFACTS_DIR)) if (file.startsWith(`${name}-`) && file.endsWith(".png")) rmSync(join(PDF_ARTIFACTS_DIR, file));
  const pdfPath = join(PDF_ARTIFACTS_DIR, `${name}.pdf`);
  writeFileSync(pdfPath, bytes);
  const result = spawnSync(PDFTOPPM, ["-r", "110", "-png", pdfPath, join(PDF_ARTIFACTS_DIR, name)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pdftoppm failed on ${name}: ${result.stderr}`);
  return { pngs: readdirSync(PDF_ARTIFACTS_DIR).filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png")).sort().map((file) => join(PDF_ARTIFACTS_DIR, file)) };
}
