/** Screenshots of every page the journey visits, numbered in order (test/e2e/artifacts, git-ignored). */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";

export const ARTIFACTS_DIR = resolve(import.meta.dirname, "../artifacts");

let counter = 0;

/** Saves a full-page screenshot as `<nn>-<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  counter += 1;
  const path = join(ARTIFACTS_DIR, `${String(counter).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
