/**
 * The patient page's documents card in Chromium against the real server (issue 10 §1 and §6): a
 * clinician downloads the patient summary (a PDF arrives, named by record number) and the record
 * as JSON; uploads a record file that is refused (each field named by path and in words, nothing
 * imported), then a good one whose dry run is shown (what it would add, what is already there,
 * the unknown field left out) and imports it. Screenshots at 1280, 1024 and 390 px; axe on each.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, chronicDay, daysBefore, seedClinic, type ApiSession } from "./support/api-session.ts";
import { ARTIFACTS_DIR, numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const admin = { name: "Ada Admin", email: "ada@documents.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@documents.example", password: "clinician-password-1" };
const TIME_ZONE = "Europe/London";
const RECORD_NUMBER = "DOC-0042";
const shots = numberedScreenshots(721);

/** A record file of `days` diary days ending `back` days before today. */
function recordFile(today: string, days: number, back: number, extra: Record<string, unknown> = {}) {
  return {
    schema: "cephalog.patient-record/1",
    patient: { id: "from-another-system", birthDate: "1985-03-14" },
    diary: Array.from({ length: days }, (_, index) => ({ date: daysBefore(today, back + index), ...chronicDay(back + index) })),
    ...extra,
  };
}

describe.skipIf(SKIP_E2E)("the documents card on the patient page", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clinicId: string;
  let patientId: string;
  let cal: ApiSession;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-documents-");
    const seeded = await seedClinic(server.url, { name: "Documents Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    cal = seeded.clinician;
    patientId = (await cal.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Chronic", birthDate: "1985-03-14", timeZone: TIME_ZONE, recordNumber: RECORD_NUMBER })).id;
    // 84 days of chronic migraine before today: W1-W3 complete.
    await cal.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/record`, recordFile(today, 84, 1));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB", acceptDownloads: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: cal.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const card = () => page.getByTestId("documents-card");

  it("downloads the patient summary as a PDF named by record number, never by name", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    await page.getByRole("heading", { level: 2, name: "Documents" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), card().getByRole("button", { name: "Download patient summary (PDF)" }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^cephalog-summary-${RECORD_NUMBER}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect.poll(() => page.getByTestId("document-summary-outcome").innerText()).toContain(`Saved as ${download.suggestedFilename()} in this device's downloads.`);
    await card().scrollIntoViewIfNeeded();
    await shots.element(card(), "documents-summary-downloaded-1280");
    // The card where it sits on the patient page, as a clinician scrolls to it.
    await page.getByRole("heading", { level: 2, name: "Documents" }).evaluate((heading) => heading.scrollIntoView());
    await page.screenshot({ path: join(ARTIFACTS_DIR, "720-documents-on-the-patient-page-1280.png") });
    await expectAccessible(page);
  });

  it("downloads the whole record as cephalog.patient-record/1 JSON", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), card().getByRole("button", { name: "Download patient record (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^cephalog-record-${RECORD_NUMBER}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const record = JSON.parse(await readFile((await download.path()) as string, "utf8")) as { schema: string; diary: unknown[] };
    expect(record.schema).toBe("cephalog.patient-record/1");
    expect(record.diary).toHaveLength(84);
  });

  it("refuses a bad record file naming each field by path and in words, and imports nothing", async () => {
    const bad = recordFile(today, 2, 90);
    (bad.diary[1] as Record<string, unknown>)["hours"] = 25;
    await page.getByLabel("Patient record file (JSON)").setInputFiles({ name: "bad-record.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    const problem = page.getByTestId("record-upload-problem");
    await problem.waitFor();
    expect(await problem.innerText()).toContain(`Diary day 2 (${daysBefore(today, 91)}), hours: must be 0-24 hours`);
    expect(await problem.innerText()).toContain("diary[1].hours");
    expect(await problem.innerText()).toContain("Nothing was imported");
    await page.setViewportSize({ width: 1024, height: 900 });
    await shots.element(card(), "documents-upload-refused-1024");
    await expectAccessible(page);
    const exported = await cal.call<{ diary: unknown[] }>("GET", `/api/clinics/${clinicId}/patients/${patientId}/record`);
    expect(exported.diary).toHaveLength(84);
    await page.getByLabel("Patient record file (JSON)").setInputFiles({ name: "not-json.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    await expect.poll(() => page.getByTestId("record-upload-problem").innerText()).toContain("It is not JSON");
  });

  it("shows the dry run of a good file (would add, already recorded, the unknown field left out), then imports it", async () => {
    // 28 new days before the 84 already there, 4 of those again as they are, and a field the format does not know.
    const good = recordFile(today, 32, 81, { mood: "fine" });
    await page.getByLabel("Patient record file (JSON)").setInputFiles({ name: "older-diary.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(good)) });
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    expect(await page.getByTestId("import-sentence").innerText()).toBe("Importing would add 28 items; 4 items are already recorded and stay as they are.");
    expect(await page.getByTestId("import-counts").innerText()).toContain("Diary days");
    expect(await page.getByTestId("import-warnings").innerText()).toContain("Mood: not part of the record format; left out");
    // The check's heading has the focus: a keyboard user lands on the result.
    expect(await page.evaluate<string | null>("document.activeElement?.tagName ?? null")).toBe("H4");
    await page.setViewportSize(PHONE);
    expect(await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await shots.element(card(), "documents-dry-run-390");
    await expectAccessible(page);
    // Nothing was written by the check.
    expect((await cal.call<{ diary: unknown[] }>("GET", `/api/clinics/${clinicId}/patients/${patientId}/record`)).diary).toHaveLength(84);

    await page.getByTestId("record-import").click();
    const imported = page.getByTestId("record-imported");
    await imported.waitFor();
    expect(await imported.innerText()).toContain("older-diary.json: Imported: 28 items added; 4 items were already recorded and stay as they are.");
    expect(await page.getByTestId("import-preview").count()).toBe(0);
    expect((await cal.call<{ diary: unknown[] }>("GET", `/api/clinics/${clinicId}/patients/${patientId}/record`)).diary).toHaveLength(112);
    await shots.element(card(), "documents-imported-390");
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);
  });
});
