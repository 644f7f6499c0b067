/**
 * The pathway on the chart, in real Chromium against the real server: a coordinator adds a
 * patient with sex and record number, records a prior authorization as requested (the worklist
 * state becomes "Awaiting authorization") and updates it to approved with a reason (next: book the
 * first session); a clinician records a pause after the response review, refused without the
 * date to reassess, saying so beside the field. Screenshots at 1280 and 390 px; axe on each screen.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { ApiSession, SESSION_COOKIE, chronicDay, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@care.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@care.example", password: "clinician-password-1" };
const coordinator = { name: "Cora Coordinator", email: "cora@care.example", password: "coordinator-password-1" };
const WIDE = { width: 1280, height: 1000 } as const;

const shots = numberedScreenshots(90);

/** Chronic migraine over 84 days, contraindications answered, two preventives failed: eligible under every policy. */
function eligibleRecord(today: string, sessions: string[]) {
  return {
    patient: { id: "imported" },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary: Array.from({ length: 84 }, (_, back) => ({ date: daysBefore(today, back), ...chronicDay(back) })),
    preventives: [
      { name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" },
      { name: "propranolol", class: "beta-blocker", start: "2025-06-01", end: "2025-10-01", outcome: "ineffective" },
    ],
    treatments: sessions.map((date) => ({ date, injections: preemptFixedInjections() })),
  };
}

describe.skipIf(SKIP_E2E)("the pathway on the chart: authorizations and treatment decisions", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clinicId = "";
  let patientUrl = "";
  let clinicianSession: ApiSession;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-care-");
    const seeded = await seedClinic(server.url, { name: "Care Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    clinicianSession = seeded.clinician;
    const invitation = await seeded.admin.call<{ url: string }>("POST", `/api/clinics/${clinicId}/staff`, { name: coordinator.name, email: coordinator.email, roles: ["coordinator"] });
    const cora = new ApiSession(server.url);
    await cora.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { password: coordinator.password });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: WIDE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: cora.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lets a coordinator add a patient with sex and record number, shown on the chart", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients`);
    const form = page.getByRole("form", { name: "Add a patient" });
    await form.getByLabel("Name").fill("Jo Pathway");
    await form.getByLabel("Birth date").fill("1979-05-20");
    await form.getByLabel("Sex").selectOption("female");
    await form.getByLabel("Record number").fill("MRN-2040");
    await form.getByRole("button", { name: "Add patient" }).click();
    await page.getByRole("heading", { level: 1, name: "Jo Pathway" }).waitFor();
    patientUrl = page.url();
    await page.getByText(/^Record MRN-2040 · born 20 May 1979 · sex female/).waitFor();
  });

  it("shows an eligible patient's next action: request the authorization", async () => {
    const patientId = patientUrl.split("/").pop() ?? "";
    const { today } = await clinicianSession.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`);
    await clinicianSession.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/record`, eligibleRecord(today, []));
    await page.reload();
    const state = page.getByTestId("pathway-state");
    await state.waitFor();
    expect(await state.textContent()).toContain("Eligible");
    await shots.page(page, "pathway-eligible-1280");
    await expectAccessible(page);
  });

  it("records a requested authorization: the patient is awaiting it, to be chased in 14 days", async () => {
    const card = page.getByTestId("pathway-card");
    await card.getByRole("button", { name: "Record an authorization" }).click();
    const form = page.getByTestId("authorization-form");
    await form.getByLabel("Payer", { exact: true }).fill("Acme Health");
    await form.getByLabel("Payer's reference").fill("PA-77120");
    await form.getByRole("button", { name: "Record the authorization" }).click();
    await page.getByTestId("care-saved").getByText("Recorded the authorization: requested.").waitFor();
    expect(await card.getByTestId("pathway-state").textContent()).toContain("Awaiting authorization");
    expect(await card.getByTestId("pathway-state").textContent()).toContain("Chase authorization");
    expect(await card.getByTestId("authorization").first().textContent()).toContain("Acme Health · reference PA-77120");
    await shots.page(page, "authorization-requested-1280");
    await expectAccessible(page);
  });

  it("updates it to approved only with a reason, said beside the field, then offers booking", async () => {
    const card = page.getByTestId("pathway-card");
    await card.getByRole("button", { name: /^Update: Requested/ }).click();
    const form = page.getByTestId("authorization-form");
    await form.getByRole("radio", { name: "Approved" }).check();
    await form.getByRole("button", { name: "Save the update" }).click();
    const reason = form.getByLabel("What changed?");
    await expect.poll(async () => reason.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await reason.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).innerText()).toMatch(/^A reason is required/);
    await shots.page(page, "authorization-reason-missing-1280");
    await reason.fill("The payer approved it by phone.");
    await form.getByRole("button", { name: "Save the update" }).click();
    await page.getByTestId("care-saved").getByText("Updated the authorization: approved.").waitFor();
    expect(await card.getByTestId("pathway-state").textContent()).toContain("Book the first session");
    expect(await card.getByTestId("authorization").first().textContent()).toContain("Updated by Cora Coordinator");
    expect(await card.getByTestId("authorization").first().textContent()).toContain("The payer approved it by phone.");
  });

  it("does not offer a coordinator the clinician's treatment decision", async () => {
    expect(await page.getByTestId("pathway-card").getByRole("button", { name: "Record a decision" }).count()).toBe(0);
  });

  it("lets a clinician pause treatment after the review, refused without the date to reassess", async () => {
    const patientId = patientUrl.split("/").pop() ?? "";
    const { today } = await clinicianSession.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`);
    await clinicianSession.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/record`, eligibleRecord(today, [daysBefore(today, 180), daysBefore(today, 96)]));
    const doctor = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await doctor.addCookies([{ name: SESSION_COOKIE, value: clinicianSession.sessionToken, url: server.url }]);
    const phone = await doctor.newPage();
    await phone.goto(patientUrl);
    const card = phone.getByTestId("pathway-card");
    await card.getByTestId("pathway-state").waitFor();
    expect(await card.getByTestId("pathway-state").textContent()).toContain("Evaluation due, cycle 2");
    await card.getByRole("button", { name: "Record a decision" }).click();
    const form = phone.getByTestId("decision-form");
    await form.getByRole("radio", { name: "Pause treatment" }).check();
    await form.getByLabel("Reason").fill("Good response; a pause to see whether it holds.");
    await form.getByRole("button", { name: "Record the decision" }).click();
    const reassess = form.getByLabel("Reassess on");
    await expect.poll(async () => reassess.getAttribute("aria-invalid")).toBe("true");
    await shots.page(phone, "decision-reassess-missing-390");
    await reassess.fill(daysBefore(today, -90));
    await form.getByRole("button", { name: "Record the decision" }).click();
    await phone.getByTestId("care-saved").getByText("Recorded the decision: pause treatment.").waitFor();
    expect(await card.getByTestId("pathway-state").textContent()).toContain("Paused");
    expect(await card.getByTestId("pathway-state").textContent()).toContain("Reassess after the pause");
    expect(await card.getByTestId("decision").first().textContent()).toContain("Good response; a pause to see whether it holds.");
    await shots.page(phone, "decision-paused-390");
    await expectAccessible(phone);
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth"), "page width at 390 px").toBeLessThanOrEqual(PHONE.width);
    await doctor.close();
  });
});
