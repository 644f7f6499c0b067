/**
 * Lighthouse on the patient app (issue 9, "Tests and measures"): `npm run lighthouse [-- --runs 3]
 * [--no-build] [--json out.json] [--page check-in] [--lhr DIR]` (`--lhr` keeps every run's whole
 * report in DIR). Builds the web app when its sources changed (like the e2e
 * specs), starts the real server over a fresh embedded database with the demo clinic, signs in as
 * the demo patient, and runs Lighthouse 12 (the npm package; 13 refuses this project's lock, see
 * stack-notes.md) against Debian's Chromium with its default mobile profile (a mid-range phone,
 * simulated slow 4G, 4x CPU slowdown) on the check-in (/today), progress and Learn pages; Learn is
 * skipped, and said so, when the build has no such page. Then measures the JavaScript the
 * check-in page loads, gzipped, against its 150 KB budget. Prints the scores (the median of
 * `--runs`) and every audit that fell short; measures only, never asserts. `--js-only` skips
 * Lighthouse and measures only the check-in's JavaScript (seconds, for working on the budget).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { SESSION_COOKIE } from "../test/e2e/support/api-session.ts";
import { demoClinicSignedInAs } from "./demo-session.ts";
import { startServer } from "#server/main.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "1" },
    "no-build": { type: "boolean", default: false },
    json: { type: "string" },
    "js-only": { type: "boolean", default: false },
    // Keeps each run's whole Lighthouse report (every audit, the trace-derived tables) for diagnosis.
    lhr: { type: "string" },
    // Only this page (check-in, progress or learn).
    page: { type: "string" },
  },
});

const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// The flags this closed network needs (test/e2e/support/browser.ts, stack-notes.md).
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const JS_BUDGET_BYTES = 150 * 1024;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("usage: npm run lighthouse [-- --runs N>=1] [--no-build] [--json FILE] [--js-only] [--page NAME] [--lhr DIR]");
  process.exit(2);
}

if (!values["no-build"]) {
  // The e2e specs' helper: rebuilds dist/web only when a source is newer, under a lock.
  const { ensureWebBuild } = await import("../test/e2e/support/build.ts");
  ensureWebBuild();
}

/** Whether the build has a Learn page: the shell shows its "not found" page for addresses it does not know. */
async function hasPage(base: string, path: string): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS.filter((flag) => !flag.startsWith("--headless")) });
  try {
    const page = await browser.newPage();
    await page.goto(base + path);
    await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 15_000 });
    return new URL(page.url()).pathname === path && (await page.getByRole("heading", { level: 1, name: /not found/i }).count()) === 0;
  } finally {
    await browser.close();
  }
}

/** The JavaScript a page loads (service worker blocked, so only the page's own), each file gzipped as a server would send it. */
async function javascriptGzipped(base: string, token: string, path: string): Promise<{ files: { url: string; raw: number; gzip: number }[]; total: number }> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS.filter((flag) => !flag.startsWith("--headless")) });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }]);
    const page = await context.newPage();
    const bodies: Promise<{ url: string; raw: number; gzip: number }>[] = [];
    page.on("response", (response) => {
      if (!new URL(response.url()).pathname.endsWith(".js")) return;
      bodies.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })));
    });
    await page.goto(base + path);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    const files = await Promise.all(bodies);
    return { files, total: files.reduce((sum, file) => sum + file.gzip, 0) };
  } finally {
    await browser.close();
  }
}

/** The first items of an audit's table (which console error, which issue), for a shortfall's line. */
function detailOf(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  if (items.length === 0) return "";
  return `: ${items
    .slice(0, 3)
    .map((item) => JSON.stringify(item).slice(0, 160))
    .join("; ")}`;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

const dataDir = mkdtempSync(join(tmpdir(), "cephalog-lighthouse-"));
const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, databaseUrl: null, publicUrl: null, logLevel: "warn", smtpUrl: null });
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
const report: Record<string, unknown> = { lighthouse: "12.2.3", chromium: CHROME_PATH, runs, pages: {} };
try {
  const token = (await demoClinicSignedInAs(server.url, "patient")).session.sessionToken;

  const pages = [
    { name: "check-in", path: "/today" },
    { name: "progress", path: "/progress" },
    { name: "learn", path: "/learn" },
  ];
  console.log(`Lighthouse 12.2.3, mobile profile (default), ${runs} run(s) each, Chromium ${CHROME_PATH}, Node ${process.version}`);
  for (const { name, path } of values["js-only"] ? [] : pages.filter((page) => values.page === undefined || page.name === values.page)) {
    if (name === "learn" && !(await hasPage(server.url, path))) {
      console.log(`${name.padEnd(9)} ${path}: not in this build; skipped`);
      continue;
    }
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
    const shortfalls = new Map<string, string>();
    const metrics: Record<string, number[]> = { fcp: [], lcp: [], tbt: [], cls: [] };
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(server.url + path, {
        port: Number(chrome.port),
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        extraHeaders: { Cookie: `${SESSION_COOKIE}=${token}` },
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { lhr } = result;
      if (values.lhr) writeFileSync(join(values.lhr, `${name}-${run + 1}.json`), JSON.stringify(lhr));
      if (lhr.runtimeError) console.log(`          Lighthouse could not measure ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings) console.log(`          warning: ${warning}`);
      for (const category of CATEGORIES) scores[category]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      metrics.fcp?.push(lhr.audits["first-contentful-paint"]?.numericValue ?? NaN);
      metrics.lcp?.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
      metrics.tbt?.push(lhr.audits["total-blocking-time"]?.numericValue ?? NaN);
      metrics.cls?.push(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN);
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
          shortfalls.set(ref.id, `${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}${detailOf(audit.details)}`);
        }
      }
    }
    const summary = Object.fromEntries(CATEGORIES.map((category) => [category, median(scores[category] ?? [])]));
    const timing = { fcpMs: Math.round(median(metrics.fcp ?? [])), lcpMs: Math.round(median(metrics.lcp ?? [])), tbtMs: Math.round(median(metrics.tbt ?? [])), cls: median(metrics.cls ?? []) };
    (report.pages as Record<string, unknown>)[name] = { path, ...summary, ...timing, shortfalls: [...shortfalls.values()] };
    console.log(`${name.padEnd(9)} ${path}: performance ${summary.performance}, accessibility ${summary.accessibility}, best practices ${summary["best-practices"]} (FCP ${timing.fcpMs} ms, LCP ${timing.lcpMs} ms, TBT ${timing.tbtMs} ms, CLS ${timing.cls.toFixed(3)})`);
    for (const shortfall of shortfalls.values()) console.log(`          short: ${shortfall}`);
  }

  const js = await javascriptGzipped(server.url, token, "/today");
  report.checkInJavaScript = { gzipBytes: js.total, budgetBytes: JS_BUDGET_BYTES, files: js.files };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`JavaScript the check-in loads: ${kb(js.total)} gzipped of a ${kb(JS_BUDGET_BYTES)} budget (${js.total <= JS_BUDGET_BYTES ? "within" : "OVER"}), ${js.files.length} files:`);
  for (const file of [...js.files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(file.gzip).padStart(9)} gzipped  ${kb(file.raw).padStart(9)} raw  ${file.url}`);
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
} finally {
  chrome.kill();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
