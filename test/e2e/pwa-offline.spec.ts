/**
 * Offline first (issue 9 §2), in Chromium at 390 px against the real server and the built app:
 * with the network cut, three days logged on the phone; the page reloaded and still opening (the
 * service worker's precached shell, the diary's IndexedDB copy); back online, every day sent, and
 * the clinician's chart showing each day exactly once. Then sign-out with an unsent entry warns
 * first, and "Stay signed in" keeps the session.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPlainDate } from "#web/ui/format.ts";
import { ApiSession, SESSION_COOKIE, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@pwa-offline.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@pwa-offline.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@pwa-offline.example", password: "patient-password-1" };
const shots = numberedScreenshots(600);

describe.skipIf(SKIP_E2E)("offline first: three days logged with no network, reloaded, sent once back online", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  let patientUrl = "";
  let clinicianToken = "";
  let days: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-pwa-offline-");
    const seeded = await seedClinic(server.url, { name: "Offline Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Pat Offline", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const { today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${seeded.clinicId}/patients/${created.id}`);
    days = [daysBefore(today, 2), daysBefore(today, 1), today];
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    const pat = new ApiSession(server.url);
    await pat.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    patientUrl = `${server.url}/clinic/${seeded.clinicId}/patients/${created.id}`;
    clinicianToken = seeded.clinician.sessionToken;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: pat.sessionToken, url: server.url }]);
    phone = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function logNoHeadache(date: string): Promise<void> {
    await phone.goto(`${server.url}/diary/${date}`);
    await phone.getByRole("button", { name: /^No headache/ }).click();
    await phone.getByTestId("day-state").getByText("Saved on this phone, not sent yet", { exact: true }).waitFor();
  }

  it("installs the service worker, which takes the open page", async () => {
    await phone.goto(`${server.url}/today`);
    await phone.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await phone.evaluate("navigator.serviceWorker.ready.then(() => true)")).toBe(true);
    // clientsClaim: the first install controls this page, so the next load opens without a network.
    await phone.waitForFunction("navigator.serviceWorker.controller !== null");
  });

  it("logs three days with the network cut, each saved on the phone", async () => {
    await context.setOffline(true);
    for (const date of days) await logNoHeadache(date);
    await shots.page(phone, "pwa-offline-three-days-on-phone-390");
    await expectAccessible(phone);
  });

  it("reopens offline from the service worker, the days still on the phone", async () => {
    await phone.reload();
    await phone.getByTestId("day-state").getByText("Saved on this phone, not sent yet", { exact: true }).waitFor();
    await phone.getByTestId("sync-status").getByText("Offline", { exact: true }).waitFor();
    expect(await phone.getByTestId("sync-status").textContent()).toContain("3 saved days are on this phone, not sent yet.");
    await shots.page(phone, "pwa-offline-reopened-390");
  });

  it("warns before signing out with unsent entries, and keeps the session on 'Stay signed in'", async () => {
    await phone.getByRole("button", { name: "Sign out" }).click();
    const warning = phone.getByTestId("sign-out-warning");
    await warning.getByRole("heading", { name: "3 entries are not sent yet" }).waitFor();
    expect(await warning.getByRole("listitem").allTextContents()).toEqual(["3 diary days"]);
    await warning.getByText("they stay on this phone and are sent when you sign in here again", { exact: false }).waitFor();
    await shots.page(phone, "pwa-sign-out-warning-390");
    await expectAccessible(phone);
    await warning.getByRole("button", { name: "Stay signed in" }).click();
    expect(await warning.count()).toBe(0);
    await phone.getByTestId("day-state").waitFor();
  });

  it("sends every day once back online", async () => {
    await context.setOffline(false);
    for (const date of days) {
      await phone.goto(`${server.url}/diary/${date}`);
      await phone.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    }
    await shots.page(phone, "pwa-offline-back-online-sent-390");
  });

  it("shows the clinician each day exactly once", async () => {
    const staffContext = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await staffContext.addCookies([{ name: SESSION_COOKIE, value: clinicianToken, url: server.url }]);
    const staff = await staffContext.newPage();
    await staff.goto(patientUrl);
    const table = staff.getByTestId("diary-table");
    await table.locator("tbody tr").first().waitFor();
    const dates = await table.locator("tbody tr > th").allTextContents();
    for (const date of days) expect(dates.filter((text) => text.trim() === formatPlainDate(date)), date).toHaveLength(1);
    expect(dates).toHaveLength(days.length);
    await shots.page(staff, "pwa-offline-clinician-chart-1280");
    await staffContext.close();
  });

  it("signs out at once when nothing is left unsent", async () => {
    await phone.goto(`${server.url}/today`);
    await phone.getByRole("button", { name: "Sign out" }).click();
    await phone.getByRole("heading", { name: "Sign in to Cephalog" }).waitFor();
    expect(await phone.getByTestId("sign-out-warning").count()).toBe(0);
  });
});
