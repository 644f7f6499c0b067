/**
 * The self-check's leftovers (issue 9 §5 and §1) in Chromium at 390 px against the real server:
 * the phone diary's medicines question says nothing about an Account there is not; "Add it to my
 * record" asks to sign in and comes back to the carry-over page afterwards (and a return address
 * to another site is ignored); the clinician's calendar marks the self-kept days, in the cell's
 * name and the key; signing out takes the patient's medicine list off the phone. axe on each
 * page; screenshots numbered from 360 (test/e2e/artifacts).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const shots = numberedScreenshots(360);
const admin = { name: "Ada Admin", email: "ada@leftovers.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@leftovers.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@leftovers.example", password: "patient-password-1" };

describe.skipIf(SKIP_E2E)("the self-check's leftovers: no Account in the phone diary, back after sign-in, self-kept on the calendar, medicines off the phone", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  let clinicId = "";
  let patientId = "";
  let today = "";
  let clinicianToken = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-selfcheck-leftovers-");
    const seeded = await seedClinic(server.url, { name: "Leftovers Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    clinicianToken = seeded.clinician.sessionToken;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Pat Leftovers", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    patientId = created.id;
    ({ today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`));
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${patientId}/invitations`);
    const patientApi = new ApiSession(server.url);
    await patientApi.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    // The patient's own medicine list, which the phone keeps a copy of once signed in.
    await patientApi.call("PUT", "/api/me/medicines", { patientId, medicines: [{ name: "Sumatriptan", class: "triptan" }] });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true, serviceWorkers: "block" });
    phone = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("asks about medicines in the phone diary without pointing to an Account there is not", async () => {
    await phone.goto(`${server.url}/is-it-right-for-me/diary`);
    await phone.getByRole("heading", { name: "Did you have a headache today?" }).waitFor();
    await phone.getByRole("button", { name: /^Headache\b(?! all day)/ }).first().click();
    await phone.getByRole("button", { name: /^More than 8 hours/ }).click();
    await phone.getByRole("button", { name: /^Moderate/ }).click();
    await phone.getByRole("heading", { name: "Did you take any medicine for it?" }).waitFor();
    await phone.getByText("Tap each one you took.").waitFor();
    expect(await phone.getByText("Add the medicines you usually take in Account", { exact: false }).count()).toBe(0);
    expect(await phone.locator('a[href="/account"]').count()).toBe(0);
    await expectAccessible(phone);
    await shots.page(phone, "selfcheck-medicines-no-account-390");
    await phone.getByRole("button", { name: /^Triptan/ }).click();
    await phone.getByRole("button", { name: "Save", exact: true }).click();
    await phone.getByTestId("phone-diary-saved").waitFor();
    // Yesterday too: no headache.
    await phone.locator(`li[data-date="${daysBefore(today, 1)}"]`).getByRole("button").click();
    await phone.getByRole("button", { name: /^No headache/ }).click();
    await phone.getByTestId("phone-diary-saved").waitFor();
    expect(await phone.getByTestId("phone-diary-recorded").textContent()).toBe("2 of 28 days filled in");
  });

  it("asks to sign in from the phone diary and comes back to add the diary to the record", async () => {
    await phone.getByRole("link", { name: "Add it to my record" }).click();
    await phone.getByRole("heading", { level: 1, name: "Sign in to Cephalog" }).waitFor();
    expect(new URL(phone.url()).pathname).toBe("/sign-in");
    expect(new URL(phone.url()).searchParams.get("next")).toBe("/my-self-kept-diary");
    await expectAccessible(phone);
    await shots.page(phone, "selfcheck-sign-in-returning-390");
    await phone.getByLabel("Email").fill(patientLogin.email);
    await phone.getByLabel("Password", { exact: true }).fill(patientLogin.password);
    await phone.getByRole("button", { name: "Sign in" }).click();
    await phone.waitForURL(/\/my-self-kept-diary$/);
    await phone.getByRole("heading", { level: 1, name: "Add my self-kept diary to my record" }).waitFor();
    expect(await phone.getByTestId("carry-days").textContent()).toMatch(/^2 days kept on this phone/);
    await expectAccessible(phone);
    await shots.page(phone, "selfcheck-back-at-carry-over-390");
    await phone.getByRole("checkbox", { name: "I agree to add these days to my clinic record." }).check();
    await phone.getByRole("button", { name: "Add my self-kept diary to my record" }).click();
    await phone.getByTestId("carry-result").waitFor();
    expect(await phone.getByTestId("carry-result").textContent()).toContain("Added 2 days to your record.");
  });

  it("ignores a return address to another site", async () => {
    for (const next of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
      await phone.goto(`${server.url}/sign-in?next=${encodeURIComponent(next)}`);
      await phone.waitForURL(/\/today$/);
      expect(new URL(phone.url()).origin).toBe(server.url);
    }
  });

  it("marks the self-kept days on the clinician's calendar, in words and with a mark, with a key entry", async () => {
    const staff = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await staff.addCookies([{ name: SESSION_COOKIE, value: clinicianToken, url: server.url }]);
    const desk = await staff.newPage();
    await desk.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    const calendar = desk.getByTestId("diary-calendar");
    const cell = (date: string) => calendar.locator(`td[data-date="${date}"]`);
    await cell(today).waitFor();
    const todayName = await cell(today).getAttribute("aria-label");
    expect(todayName).toContain(": moderate headache, more than 8 hours, ");
    expect(todayName).toContain("self-kept before joining");
    expect(await cell(daysBefore(today, 1)).getAttribute("aria-label")).toContain("self-kept before joining");
    expect(await cell(daysBefore(today, 2)).getAttribute("aria-label")).toMatch(/: no entry$/);
    expect(await cell(today).locator(".cal-self-kept").count()).toBe(1);
    expect(await cell(daysBefore(today, 2)).locator(".cal-self-kept").count()).toBe(0);
    const key = desk.getByRole("list", { name: "Calendar key" });
    await key.getByText("Self-kept before joining").waitFor();
    await expectAccessible(desk);
    const card = desk.locator("section", { has: desk.getByTestId("diary-calendar-card") });
    // The month's counts in words, singular where there is one (today is the one headache day).
    expect(await card.innerText()).toContain("1 headache day · 0 migraine days");
    await shots.element(card, "selfcheck-calendar-self-kept-1280");
    await desk.setViewportSize(PHONE);
    await cell(today).scrollIntoViewIfNeeded();
    await shots.element(card, "selfcheck-calendar-self-kept-390");
    await staff.close();
  });

  it("takes the patient's medicine list off the phone on sign-out", async () => {
    const key = `cephalog.my-medicines.${patientId}`;
    await phone.goto(`${server.url}/today`);
    await phone.waitForFunction(`window.localStorage.getItem(${JSON.stringify(key)})?.includes("Sumatriptan") === true`);
    await phone.getByRole("button", { name: "Sign out" }).click();
    await phone.getByRole("heading", { name: "Sign in to Cephalog" }).waitFor();
    expect(await phone.evaluate(`window.localStorage.getItem(${JSON.stringify(key)})`)).toBeNull();
    await shots.page(phone, "selfcheck-signed-out-390");
  });
});
