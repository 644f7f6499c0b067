/**
 * Recording the clinical history a patient's eligibility depends on (ADR 0011), in real Chromium
 * against the real server: a chronic-migraine patient seeded through the API (84 days of diary
 * by the import route), whose assessment under the US payer policy cannot be decided; the
 * clinician answers the contraindications, adds two failed preventives of two classes and sees
 * "Eligible", then withdraws one as entered in error and sees it change; and of two tabs saving
 * the history from one revision, the second is told someone changed it. axe checks each view.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, chronicDay, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { SKIP_E2E, DESKTOP, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";


const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@history.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@history.example", password: "clinician-password-1" };

/** Screenshots of this file, numbered from 40 so they sort after the assessment's. */
const shots = numberedScreenshots(40);


const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim();

/** Waits until the assessment shows this eligibility (it is asked again after each save). */
async function eligibilityBecomes(page: Page, status: string): Promise<void> {
  await expect.poll(() => text(page, "eligibility-status"), { timeout: 10_000 }).toBe(status);
}

describe.skipIf(SKIP_E2E)("clinical history: the clinician records what eligibility needs", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let clinicId = "";
  let patient = { id: "", today: "" };

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-history-");

    const seeded = await seedClinic(server.url, { name: "History Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Chronic", birthDate: "1985-03-14", timeZone: TIME_ZONE });
    const detail = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${created.id}`);
    patient = { id: created.id, today: detail.today };
    const days = Array.from({ length: 84 }, (_, back) => ({ date: daysBefore(detail.today, back), ...chronicDay(back) }));
    const imported = await seeded.clinician.call<{ imported: number }>("POST", `/api/clinics/${clinicId}/patients/${created.id}/diary/import`, { days });
    expect(imported.imported).toBe(84);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: seeded.clinician.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const trialForm = () => page.getByTestId("trial-form");

  async function addTrial(trial: { name: string; class: string; start: string; end: string; outcome: string; dose?: string }): Promise<void> {
    const form = trialForm();
    await form.getByLabel("Drug").fill(trial.name);
    await form.getByLabel("Class").selectOption(trial.class);
    if (trial.dose !== undefined) await form.getByLabel("Dose").fill(trial.dose);
    await form.getByLabel("Started").fill(trial.start);
    await form.getByLabel("Stopped").fill(trial.end);
    await form.getByLabel("Outcome").selectOption(trial.outcome);
    await form.getByRole("button", { name: "Add treatment" }).click();
    await page.getByTestId("preventives-table").getByRole("rowheader", { name: trial.name }).waitFor();
  }

  it("shows nothing recorded: every answer unknown, so eligibility under US payer cannot be decided", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patient.id}`);
    await page.getByRole("heading", { level: 2, name: "Clinical history" }).waitFor();
    await page.getByLabel("Judge eligibility under").selectOption("us-payer");
    await page.getByTestId("criterion-preventives-failed").waitFor();
    await eligibilityBecomes(page, "Cannot decide yet");
    expect(await text(page, "criterion-chronic-migraine-status")).toBe("Met");
    expect(await text(page, "history-recorded")).toBe("Nothing recorded yet: every answer is unknown.");
    for (const group of ["history-botulinumHypersensitivity", "history-injectionSiteInfection", "history-overuseManaged"]) {
      expect(await page.getByTestId(group).getByLabel("Not known").isChecked()).toBe(true);
    }
    await page.getByTestId("preventives-not-recorded").waitFor();
    await shots.page(page, "history-not-recorded");
    await shots.element(page.getByTestId("clinical-history-section"), "history-cards-not-recorded");
    await expectAccessible(page);
  });

  it("records the contraindications as answered no, by keyboard as well as by pointer, and says who recorded them", async () => {
    const hypersensitivity = page.getByRole("group", { name: "Known hypersensitivity to any botulinum toxin?" });
    await hypersensitivity.getByLabel("No", { exact: true }).check();
    // Arrow keys move between the answers of one question (native radio buttons).
    const infection = page.getByRole("group", { name: "Infection at the injection sites?" });
    await infection.getByLabel("Yes", { exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await infection.getByLabel("No", { exact: true }).isChecked()).toBe(true);
    expect(await text(page, "history-state")).toBe("Unsaved changes.");
    await page.getByLabel("Chronic migraine attested since").fill(daysBefore(patient.today, 400));
    await page.getByRole("button", { name: "Save clinical history" }).click();
    await page.getByTestId("history-saved").waitFor();
    expect(await text(page, "history-saved")).toMatch(/^Saved\.Recorded by Cal Clinician on .+\. The assessment above now uses these answers\.$/);
    await expect.poll(() => text(page, "criterion-no-contraindication-status")).toBe("Met");
    // Preventives are still not recorded: US payer still cannot decide.
    expect(await text(page, "criterion-preventives-failed-status")).toBe("Unknown");
    expect(await text(page, "eligibility-status")).toBe("Cannot decide yet");
  });

  it("refuses a treatment that stops before it starts, saying so beside the field", async () => {
    const form = trialForm();
    await form.getByLabel("Drug").fill("Amitriptyline");
    await form.getByLabel("Class").selectOption("antidepressant");
    await form.getByLabel("Started").fill(daysBefore(patient.today, 100));
    await form.getByLabel("Stopped").fill(daysBefore(patient.today, 120));
    await form.getByLabel("Outcome").selectOption("ineffective");
    await form.getByRole("button", { name: "Add treatment" }).click();
    const stopped = form.getByLabel("Stopped");
    await expect.poll(() => stopped.getAttribute("aria-invalid")).toBe("true");
    expect(await form.innerText()).toContain("Stopped must not be before the start.");
    await shots.element(page.getByTestId("trial-form"), "preventive-form-error");
    await form.getByLabel("Drug").fill("");
  });

  it("adds two failed preventives of two classes (60 days or more each): the assessment says Eligible under US payer", async () => {
    // The dose is optional (issue 10: the authorization packet shows it): given for one, not for the other.
    await addTrial({ name: "Topiramate", class: "antiepileptic", dose: "100 mg daily", start: daysBefore(patient.today, 400), end: daysBefore(patient.today, 300), outcome: "ineffective" });
    await addTrial({ name: "Propranolol", class: "beta-blocker", start: daysBefore(patient.today, 280), end: daysBefore(patient.today, 200), outcome: "ineffective" });
    const rows = page.getByTestId("preventives-table").locator("tbody tr");
    expect(await rows.count()).toBe(2);
    expect((await rows.nth(0).innerText()).replace(/\s+/g, " ")).toMatch(/^Topiramate antiepileptic 100 mg daily .+ 100 ineffective Yes Change Entered in error$/);
    expect((await rows.nth(1).innerText()).replace(/\s+/g, " ")).toMatch(/^Propranolol beta-blocker Not recorded .+ 80 ineffective Yes Change Entered in error$/);
    await eligibilityBecomes(page, "Eligible");
    expect(await text(page, "criterion-preventives-failed-status")).toBe("Met");
    await shots.page(page, "history-eligible-us-payer");
    await shots.element(page.getByTestId("assessment"), "assessment-card-eligible");
    await shots.element(page.getByTestId("clinical-history-section"), "history-cards-eligible");
    await expectAccessible(page);
  });

  it("says a trial too short to count, after changing its dates", async () => {
    await page.getByRole("button", { name: "Change Propranolol" }).click();
    const form = trialForm();
    await form.getByRole("heading", { name: "Change Propranolol" }).waitFor();
    await form.getByLabel("Stopped").fill(daysBefore(patient.today, 250));
    await form.getByRole("button", { name: "Save changes" }).click();
    const row = page.getByTestId("preventives-table").getByRole("row", { name: /^Propranolol/ });
    await expect.poll(async () => (await row.innerText()).replace(/\s+/g, " ")).toContain("30 ineffective No: ineffective after 30 days (needs 60)");
    await eligibilityBecomes(page, "Not eligible");
    await page.getByRole("button", { name: "Change Propranolol" }).click();
    await trialForm().getByLabel("Stopped").fill(daysBefore(patient.today, 200));
    await trialForm().getByRole("button", { name: "Save changes" }).click();
    await eligibilityBecomes(page, "Eligible");
  });

  it("withdraws a trial entered in error after asking, and the assessment changes to Not eligible", async () => {
    await page.getByRole("button", { name: "Propranolol was entered in error" }).click();
    const confirm = page.getByTestId("withdraw-confirm");
    await confirm.waitFor();
    // Focus moves to the question, so a keyboard or screen reader user lands on it.
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Withdraw Propranolol as entered in error?");
    await shots.element(page.getByTestId("withdraw-confirm"), "withdraw-confirm");
    await confirm.getByRole("button", { name: "Withdraw as entered in error" }).click();
    await page.getByTestId("preventives-saved").getByText("Withdrew Propranolol as entered in error.").waitFor();
    expect(await page.getByTestId("preventives-table").locator("tbody tr").count()).toBe(1);
    await eligibilityBecomes(page, "Not eligible");
    expect(await text(page, "criterion-preventives-failed-status")).toBe("Not met");
    await shots.page(page, "history-after-withdrawal");
    await expectAccessible(page);

    // What is saved stays after a reload.
    await page.reload();
    await page.getByTestId("preventives-table").waitFor();
    expect(await page.getByRole("group", { name: "Known hypersensitivity to any botulinum toxin?" }).getByLabel("No", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByTestId("preventives-table").locator("tbody tr").count()).toBe(1);
  });

  it("tells the second of two tabs that someone changed the history since it was opened, and saves nothing from it", async () => {
    // Both tabs show the same revision; the first saves, then the second, made from the one it showed.
    const second = await page.context().newPage();
    try {
      await second.goto(`${server.url}/clinic/${clinicId}/patients/${patient.id}`);
      await second.getByTestId("clinical-history").waitFor();
      const overuse = (tab: Page) => tab.getByRole("group", { name: "Is medication overuse being managed?" });
      const infection = (tab: Page) => tab.getByRole("group", { name: "Infection at the injection sites?" });

      await overuse(page).getByLabel("Yes", { exact: true }).check();
      await page.getByRole("button", { name: "Save clinical history" }).click();
      await page.getByTestId("history-saved").waitFor();

      await infection(second).getByLabel("Yes", { exact: true }).check();
      await second.getByRole("button", { name: "Save clinical history" }).click();
      const problem = second.getByTestId("clinical-history").getByRole("alert");
      await problem.waitFor();
      expect((await problem.innerText()).replace(/\s+/g, " ")).toMatch(/^The clinical history was not saved\. Someone changed this since you opened it: .*reload to see their change/);
      expect(await second.getByTestId("history-saved").count()).toBe(0);
      await shots.element(second.getByTestId("clinical-history"), "history-changed-elsewhere");
      await expectAccessible(second);

      // Reloaded, the second tab shows the first tab's change, and nothing of its own.
      await second.reload();
      await second.getByTestId("clinical-history").waitFor();
      expect(await overuse(second).getByLabel("Yes", { exact: true }).isChecked()).toBe(true);
      expect(await infection(second).getByLabel("No", { exact: true }).isChecked()).toBe(true);
    } finally {
      await second.close();
    }
  });
});
