/**
 * The clinic's reports page and the patient page's packets in Chromium against the real server
 * (issue 10 §1-5): a clinician opens Reports from the clinic's navigation, makes the clinic
 * outcomes report for the last 12 months (a job: its progress, then a %PDF download), sees the CSV
 * exports, and runs a FHIR bulk export to its end (its NDJSON files listed and downloadable). On the
 * patient page, an authorization packet with something missing shows the list first, and "Make a
 * draft anyway" downloads the draft. Screenshots at 1280, 1024 and 390 px; axe on each.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { longRecordJson } from "../fixtures/reports/long-record.ts";
import { SESSION_COOKIE, seedClinic, type ApiSession } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const admin = { name: "Ada Admin", email: "ada@reports.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@reports.example", password: "clinician-password-1" };
const TIME_ZONE = "Europe/London";
const shots = numberedScreenshots(780);

describe.skipIf(SKIP_E2E)("the clinic's reports page", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clinicId: string;
  let patientId: string;
  let cal: ApiSession;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-reports-");
    const seeded = await seedClinic(server.url, { name: "Reports Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    cal = seeded.clinician;
    // Two patients treated (two years of diary, eight sessions), one not yet.
    for (const recordNumber of ["REP-1", "REP-2"]) {
      patientId = (await cal.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Treated", birthDate: "1979-03-14", timeZone: TIME_ZONE, recordNumber })).id;
      await cal.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/record`, longRecordJson());
    }
    await cal.call("POST", `/api/clinics/${clinicId}/patients`, { name: "Sam Screening", birthDate: "1990-01-01", timeZone: TIME_ZONE, recordNumber: "REP-3" });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB", acceptDownloads: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: cal.sessionToken, url: server.url }]);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("makes the clinic outcomes report for the last 12 months as a job and downloads it as a PDF", { timeout: 60_000 }, async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/worklist`);
    await page.getByRole("navigation", { name: "Clinic" }).getByRole("link", { name: "Reports" }).click();
    await page.getByRole("heading", { level: 1, name: "Reports" }).waitFor();
    const card = page.getByTestId("outcomes-report-card");
    const to = await card.getByLabel("Sessions to").inputValue();
    const from = await card.getByLabel("Sessions from").inputValue();
    expect(to).toBe(new Date().toLocaleDateString("en-CA", { timeZone: TIME_ZONE }));
    expect(Number(from.slice(0, 4))).toBe(Number(to.slice(0, 4)) - 1);
    await shots.page(page, "reports-page-1280");
    await expectAccessible(page);

    await card.getByRole("button", { name: "Make the outcomes report" }).click();
    await page.getByTestId("outcomes-report-ready").waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId("outcomes-report-ready").innerText()).toContain("2 treated patients read");
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download the outcomes report (PDF)" }).click()]);
    expect(download.suggestedFilename()).toBe(`cephalog-outcomes-${from}-to-${to}.pdf`);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect.poll(() => card.innerText()).toContain(`Saved as ${download.suggestedFilename()}`);
    await shots.element(card, "reports-outcomes-ready-1280");
    await expectAccessible(page);
  });

  it("refuses a range that ends before it starts, naming the field, and sends nothing", async () => {
    const card = page.getByTestId("outcomes-report-card");
    await card.getByLabel("Sessions from").fill("2026-07-01");
    await card.getByLabel("Sessions to").fill("2026-06-30");
    await card.getByRole("button", { name: "Make the outcomes report" }).click();
    await expect.poll(() => card.innerText()).toContain("Must be on or after the start date.");
  });

  it("starts a FHIR bulk export that completes, with its NDJSON files to download", { timeout: 60_000 }, async () => {
    const card = page.getByTestId("fhir-export-card");
    await card.getByRole("button", { name: "Start a FHIR bulk export" }).click();
    const files = page.getByTestId("fhir-export-files");
    await files.waitFor({ timeout: 30_000 });
    const patientLink = files.getByRole("link", { name: "Patient.ndjson" });
    const href = (await patientLink.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/fhir\/R4\/bulk-files\//);
    const ndjson = await context.request.get(`${server.url}${href}`);
    expect(ndjson.status()).toBe(200);
    const lines = (await ndjson.text()).trim().split("\n").map((line) => JSON.parse(line) as { resourceType: string });
    expect(lines.map((line) => line.resourceType)).toEqual(["Patient", "Patient", "Patient"]);
    await shots.element(card, "reports-fhir-export-done-1280");
    // The CSV exports sit on the page too, as on the Patients page.
    await page.getByTestId("csv-export-outcomes.csv").waitFor();
    await expectAccessible(page);

    await page.setViewportSize({ width: 1024, height: 900 });
    await shots.page(page, "reports-page-1024");
    await page.setViewportSize(PHONE);
    await shots.page(page, "reports-page-390");
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });

  it("lists what an authorization packet lacks before making it, then makes the draft on request", { timeout: 60_000 }, async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    await page.getByRole("heading", { level: 2, name: "Documents" }).waitFor();
    const row = page.getByTestId("document-packet");
    await row.getByRole("button", { name: "Download authorization packet (PDF)" }).click();
    const gaps = page.getByTestId("document-packet-gaps");
    await gaps.waitFor();
    expect(await gaps.innerText()).toMatch(/Not ready to send: \d+ items are missing\./);
    expect(await gaps.locator("li").count()).toBeGreaterThan(0);
    await row.scrollIntoViewIfNeeded();
    await shots.element(row, "documents-packet-gaps-1280");
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent("download"), gaps.getByRole("button", { name: "Make a draft anyway" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cephalog-packet-REP-2-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect.poll(() => page.getByTestId("document-packet-outcome").innerText()).toContain("It is a draft");
    await page.setViewportSize(PHONE);
    await row.scrollIntoViewIfNeeded();
    await shots.element(row, "documents-packet-draft-390");
    await page.setViewportSize(DESKTOP);
  });
});
