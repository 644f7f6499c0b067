/** Screenshots of every page the journey visits, numbered in order (test/e2e/artifacts, git-ignored). */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";

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

/**
 * Screenshots of one spec file numbered from `first` (30, 40, ...), so each file's sort after the
 * journey's: a full page, or one element at full size to read its details.
 */
export function numberedScreenshots(first: number) {
  let shot = first - 1;
  const next = (name: string) => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    shot += 1;
    return join(ARTIFACTS_DIR, `${shot}-${name}.png`);
  };
  return {
    page: async (page: Page, name: string): Promise<void> => {
      await page.screenshot({ path: next(name), fullPage: true });
    },
    element: async (element: Locator, name: string): Promise<void> => {
      await element.screenshot({ path: next(name) });
    },
  };
}
