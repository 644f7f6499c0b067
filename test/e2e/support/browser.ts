/** Debian's Chromium, driven by playwright-core, with the flags this closed network needs. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROME_FOUND = existsSync(CHROME_PATH);

/** Browser tests are skipped without Chromium, except in CI (CI=true), where a missing browser fails them (`requireChromium`). */
export const SKIP_E2E = !CHROME_FOUND && process.env.CI !== "true";
if (SKIP_E2E) console.warn("e2e: Chromium not found (set CHROME_PATH); skipped");

/** Fails a browser test's setup when Chromium is missing (in CI). */
export function requireChromium(): void {
  if (!CHROME_FOUND) throw new Error(`e2e: Chromium not found at ${CHROME_PATH} (set CHROME_PATH); CI=true requires the browser journey to run`);
}

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine refuses (stack-notes.md).
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: ARGS });
}

/** A phone the size of a common one (CSS pixels), for the patient. */
export const PHONE = { width: 390, height: 844 } as const;
/** A desktop window, for the clinic. */
export const DESKTOP = { width: 1280, height: 900 } as const;
