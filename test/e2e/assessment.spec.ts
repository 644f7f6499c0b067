/**
 * The clinician's assessment card in real Chromium against the real server: a clinic seeded
 * through the API (administrator, clinician, a patient with 84 days of diary, another with a few
 * days), then the patient page read as a clinician would: chronic migraine met, triptan overuse
 * suspected, every criterion of the policy with its status and evidence, another policy chosen,
 * the "not enough diary yet" state, and the administrator's default policy. axe checks each view.
 */
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, chronicDay, daysBefore, seedClinic, type ApiSession } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { SKIP_E2E, DESKTOP, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";


const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@assess.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@assess.example", password: "clinician-password-1" };

/** Screenshots of this file, numbered from 30 so they sort after the journey's. */
const shots = numberedScreenshots(30);
const screenshot = shots.page;
/** The assessment card alone, at full size, to read its details. */
const cardScreenshot = (page: Page, name: string) => shots.element(page.getByTestId("assessment"), name);

async function seedDiary(session: ApiSession, clinicId: string, patientId: string, today: string, days: number, answers: (back: number) => object) {
  const recordedAt = new Date().toISOString();
  for (let back = 0; back < days; back += 1) {
    await session.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/diary`, { id: randomUUID(), date: daysBefore(today, back), recordedAt, ...answers(back) });
  }
}


const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

describe.skipIf(SKIP_E2E)("assessment: a clinician reads the verdicts and their evidence", () => {
  let server: E2eServer;
  let browser: Browser;
  let staffContext: BrowserContext;
  let staff: Page;
  let clinicId = "";
  let chronicPatient = { id: "", today: "" };
  let newPatientId = "";
  let adminToken = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-assess-");

    const seeded = await seedClinic(server.url, { name: "Assessment Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    adminToken = seeded.admin.sessionToken;
    const clinicianApi = seeded.clinician;

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
