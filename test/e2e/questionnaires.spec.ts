/**
 * HIT-6 and MIDAS on the demo clinic (issue 8, section 2), in real Chromium against the real
 * server: the demo patient, at 390 px, finds both due on Today before their visit, fills in the
 * MIDAS one question per screen with the network cut (saved on the phone, the score in plain words
 * at once), sees it sent once back online, and copies their HIT-6 total from the paper form (the
 * clinic has no licensed wording); the clinician's chart shows each instrument's history with the
 * grade bands and the meaningful-change flag, and takes a paper HIT-6 answer by answer; an
 * administrator pastes a licensed HIT-6 wording, which the patient is then asked in. Screenshots
 * 250-269, both patient looks; axe on each.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { ApiSession, SESSION_COOKIE } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const shots = numberedScreenshots(250);
const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role) as (typeof DEMO_LOGINS)[number];

/** Shoots a patient screen in the low-light look and the light one, with axe and the phone's width checked in each. */
async function inBothLooks(page: Page, name: string): Promise<void> {
  for (const look of ["low-light", "light"] as const) {
    await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
    await shots.page(page, `${name}-${look}-390`);
    await expectAccessible(page);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${name} (${look}) fits the phone`).toBeLessThanOrEqual(PHONE.width);
  }
  await page.evaluate(`document.documentElement.removeAttribute("data-patient-look")`);
}

describe.skipIf(SKIP_E2E)("questionnaires: the patient fills in a MIDAS due before a visit, staff enter a paper HIT-6, the chart shows the history", () => {
  let server: E2eServer;
  let browser: Browser;
  let phoneContext: BrowserContext;
  let phone: Page;
  const tokens = { patient: "", clinician: "", admin: "" };
  let patientUrl = "";
  let clinicId = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-questionnaires-");
    await new ApiSession(server.url).call("POST", "/api/setup/demo");
    for (const role of ["patient", "clinician", "admin"] as const) {
      const session = new ApiSession(server.url);
      await session.call("POST", "/api/auth/login", { email: login(role).email, password: login(role).password });
      tokens[role] = session.sessionToken;
      if (role === "patient") {
        const me = await session.call<{ patient: { clinicId: string; patientId: string } }>("GET", "/api/me");
        clinicId = me.patient.clinicId;
        patientUrl = `${server.url}/clinic/${me.patient.clinicId}/patients/${me.patient.patientId}`;
      }
    }
    browser = await launchChromium();
    phoneContext = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await phoneContext.addCookies([{ name: SESSION_COOKIE, value: tokens.patient, url: server.url }]);
    phone = await phoneContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function staffPage(token: string, viewport: { width: number; height: number }, url: string): Promise<Page> {
    const context = await browser.newContext({ viewport, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  it("shows the patient both questionnaires due on Today, before their visit", async () => {
    await phone.goto(`${server.url}/today`);
    const card = phone.getByTestId("questionnaires-due");
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Before your visit on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+\./);
    expect(await card.getByRole("link").allTextContents()).toEqual([
      "Headache impact (HIT-6)Copy the score from your paper form.",
      "Headache and daily life (MIDAS)7 questions about days lost to headaches in the last 3 months.",
    ]);
    await card.scrollIntoViewIfNeeded();
    await inBothLooks(phone, "today-questionnaires-due");
  });

  it("asks the MIDAS one question per screen with the network cut, saves it on the phone and gives the score in plain words", async () => {
    await phone.getByRole("link", { name: /Headache and daily life \(MIDAS\)/ }).click();
    const question = phone.getByRole("heading", { level: 2 });
    await question.filter({ hasText: "miss work or school" }).waitFor();
    expect(await phone.getByText("Question 1 of 7").count()).toBe(1);
    await inBothLooks(phone, "midas-question-1");

    await phoneContext.setOffline(true);
    await phone.getByRole("button", { name: /^None/ }).click();
    await question.filter({ hasText: "productivity at work or school reduced by half" }).waitFor();
    // A typed answer out of range is refused beside the field, in words.
    await phone.getByLabel("Or type the number of days").fill("120");
    await phone.getByRole("button", { name: "Next" }).click();
    await phone.getByText("Enter the number of days as a whole number from 0 to 90.").waitFor();
    await phone.getByLabel("Or type the number of days").fill("4");
    await phone.getByRole("button", { name: "Next" }).click();
    for (const [text, days] of [
      ["not do household work", "6"],
      ["productivity in household work", "3"],
      ["family, social or leisure", "2"],
      ["did you have a headache", "30"],
    ] as const) {
      await question.filter({ hasText: text }).waitFor();
      await phone.getByLabel("Or type the number of days").fill(days);
      await phone.getByRole("button", { name: "Next" }).click();
    }
    await question.filter({ hasText: "how painful" }).waitFor();
    await inBothLooks(phone, "midas-pain-question");
    await phone.getByRole("button", { name: /^6$/ }).click();

    const result = phone.getByTestId("questionnaire-result");
    await result.waitFor();
    expect(await result.getByRole("heading", { level: 2 }).textContent()).toBe("Your MIDAS score is 15.");
    expect(await result.textContent()).toContain("Headaches cost you a fair number of days in the last 3 months.");
    expect(await result.textContent()).toMatch(/That is \d+ (lower|higher) than last time|the same as last time/);
    await phone.getByTestId("questionnaire-pending").waitFor();
    await inBothLooks(phone, "midas-result-saved-on-phone");

    await phoneContext.setOffline(false);
    await phone.evaluate(`window.dispatchEvent(new Event("online"))`);
    await phone.getByTestId("questionnaire-sent").waitFor({ timeout: 15_000 });
    await shots.page(phone, "midas-result-sent-390");
  });

  it("takes the HIT-6 as the total from the paper form, naming a total no answers add up to", async () => {
    await phone.getByRole("link", { name: "Next: Headache impact (HIT-6)" }).click();
    await phone.getByRole("heading", { level: 2, name: "What is the total on your HIT-6 paper form?" }).waitFor();
    await inBothLooks(phone, "hit6-total-question");
    await phone.getByLabel(/^Total/).fill("77");
    await phone.getByRole("button", { name: "Save" }).click();
    await phone.getByText("is not a total six HIT-6 answers can add up to: check the sum").waitFor();
    await phone.getByLabel(/^Total/).fill("62");
    await phone.getByRole("button", { name: "Save" }).click();
    const result = phone.getByTestId("questionnaire-result");
    await result.waitFor();
    expect(await result.getByRole("heading", { level: 2 }).textContent()).toBe("Your HIT-6 score is 62.");
    await phone.getByTestId("questionnaire-sent").waitFor({ timeout: 15_000 });
    await inBothLooks(phone, "hit6-result");
    await phone.getByRole("link", { name: "Back to today" }).click();
    await phone.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    expect(await phone.getByTestId("questionnaires-due").count()).toBe(0);
  });

  it("shows the clinician each instrument's history with the grade bands, and takes a paper HIT-6 answer by answer", async () => {
    const page = await staffPage(tokens.clinician, { width: 1280, height: 1000 }, patientUrl);
    const card = page.getByTestId("questionnaires-card");
    await card.waitFor();
    expect(await page.getByTestId("questionnaires-due-status").textContent()).toMatch(/Before the visit on .*: HIT-6 done .*; MIDAS done/);
    const midas = page.getByTestId("questionnaire-table-MIDAS");
    const latest = midas.locator("tbody tr").first();
    expect(await latest.locator("td").allTextContents()).toEqual(["15", "Grade III, moderate (11-20)", expect.stringMatching(/^(first|[−+]\d+|0)/), "0, 4, 6, 3, 2; A 30, B 6", "Patient's app", "Entered in error"]);
    expect(await midas.locator("tbody tr").count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId("score-chart-MIDAS").locator("canvas").first().waitFor();
    await page.getByTestId("score-chart-HIT-6").locator("canvas").first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await shots.element(page.locator("section", { has: card }), "chart-questionnaires-1280");
    await expectAccessible(page);

    await card.getByRole("button", { name: "Enter a paper form" }).click();
    const form = page.getByTestId("paper-form");
    await form.getByRole("button", { name: "Save the paper form" }).click();
    await form.getByText("Item 1 must be a number.").waitFor();
    const columns = [3, 2, 2, 1, 3, 2];
    for (const [index, column] of columns.entries()) await form.getByLabel(`Item ${index + 1}`).selectOption(String(column));
    await shots.element(form, "paper-hit6-form-1280");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Save the paper form" }).click();
    await page.getByTestId("paper-form-saved").getByText("Entered the paper HIT-6: 60.").waitFor();
    const hit6 = page.getByTestId("questionnaire-table-HIT-6");
    expect(await hit6.locator("tbody tr").first().locator("td").allTextContents()).toEqual(["60", "Severe impact (≥60)", "−2", "Columns 4, 3, 3, 2, 4, 3", expect.stringMatching(/^Paper form, entered by \S/), "Entered in error"]);

    for (const viewport of [
      { width: 1024, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const narrow = await staffPage(tokens.clinician, viewport, patientUrl);
      const narrowCard = narrow.getByTestId("questionnaires-card");
      await narrowCard.waitFor();
      await narrow.getByTestId("score-chart-HIT-6").locator("canvas").first().waitFor();
      await narrowCard.scrollIntoViewIfNeeded();
      expect(await narrow.evaluate<number>("document.documentElement.scrollWidth"), `fits ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
      await shots.element(narrow.locator("section", { has: narrowCard }), `chart-questionnaires-${viewport.width}`);
      await expectAccessible(narrow);
    }
  });

  it("lets an administrator paste the clinic's licensed HIT-6 wording and set the days before a visit", async () => {
    const page = await staffPage(tokens.admin, { width: 1280, height: 1000 }, `${server.url}/clinic/${clinicId}/staff`);
    const form = page.getByTestId("questionnaire-settings");
    await form.waitFor();
    await form.getByRole("radio", { name: /^Yes: show the licensed wording/ }).check();
    await form.getByRole("button", { name: "Save questionnaire settings" }).click();
    await form.getByText("The licence reference is required: the reference of the clinic's HIT-6 licence.").waitFor();
    await form.getByLabel("Licence reference").fill("QM-2026-0042");
    for (let item = 1; item <= 6; item += 1) await form.getByLabel(`Item ${item}, as on the licensed form`).fill(`Licensed item ${item} wording`);
    for (const [index, label] of ["Never", "Rarely", "Sometimes", "Very often", "Always"].entries()) await form.getByLabel(new RegExp(`^Answer ${index + 1} `)).fill(label);
    await form.getByLabel("Days before a visit they are due").fill("10");
    await form.getByRole("button", { name: "Save questionnaire settings" }).click();
    await page.getByTestId("questionnaire-settings-saved").getByText(/Due 10 days before each visit\. HIT-6 is asked in the licensed wording/).waitFor();
    await form.scrollIntoViewIfNeeded();
    await shots.element(page.locator("section", { has: form }), "questionnaire-settings-1280");
    await expectAccessible(page);
  });

  it("then asks the patient HIT-6 item by item in the clinic's licensed wording", async () => {
    await phone.goto(`${server.url}/questionnaires/hit-6`);
    await phone.getByRole("heading", { level: 2, name: "Licensed item 1 wording" }).waitFor();
    expect(await phone.getByRole("button").filter({ hasText: /^(Never|Rarely|Sometimes|Very often|Always)$/ }).count()).toBe(5);
    await inBothLooks(phone, "hit6-licensed-item-1");
    for (const [item, answer] of ["Sometimes", "Sometimes", "Rarely", "Very often", "Sometimes", "Never"].entries()) {
      await phone.getByRole("heading", { level: 2, name: `Licensed item ${item + 1} wording` }).waitFor();
      await phone.getByRole("button", { name: answer, exact: true }).click();
    }
    // 10 + 10 + 8 + 11 + 10 + 6.
    expect(await phone.getByTestId("questionnaire-result").getByRole("heading", { level: 2 }).textContent()).toBe("Your HIT-6 score is 55.");
    await phone.getByTestId("questionnaire-sent").waitFor({ timeout: 15_000 });
  });
});
