/** Debian's Chromium, driven by playwright-core, with the flags this closed network needs. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROME_FOUND = existsSync(CHROME_PATH);

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
