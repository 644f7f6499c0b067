/**
 * The person's own account, in Chromium against the real server (issue 7, finding 5): the header's
 * Account link, a password change refused with a wrong current password (said beside the field)
 * and then made, which signs out the person's other session; and signing out everywhere.
 * Screenshots at 1280 and 390 px; axe on each screen.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const admin = { name: "Ada Admin", email: "ada@account.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@account.example", password: "clinician-password-1" };
const shots = numberedScreenshots(110);

describe.skipIf(SKIP_E2E)("your account: password change and signing out everywhere", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let otherDevice: ApiSession;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-account-");
    const seeded = await seedClinic(server.url, { name: "Account Test Clinic", timeZone: "Europe/London", admin, clinician });
    otherDevice = seeded.clinician;
    const browserSession = new ApiSession(server.url);
    await browserSession.call("POST", "/api/auth/login", { email: clinician.email, password: clinician.password });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: "Europe/London", locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: browserSession.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the account page from the header, on a phone too", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await shots.page(page, "account-390");
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("refuses a wrong current password beside the field, then changes it and signs out the other device", async () => {
    const form = page.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("not the password");
    await form.getByLabel("New password").fill("kettle-lantern-tablet-7");
    await form.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Current password is not right.").waitFor();
    await shots.page(page, "account-wrong-current-1280");
    await form.getByLabel("Current password").fill(clinician.password);
    await form.getByRole("button", { name: "Change password" }).click();
    await page.getByTestId("password-changed").waitFor();
    await expectAccessible(page);
    await expect(otherDevice.call("GET", "/api/me")).rejects.toThrow();
  });

  it("signs out everywhere and lands on the sign-in page", async () => {
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("heading", { level: 1, name: /Sign in/ }).waitFor();
    await shots.page(page, "signed-out-everywhere-1280");
  });
});
