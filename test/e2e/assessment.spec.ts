/**
 * The clinician's assessment card in real Chromium against the real server: a clinic seeded
 * through the API (administrator, clinician, a patient with 84 days of diary, another with a few
 * days), then the patient page read as a clinician would: chronic migraine met, triptan overuse
 * suspected, every criterion of the policy with its status and evidence, another policy chosen,
 * the "not enough diary yet" state, and the administrator's default policy. axe checks each view.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "#server/main.ts";
import { ARTIFACTS_DIR } from "./support/artifacts.ts";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { CHROME_FOUND, CHROME_PATH, DESKTOP, launchChromium } from "./support/browser.ts";
import { ensureWebBuild } from "./support/build.ts";

const IN_CI = process.env.CI === "true";
const SKIP = !CHROME_FOUND && !IN_CI;
if (SKIP) console.warn("e2e: Chromium not found (set CHROME_PATH); skipped");

const TIME_ZONE = "Europe/London";
const SESSION_COOKIE = "cephalog_session";

const admin = { name: "Ada Admin", email: "ada@assess.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@assess.example", password: "clinician-password-1" };

/** Screenshots of this file, numbered from 30 so they sort after the journey's. */
let shot = 29;
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  shot += 1;
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${shot}-${name}.png`), fullPage: true });
}

/** The assessment card alone, at full size, to read its details. */
async function cardScreenshot(page: Page, name: string): Promise<void> {
  shot += 1;
  await page.getByTestId("assessment").screenshot({ path: join(ARTIFACTS_DIR, `${shot}-${name}.png`) });
}

/** A signed-in API session for seeding: JSON in and out, the session cookie kept. */
class ApiSession {
  cookie = "";
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      if (header.startsWith(`${SESSION_COOKIE}=`)) this.cookie = header.split(";")[0] ?? "";
    }
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  get sessionToken(): string {
    return this.cookie.slice(SESSION_COOKIE.length + 1);
  }
}

/** A date `days` before `date` (plain calendar arithmetic in UTC). */
function daysBefore(date: string, days: number): string {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() - days);
  return utc.toISOString().slice(0, 10);
}

/**
 * In every 28-day window: 18 migraine days of 5 hours, moderate, one-sided, throbbing, with
 * nausea (12 of them with a triptan that helped), and 10 headache-free days. So W1-W3 are
 * complete, each with 18 headache and migraine days (chronic migraine met) and 12 triptan days
 * (triptan overuse suspected, ICHD-3 8.2.1).
 */
function chronicDay(back: number) {
  const inWindow = back % 28;
  if (inWindow >= 18) return { headache: false };
  return {
    headache: true,
    hours: 5,
    severity: 2,
    features: { unilateral: true, pulsating: true, nausea: true },
    medications: inWindow < 12 ? [{ class: "triptan", name: "sumatriptan", relief: true }] : [],
  };
}

async function seedDiary(session: ApiSession, clinicId: string, patientId: string, today: string, days: number, answers: (back: number) => object) {
  const recordedAt = new Date().toISOString();
  for (let back = 0; back < days; back += 1) {
    await session.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/diary`, { id: randomUUID(), date: daysBefore(today, back), recordedAt, ...answers(back) });
  }
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

describe.skipIf(SKIP)("assessment: a clinician reads the verdicts and their evidence", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let dataDir: string;
  let staffContext: BrowserContext;
  let staff: Page;
  let clinicId = "";
  let chronicPatient = { id: "", today: "" };
  let newPatientId = "";
  let adminToken = "";

  beforeAll(async () => {
    if (!CHROME_FOUND) throw new Error(`e2e: Chromium not found at ${CHROME_PATH} (set CHROME_PATH); CI=true requires the browser journey to run`);
    ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), "cephalog-e2e-assess-"));
    server = await startServer({ host: "127.0.0.1", port: 0, dataDir, databaseUrl: null, publicUrl: null, logLevel: "warn" });

    const adminApi = new ApiSession(server.url);
    const me = await adminApi.call<{ memberships: { clinicId: string }[] }>("POST", "/api/setup/clinic", { clinicName: "Assessment Test Clinic", timeZone: TIME_ZONE, admin });
    clinicId = me.memberships[0]?.clinicId ?? "";
    adminToken = adminApi.sessionToken;
    const invitation = await adminApi.call<{ url: string }>("POST", `/api/clinics/${clinicId}/staff`, { name: clinician.name, email: clinician.email, role: "clinician" });
    const clinicianApi = new ApiSession(server.url);
    await clinicianApi.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { password: clinician.password });

    const created = await clinicianApi.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Chronic", birthDate: "1985-03-14", timeZone: TIME_ZONE });
    const detail = await clinicianApi.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${created.id}`);
    chronicPatient = { id: created.id, today: detail.today };
    await seedDiary(clinicianApi, clinicId, created.id, detail.today, 84, chronicDay);

    const fresh = await clinicianApi.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Sam Starting", birthDate: "1990-06-01", timeZone: TIME_ZONE });
    newPatientId = fresh.id;
    await seedDiary(clinicianApi, clinicId, fresh.id, detail.today, 5, (back) => (back % 2 === 0 ? chronicDay(0) : { headache: false }));

    browser = await launchChromium();
    staffContext = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await staffContext.addCookies([{ name: SESSION_COOKIE, value: clinicianApi.sessionToken, url: server.url }]);
    staff = await staffContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const patientPath = (id: string, search = "") => `${server.url}/clinic/${clinicId}/patients/${id}${search}`;

  it("shows chronic migraine met and triptan overuse suspected, with their reasons, as of the patient's today", async () => {
    await staff.goto(patientPath(chronicPatient.id));
    await staff.getByRole("heading", { level: 2, name: "Assessment" }).waitFor();
    await staff.getByTestId("chronic-migraine-status").waitFor();
    expect(await text(staff, "chronic-migraine-status")).toBe("Met");
    expect(await text(staff, "overuse-status")).toBe("Suspected: triptans");
    expect(await text(staff, "chronic-migraine-reasons")).toContain("Each of the last three 28-day windows is complete");
    const day = Number(chronicPatient.today.slice(8, 10));
    expect(await text(staff, "assessment-as-of")).toMatch(new RegExp(`^As of ${day} \\w{3} \\d{4}, the patient's today$`));
    expect(await staff.getByTestId("not-enough-diary").count()).toBe(0);
  });

  it("lists every criterion of the clinic's default policy, and says what is missing for the unknown ones", async () => {
    const select = staff.getByLabel("Judge eligibility under");
    const selected = (await select.locator("option:checked").textContent()) ?? "";
    expect(selected).toMatch(/\(clinic default\)$/);
    // No contraindication answers are recorded in the app yet: the criterion is unknown, so the
    // policy cannot decide (pathway-rules §5), whatever else is met.
    expect(await text(staff, "criterion-age-status")).toBe("Met");
    expect(await text(staff, "criterion-chronic-migraine-status")).toBe("Met");
    expect(await text(staff, "criterion-headache-days-status")).toBe("Met");
    expect(await text(staff, "criterion-no-contraindication-status")).toBe("Unknown");
    expect(await text(staff, "criterion-no-contraindication-missing")).toBe(
      "Missing: whether the patient is hypersensitive to any botulinum toxin; whether there is infection at the injection sites",
    );
    expect(await text(staff, "eligibility-status")).toBe("Cannot decide yet");
  });

  it("shows a criterion's evidence one click away", async () => {
    const evidence = staff.getByTestId("criterion-headache-days-evidence");
    expect(await evidence.locator("dl").isVisible()).toBe(false);
    await evidence.getByText("Show evidence").click();
    await evidence.getByText("Hide evidence").waitFor();
    const facts = await evidence.locator("dl").innerText();
    expect(facts).toContain("28 of 28 (complete)");
    expect(facts).toMatch(/Headache days of 4 h or more\s+18 \(needs 15\)/);
    await staff.getByTestId("overuse-evidence").getByText("Show evidence").click();
    const triptanRow = staff.getByTestId("overuse-evidence").getByRole("row", { name: /^Triptan days/ });
    expect((await triptanRow.innerText()).replace(/\s+/g, " ")).toBe("Triptan days 10 or more 12, at or over 12, at or over 12, at or over");
    await staff.getByTestId("chronic-migraine-evidence").getByText("Show evidence").click();
    expect(await staff.getByTestId("chronic-migraine-evidence").locator("tbody").innerText()).toMatch(/^W1\b[\s\S]*28 of 28\s+18\s+18\s+Yes/);
    await screenshot(staff, "assessment-default-policy");
    await cardScreenshot(staff, "assessment-card-evidence");
    await expectAccessible(staff);
  });

  it("judges the patient under another policy on request, naming it in full and keeping it in the address", async () => {
    await staff.getByLabel("Judge eligibility under").selectOption("nice-ta260");
    await staff.getByTestId("criterion-overuse-managed").waitFor();
    expect(new URL(staff.url()).searchParams.get("policy")).toBe("nice-ta260");
    expect(await staff.getByTestId("eligibility").innerText()).toContain("Under NICE TA260");
    expect(await staff.getByTestId("criteria").locator("> li").count()).toBe(6);
    // Suspected overuse not recorded as managed fails NICE's criterion: not eligible, whatever is unknown.
    expect(await text(staff, "criterion-overuse-managed-status")).toBe("Not met");
    expect(await text(staff, "criterion-preventives-failed-status")).toBe("Unknown");
    expect(await text(staff, "eligibility-status")).toBe("Not eligible");
    const preventives = staff.getByTestId("criterion-preventives-failed-evidence");
    await preventives.getByText("Show evidence").click();
    expect(await preventives.locator("dl").innerText()).toMatch(/Needed\s+3 distinct drugs failed/);
    await screenshot(staff, "assessment-nice-ta260");
    await cardScreenshot(staff, "assessment-card-nice-ta260");
    await expectAccessible(staff);

    await staff.reload();
    await staff.getByTestId("criterion-overuse-managed").waitFor();
    expect(await text(staff, "eligibility-status")).toBe("Not eligible");
  });

  it("says plainly when there is not enough diary yet, and how many days each window still needs", async () => {
    await staff.goto(patientPath(newPatientId));
    await staff.getByTestId("not-enough-diary").waitFor();
    expect(await text(staff, "chronic-migraine-status")).toBe("Insufficient data");
    expect(await text(staff, "overuse-status")).toBe("Insufficient data");
    const shortfall = await staff.getByTestId("not-enough-diary").innerText();
    expect(shortfall).toMatch(/W1 \(.+\): 5 of 28 recorded, 15 more needed/);
    expect(shortfall).toMatch(/W3 \(.+\): 0 of 28 recorded, 20 more needed/);
    expect(await text(staff, "criterion-headache-days-status")).toBe("Unknown");
    await cardScreenshot(staff, "assessment-card-not-enough-diary");
    await expectAccessible(staff);
  });

  it("lets the administrator choose the clinic's default policy, which the patient page then uses", async () => {
    const adminContext = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await adminContext.addCookies([{ name: SESSION_COOKIE, value: adminToken, url: server.url }]);
    const page = await adminContext.newPage();
    await page.goto(`${server.url}/clinic/${clinicId}/staff`);
    await page.getByRole("heading", { name: "Clinic settings" }).waitFor();
    const policy = page.getByLabel("Default eligibility policy");
    await policy.waitFor();
    await policy.selectOption("ehf-2018");
    await page.getByRole("button", { name: "Save default policy" }).click();
    await page.getByTestId("settings-saved").getByText("The clinic's default eligibility policy is now EHF 2018.").waitFor();
    await screenshot(page, "clinic-settings-saved");
    await expectAccessible(page);
    await adminContext.close();

    await staff.goto(patientPath(chronicPatient.id));
    await staff.getByTestId("criterion-preventives-failed").waitFor();
    expect(await staff.getByTestId("eligibility").innerText()).toContain("Under EHF 2018");
    const selected = (await staff.getByLabel("Judge eligibility under").locator("option:checked").textContent()) ?? "";
    expect(selected).toBe("EHF 2018 (clinic default)");
    expect(await staff.getByTestId("criteria").locator("> li").count()).toBe(5);
  });
});
