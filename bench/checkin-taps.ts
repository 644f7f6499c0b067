/**
 * The daily check-in's taps and time (issue 9 §1, "Measure it"): `node bench/checkin-taps.ts
 * [--runs 7] [--no-build]`. Builds the web app when its sources changed (like the e2e specs),
 * starts the real server over a fresh embedded database with the demo clinic, and for each run
 * signs in a new patient of the demo clinic (so today is not logged yet) in a new Chromium
 * context at 390 x 844, then counts the taps and the milliseconds from opening the app (`goto
 * /today`) to "saved" on screen: a headache-free day ("No headache") and a common headache day
 * (Headache, "4 to 8 hours", Moderate, "Same as usual" from the patient's own list). Each run
 * opens the app cold (a new context: nothing cached). Prints the median and p95 of each;
 * measures only, never asserts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { ApiSession, SESSION_COOKIE } from "../test/e2e/support/api-session.ts";
import { startServer } from "#server/main.ts";
import { demoClinicSignedInAs } from "./demo-session.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" }, "no-build": { type: "boolean", default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("usage: node bench/checkin-taps.ts [--runs N>=1] [--no-build]");
  process.exit(2);
}
if (!values["no-build"]) {
  const { ensureWebBuild } = await import("../test/e2e/support/build.ts");
  ensureWebBuild();
}

const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function percentile(numbers: readonly number[], p: number): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

interface Run {
  readonly taps: number;
  readonly ms: number;
}

type Scenario = { readonly name: string; readonly medicines: boolean; readonly steps: (page: Page, tap: (name: string | RegExp) => Promise<void>) => Promise<void> };

const SCENARIOS: readonly Scenario[] = [
  {
    name: "headache-free day",
    medicines: false,
    steps: async (page, tap) => {
      await tap(/^No headache/);
      await page.getByRole("heading", { name: "You recorded no headache" }).waitFor();
    },
  },
  {
    name: "common headache day",
    medicines: true,
    steps: async (page, tap) => {
      await tap(/^Headache(?! all day)/);
      await tap("4 to 8 hours");
      await tap(/^Moderate/);
      await tap(/^Same as usual/);
      await page.getByRole("heading", { name: "You recorded a headache" }).waitFor();
    },
  },
];

const dataDir = mkdtempSync(join(tmpdir(), "cephalog-checkin-bench-"));
const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, databaseUrl: null, publicUrl: null, logLevel: "warn", smtpUrl: null });
let browser: Browser | undefined;
try {
  const { session: clinician, me } = await demoClinicSignedInAs<{ memberships: { clinicId: string }[] }>(server.url, "clinician");
  const clinicId = me.memberships[0]?.clinicId ?? "";
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: ARGS });
  let patients = 0;

  /** A new patient of the demo clinic, signed in: today not logged yet. */
  async function newPatient(withMedicines: boolean): Promise<string> {
    patients += 1;
    const created = await clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: `Bench Patient ${patients}`, birthDate: "1985-03-14", timeZone: "Europe/London" });
    const invitation = await clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${created.id}/invitations`);
    const token = new URL(invitation.url).pathname.split("/").pop();
    const patient = new ApiSession(server.url);
    await patient.call("POST", `/api/invitations/${token}/accept`, { email: `bench${patients}@checkin-bench.test`, password: "bench-password-1" });
    if (withMedicines) await patient.call("PUT", "/api/me/medicines", { patientId: created.id, medicines: [{ name: "Sumatriptan", class: "triptan" }, { name: "Ibuprofen", class: "simple-analgesic" }] });
    return patient.sessionToken;
  }

  console.log(`Daily check-in, from opening the app (goto /today, cold: a new browser context) to "saved" on screen; Chromium ${CHROME_PATH} at 390 x 844, ${runs} run(s) each, Node ${process.version}`);
  for (const scenario of SCENARIOS) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run += 1) {
      const token = await newPatient(scenario.medicines);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB", timezoneId: "Europe/London", isMobile: true, hasTouch: true });
      await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
      const page = await context.newPage();
      let taps = 0;
      const tap = async (name: string | RegExp) => {
        taps += 1;
        await page.getByRole("button", { name, exact: typeof name === "string" }).click();
      };
      const started = performance.now();
      await page.goto(`${server.url}/today`);
      await scenario.steps(page, tap);
      results.push({ taps, ms: performance.now() - started });
      await context.close();
    }
    const ms = results.map((r) => r.ms);
    const taps = [...new Set(results.map((r) => r.taps))].join("/");
    console.log(`${scenario.name.padEnd(20)} taps ${taps.padStart(2)}   median ${percentile(ms, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(ms, 95).toFixed(0).padStart(5)} ms   (runs: ${ms.map((m) => m.toFixed(0)).join(", ")})`);
  }
} finally {
  await browser?.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
