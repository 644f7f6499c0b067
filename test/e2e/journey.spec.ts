/**
 * The first journey through every layer (issue "Foundation", item 5), in real Chromium against
 * the real server on a fresh data folder: an administrator creates the clinic, adds a clinician
 * by invitation link; the clinician signs up, adds a patient and invites them; the patient signs
 * up on a phone and records today's headache; the clinician sees it counted. Then the patient
 * records a day offline and sees it sent once back online; a save the phone cannot store says so;
 * a sign-out in another tab reaches the open one. axe checks three pages.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { SKIP_E2E, DESKTOP, launchChromium, PHONE } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";


// Every context uses one zone, so "today" is the same for the browser, the patient and the server.
const TIME_ZONE = "Europe/London";

const clinic = { name: "Riverside Headache Clinic", admin: { name: "Ada Admin", email: "ada@riverside.example", password: "admin-password-1" } };
const clinician = { name: "Cal Clinician", email: "cal@riverside.example", password: "clinician-password-1" };
const patient = { name: "Pat Patient", birthDate: "1985-03-14", email: "pat@home.example", password: "patient-password-1" };

/** The path of an invitation link, opened against this test's server whatever host the link names. */
const pathOf = (link: string) => new URL(link).pathname;

async function newContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return browser.newContext({ viewport, timezoneId: TIME_ZONE, locale: "en-GB", ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}) });
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("heading", { level: 1, name }).waitFor();
}


describe.skipIf(SKIP_E2E)("journey: clinic set-up to a counted diary day", () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let staff: Page;
  let phone: Page;
  let phoneContext: BrowserContext;
  let clinicianInvitation = "";
  let patientInvitation = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-");
    browser = await launchChromium();
    admin = await (await newContext(browser, DESKTOP)).newPage();
    staff = await (await newContext(browser, DESKTOP)).newPage();
    phoneContext = await newContext(browser, PHONE);
    phone = await phoneContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("offers the first-run page on a new installation, without serious accessibility violations", async () => {
    await admin.goto(server.url);
    await heading(admin, "Welcome to Cephalog");
    await admin.getByRole("heading", { name: "Create a clinic" }).waitFor();
    await admin.getByRole("button", { name: "Explore with demo data" }).waitFor();
    await screenshot(admin, "first-run");
    await expectAccessible(admin);
  });

  it("lets the administrator create the clinic and signs them in", async () => {
    await admin.getByLabel("Clinic name").fill(clinic.name);
    await admin.getByLabel("Your name").fill(clinic.admin.name);
    await admin.getByLabel("Email").fill(clinic.admin.email);
    await admin.getByLabel("Password", { exact: true }).fill(clinic.admin.password);
    // This journey is about the diary; two-factor sign-in has its own (two-factor.spec.ts).
    await admin.getByLabel(/^Require two-factor sign-in for staff/).uncheck();
    await admin.getByRole("button", { name: "Create the clinic" }).click();
    await heading(admin, "Staff");
    await admin.getByRole("cell", { name: clinic.admin.email }).waitFor();
    await screenshot(admin, "admin-staff");
  });

  it("shows the reason beside the field when the administrator's form is wrong", async () => {
    await admin.getByLabel("Name").fill(clinician.name);
    await admin.getByLabel("Email").fill("not an email");
    await admin.getByRole("button", { name: "Add and create invitation link" }).click();
    const email = admin.getByLabel("Email");
    await admin.getByText("Email must be an email address.").waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
  });

  it("gives the administrator an invitation link for a new clinician", async () => {
    await admin.getByLabel("Email").fill(clinician.email);
    await admin.getByRole("button", { name: "Add and create invitation link" }).click();
    const link = admin.getByLabel("Invitation link");
    await link.waitFor();
    clinicianInvitation = await link.inputValue();
    expect(pathOf(clinicianInvitation)).toMatch(/^\/invite\/.{20,}/);
    await admin.getByRole("cell", { name: clinician.email }).waitFor();
    await screenshot(admin, "admin-invited-clinician");
  });

  it("lets the clinician accept the invitation with a password of their own", async () => {
    await staff.goto(server.url + pathOf(clinicianInvitation));
    await heading(staff, `Join ${clinic.name}`);
    await screenshot(staff, "clinician-invitation");
    await staff.getByLabel("Choose a password").fill(clinician.password);
    await staff.getByRole("button", { name: "Set password and sign in" }).click();
    // A clinician starts at the worklist; the patients list is one link away.
    await heading(staff, "Worklist");
    await staff.getByRole("navigation", { name: "Clinic" }).getByRole("link", { name: "Patients" }).click();
    await heading(staff, "Patients");
    await screenshot(staff, "clinician-patients-empty");
  });

  it("says plainly that a used invitation link cannot be used again", async () => {
    const other = await (await newContext(browser, DESKTOP)).newPage();
    await other.goto(server.url + pathOf(clinicianInvitation));
    await other.getByText("This invitation link cannot be used.").waitFor();
    await screenshot(other, "invitation-used");
    await other.context().close();
  });

  it("lets the clinician add a patient and create the patient's invitation link", async () => {
    await staff.getByLabel("Name").fill(patient.name);
    await staff.getByLabel("Birth date").fill(patient.birthDate);
    await staff.getByRole("button", { name: "Add patient" }).click();
    await heading(staff, patient.name);
    await staff.getByTestId("w1-recorded").getByText("0 of 28 days recorded").waitFor();
    await staff.getByRole("button", { name: "Invite patient" }).click();
    const link = staff.getByLabel("Invitation link");
    await link.waitFor();
    patientInvitation = await link.inputValue();
    expect(pathOf(patientInvitation)).toMatch(/^\/invite\//);
    await screenshot(staff, "clinician-patient-invited");
  });

  it("lets the patient sign up on a phone and opens today's question", async () => {
    await phone.goto(server.url + pathOf(patientInvitation));
    await heading(phone, `Your headache diary with ${clinic.name}`);
    await screenshot(phone, "patient-invitation");
    await phone.getByLabel("Email").fill(patient.email);
    await phone.getByLabel("Choose a password").fill(patient.password);
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await heading(phone, "Today");
    await phone.getByRole("heading", { name: "Any headache today?" }).waitFor();
    await screenshot(phone, "patient-today");
    await expectAccessible(phone);
  });

  it("records a 4-to-8-hour moderate headache with a triptan, then adds one-sided, throbbing, nausea and that it helped, and sends it", async () => {
    await phone.getByRole("button", { name: /^Headache(?! all day)/ }).click();
    await phone.getByRole("heading", { name: "How long did it last?" }).waitFor();
    await screenshot(phone, "patient-hours");
    await phone.getByRole("button", { name: "4 to 8 hours" }).click();
    await phone.getByRole("heading", { name: "How bad was it at its worst?" }).waitFor();
    await screenshot(phone, "patient-severity");
    await phone.getByRole("button", { name: /^Moderate/ }).click();
    await phone.getByRole("heading", { name: "Did you take any medicine for it?" }).waitFor();
    await phone.getByRole("button", { name: /^Triptan/ }).click();
    await screenshot(phone, "patient-medicines");
    await phone.getByRole("button", { name: "Save", exact: true }).click();
    await phone.getByRole("button", { name: "Add details (optional)" }).click();
    await phone.getByRole("heading", { name: "More about this headache" }).waitFor();
    for (const feature of [/^One-sided/, /^Throbbing/, /^Nausea/]) await phone.getByRole("button", { name: feature }).click();
    await phone.getByRole("button", { name: "Yes, it helped" }).click();
    await screenshot(phone, "patient-features");
    await phone.getByRole("button", { name: "Save details" }).click();
    await phone.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    expect(await phone.getByTestId("saved-day-summary").textContent()).toBe("Moderate headache, 4 to 8 hours. One-sided, throbbing and nausea. Took Triptan (helped).");
    await screenshot(phone, "patient-today-sent");
  });

  it("shows the clinician the day counted in the current 28-day window", async () => {
    await staff.reload();
    await heading(staff, patient.name);
    const count = async (key: string) => (await staff.getByTestId(`w1-${key}`).locator("dd").textContent())?.trim();
    expect({
      anyHeadacheDays: await count("anyHeadacheDays"),
      headacheDays: await count("headacheDays"),
      migraineDays: await count("migraineDays"),
      acuteMedicationDays: await count("acuteMedicationDays"),
    }).toEqual({ anyHeadacheDays: "1", headacheDays: "1", migraineDays: "1", acuteMedicationDays: "1" });
    await staff.getByTestId("w1-recorded").getByText("1 of 28 days recorded").waitFor();
    const row = staff.getByTestId("diary-table").locator("tbody tr").first();
    expect(await row.textContent()).toContain("Triptan: helped");
    await screenshot(staff, "clinician-patient-counted");
    await expectAccessible(staff);
  });

  it("keeps a day saved offline on the phone and sends it once back online", async () => {
    await phone.evaluate("navigator.serviceWorker.ready.then(() => true)");
    await phoneContext.setOffline(true);
    await phone.getByTestId("sync-status").getByText("Offline", { exact: true }).waitFor();
    // Yesterday, from the 14-day strip: a past day is changed by a new revision.
    await phone.getByRole("button", { name: /: (no entry|missing, tap to fill it in)\.$/ }).last().click();
    await phone.getByRole("heading", { name: /^Any headache on / }).waitFor();
    await phone.getByRole("button", { name: /^No headache/ }).click();
    await phone.getByTestId("day-state").getByText("Saved on this phone, not sent yet", { exact: true }).waitFor();
    await screenshot(phone, "patient-offline-saved");

    // The app itself opens without a network (service worker), from what the phone stored.
    await phone.reload();
    await phone.getByTestId("day-state").getByText("Saved on this phone, not sent yet", { exact: true }).waitFor();
    await screenshot(phone, "patient-offline-reopened");

    await phoneContext.setOffline(false);
    await phone.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    await screenshot(phone, "patient-back-online-sent");
  });

  it("shows the clinician the offline day once it was sent, without changing the headache counts", async () => {
    await staff.reload();
    await staff.getByTestId("w1-recorded").getByText("2 of 28 days recorded").waitFor();
    expect((await staff.getByTestId("w1-anyHeadacheDays").locator("dd").textContent())?.trim()).toBe("1");
    await screenshot(staff, "clinician-patient-two-days");
  });

  it("says plainly when the phone cannot store a day, keeps the answers on screen and never shows it as saved", async () => {
    // The browser's storage fails as when it is full: every IndexedDB write throws.
    await phone.evaluate(`IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }`);
    await phone.getByRole("button", { name: /: (no entry|missing, tap to fill it in)\.$/ }).last().click();
    await phone.getByRole("heading", { name: /^Any headache on / }).waitFor();
    await phone.getByRole("button", { name: /^No headache/ }).click();
    await phone.getByTestId("save-problem").getByText("Not saved on this phone: this phone's storage is full.").waitFor();
    await phone.getByRole("heading", { name: /^Any headache on / }).waitFor();
    expect(await phone.getByTestId("day-state").count()).toBe(0);
    await screenshot(phone, "patient-not-stored");
    await phone.reload();
    await heading(phone, /./);
  });

  it("notices in an open tab that the patient signed out in another tab", async () => {
    const otherTab = await phoneContext.newPage();
    await otherTab.goto(server.url + "/today");
    await heading(otherTab, "Today");
    await otherTab.getByRole("button", { name: "Sign out" }).click();
    await heading(otherTab, "Sign in to Cephalog");
    await heading(phone, "Sign in to Cephalog");
    await screenshot(phone, "patient-signed-out-elsewhere");
    await otherTab.close();
  });
});
