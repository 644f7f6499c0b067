/**
 * Where a patient page's main thread goes while it opens (issue 9, Lighthouse; issue 11):
 * `node bench/profile-page.ts [/today] [--cpu 4] [--no-build]`. Builds the web app when its
 * sources changed, starts the real server over a fresh embedded database with the demo clinic,
 * signs in as the demo patient, opens the page at 390 x 844 with the service worker blocked and
 * the CPU slowed like Lighthouse's mobile profile, and samples it with Chromium's profiler until
 * the network is idle. Prints the milliseconds spent per script and the functions that cost most
 * (their own time). For readable names, build unminified first (`npx vite build --minify false`)
 * and pass `--no-build`. Measures only, never asserts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { SESSION_COOKIE } from "../test/e2e/support/api-session.ts";
import { demoClinicSignedInAs } from "./demo-session.ts";
import { startServer } from "#server/main.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cpu: { type: "string", default: "4" }, "no-build": { type: "boolean", default: false }, top: { type: "string", default: "30" } },
});
const path = positionals[0] ?? "/today";
const cpu = Number(values.cpu);
const top = Number(values.top);
if (!path.startsWith("/") || !(cpu >= 1) || !(top >= 1)) {
  console.error("usage: node bench/profile-page.ts [/path] [--cpu N>=1] [--top N] [--no-build]");
  process.exit(2);
}
if (!values["no-build"]) {
  const { ensureWebBuild } = await import("../test/e2e/support/build.ts");
  ensureWebBuild();
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Adds `amount` to `key`'s total. */
function addTo(totals: Map<string, number>, key: string, amount: number): void {
  totals.set(key, (totals.get(key) ?? 0) + amount);
}

/** The largest totals, in milliseconds, one line each. */
function printTop(title: string, totalsUs: Map<string, number>): void {
  console.log(title);
  for (const [key, us] of [...totalsUs].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(Math.round(us / 1000)).padStart(7)} ms  ${key}`);
}

const dataDir = mkdtempSync(join(tmpdir(), "cephalog-profile-"));
const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, databaseUrl: null, publicUrl: null, logLevel: "warn", smtpUrl: null });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const { session } = await demoClinicSignedInAs(server.url, "patient");

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  await context.addCookies([{ name: SESSION_COOKIE, value: session.sessionToken, url: server.url }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  await cdp.send("Profiler.start");
  const started = performance.now();
  await page.goto(server.url + path);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForLoadState("networkidle");
  const openedMs = performance.now() - started;
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };

  const nodeOf = new Map(profile.nodes.map((node) => [node.id, node]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = nodeOf.get(id)?.callFrame;
    if (!frame) return;
    const spent = profile.timeDeltas[index] ?? 0;
    // Samples outside any script ("(program)", "(idle)", "(garbage collector)") carry no address.
    if (frame.url === "") {
      const what = frame.functionName || "(native)";
      addTo(byScript, what, spent);
      addTo(byFunction, what, spent);
      return;
    }
    const script = new URL(frame.url).pathname.split("/").pop() ?? frame.url;
    addTo(byScript, script, spent);
    addTo(byFunction, `${frame.functionName || "(top level)"}  ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`, spent);
  });
  console.log(`${path} opened and idle in ${Math.round(openedMs)} ms at ${cpu}x CPU slowdown`);
  printTop("By script:", byScript);
  printTop("By function (own time):", byFunction);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
