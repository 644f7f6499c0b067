/**
 * The diary as CSV in Chromium against the real server (issue 10 §5): a clinician uploads a CSV
 * diary with a bad row; the check (dry run) shows the row with its line, column and reason and
 * nothing is stored; the corrected file checks clean and "Import 3 days" stores them, and the
 * patient page's diary shows them as imported. The diary downloads as CSV; the patients page
 * offers the clinic's diaries, sessions and outcomes. Screenshots at 1280, 1024 and 390 px; axe on each.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, daysBefore, seedClinic, type ApiSession } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const admin = { name: "Ada Admin", email: "ada@csv.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@csv.example", password: "clinician-password-1" };
const TIME_ZONE = "Europe/London";
const RECORD_NUMBER = "CSV-0007";
const shots = numberedScreenshots(741);

/** A spreadsheet's diary with its own column names; `severity` of the second day as given. */
function diaryFile(today: string, secondSeverity: string): Buffer {
  const lines = [
    "Day,Headache?,Hours,Pain,Tablets,Comment",
    `${daysBefore(today, 12)},yes,5,moderate,Sumatriptan,`,
    `${daysBefore(today, 11)},yes,6,${secondSeverity},"Ibuprofen; Brandex (gepant, relief)","woke with it, lasted all day"`,
    `${daysBefore(today, 10)},no,,,,`,
  ];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

describe.skipIf(SKIP_E2E)("the diary as CSV on the patient page", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clinicId: string;
  let patientId: string;
  let cal: ApiSession;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-csv-");
    const seeded = await seedClinic(server.url, { name: "CSV Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    cal = seeded.clinician;
    patientId = (await cal.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Spreadsheet", birthDate: "1985-03-14", timeZone: TIME_ZONE, recordNumber: RECORD_NUMBER })).id;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB", acceptDownloads: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: cal.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const card = () => page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Diary as CSV" }) });
  const storedDays = async () => (await cal.call<{ diary: unknown[] }>("GET", `/api/clinics/${clinicId}/patients/${patientId}/record`)).diary.length;

  it("checks a file with a bad row: the row is listed with its line, column and reason, and nothing is stored", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    await page.getByRole("heading", { level: 2, name: "Diary as CSV" }).waitFor();
    await page.getByTestId("csv-import-open").click();
    await page.getByTestId("csv-file").setInputFiles({ name: "diary.csv", mimeType: "text/csv", buffer: diaryFile(today, "7") });
    // The columns start filled in from the header's names.
    expect(await page.getByTestId("csv-map-date").inputValue()).toBe("Day");
    expect(await page.getByTestId("csv-map-headache").inputValue()).toBe("Headache?");
    expect(await page.getByTestId("csv-map-severity").inputValue()).toBe("Pain");
    expect(await page.getByTestId("csv-map-medicines").inputValue()).toBe("Tablets");
    expect(await page.getByTestId("csv-map-note").inputValue()).toBe("Comment");
    await page.getByTestId("csv-check").click();
    const result = page.getByTestId("csv-check-result");
    await result.waitFor();
    expect(await result.innerText()).toContain("1 row is rejected: nothing can be imported yet.");
    const rejected = page.getByTestId("csv-rejected");
    expect(await rejected.locator("tbody tr").count()).toBe(1);
    expect(await rejected.locator("tbody tr").innerText()).toMatch(/3\s+Pain\s+must be 0-3/);
    expect(await page.getByTestId("csv-import-button").count()).toBe(0);
    expect(await storedDays()).toBe(0);
    await card().scrollIntoViewIfNeeded();
    await shots.element(card(), "csv-rejected-row-1280");
    await expectAccessible(page);

    await page.setViewportSize(PHONE);
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await shots.element(card(), "csv-rejected-row-390");
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });

  it("checks the corrected file clean, imports its 3 days, and the diary shows them as imported", async () => {
    await page.getByTestId("csv-file").setInputFiles({ name: "diary-fixed.csv", mimeType: "text/csv", buffer: diaryFile(today, "severe") });
    await page.getByTestId("csv-check").click();
    await expect.poll(() => page.getByTestId("csv-check-result").innerText()).toContain("Every row can be imported.");
    expect(await page.getByTestId("csv-check-result").innerText()).toContain("3 rows: 3 ready (3 new or changed, 0 already as recorded)");
    await page.setViewportSize({ width: 1024, height: 900 });
    await shots.element(card(), "csv-checked-1024");
    await page.getByRole("button", { name: "Import 3 days" }).click();
    const imported = page.getByTestId("csv-imported");
    await imported.waitFor();
    expect(await imported.innerText()).toContain("3 days stored as imported; 0 already as recorded.");
    expect(await storedDays()).toBe(3);
    const diary = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Recent diary" }) });
    await expect.poll(() => diary.innerText()).toContain("woke with it, lasted all day");
    expect((await diary.innerText()).match(/Staff \(import\)/g)).toHaveLength(3);
    await shots.element(card(), "csv-imported-1024");
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });

  it("downloads the diary as CSV named by record number, the days in the import's words", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-diary-download").click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^cephalog-diary-${RECORD_NUMBER}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = await readFile((await download.path()) as string, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFdate,headache,hours,duration,severity,medicines,features,note,source,entered_by,late,recorded_at,revisions");
    expect(csv).toContain(`${daysBefore(today, 11)},yes,6,,3,"Ibuprofen (simple-analgesic); Brandex (gepant, relief)",,"woke with it, lasted all day",import,staff`);
  });

  it("offers the clinic's diaries, sessions and outcomes as CSV on the patients page", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients`);
    const exportsCard = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Export as CSV" }) });
    await exportsCard.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("csv-export-outcomes.csv").click()]);
    expect(download.suggestedFilename()).toMatch(/^cephalog-outcomes-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) as string, "utf8");
    expect(csv).toContain(`${patientId},${RECORD_NUMBER},`);
    await shots.page(page, "csv-clinic-exports-1280");
    await page.setViewportSize(PHONE);
    await shots.element(exportsCard, "csv-clinic-exports-390");
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });
});
