/**
 * Text-message reminders in Chromium against the real server with an SMS gateway's token (issue 9
 * §6, ADR 0022): the patient chooses "a text message", types a mobile number as people do, is told
 * when it is not an international one, saves, and finds it kept (in E.164) after a reload; the
 * Spanish screen says the same. Screenshots in /tmp/shots/sms at 390, 1024 and 1280 px; axe on each.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, seedClinic } from "./support/api-session.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const SHOTS = "/tmp/shots/sms";
const admin = { name: "Ada Admin", email: "ada@sms.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@sms.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@sms.example", password: "patient-password-1" };

async function shot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? PHONE;
  const height = await page.evaluate<number>("document.documentElement.scrollHeight");
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.setViewportSize(viewport);
}

describe.skipIf(SKIP_E2E)("text-message reminders: choosing SMS with a mobile number", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let patientSession: ApiSession;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-sms-", { smsGatewayToken: "e2e-sms-gateway-token-0123456789abcdef" });
    const seeded = await seedClinic(server.url, { name: "SMS Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Pat Texted", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    patientSession = new ApiSession(server.url);
    await patientSession.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: patientSession.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("chooses text messages, names a number without its country code, and keeps the number saved", async () => {
    await page.goto(`${server.url}/reminders`);
    const form = page.getByRole("form", { name: "Reminders" });
    await form.waitFor();
    expect(await form.getByLabel("Mobile number").count()).toBe(0);
    await form.getByRole("checkbox", { name: "A text message to my mobile instead of an email" }).check();
    await form.getByLabel("Mobile number").fill("07700 900123");
    await form.getByRole("button", { name: "Save reminders" }).click();
    await form.getByText("Enter the number with + and the country code").waitFor();
    await expectAccessible(page);
    await shot(page, "sms-bad-number-390-en");

    await form.getByLabel("Mobile number").fill("+44 7700 900123");
    await form.getByRole("button", { name: "Save reminders" }).click();
    await page.getByTestId("reminders-saved").waitFor();
    expect(await patientSession.call<Record<string, unknown>>("GET", "/api/me/reminders")).toMatchObject({ sms: true, smsNumber: "+447700900123", smsAvailable: true });

    await page.reload();
    await form.waitFor();
    expect(await form.getByRole("checkbox", { name: "A text message to my mobile instead of an email" }).isChecked()).toBe(true);
    expect(await form.getByLabel("Mobile number").inputValue()).toBe("+447700900123");
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await shot(page, "sms-saved-390-en");
    for (const size of [{ width: 1024, height: 800 }, DESKTOP]) {
      await page.setViewportSize(size);
      await shot(page, `sms-saved-${size.width}-en`);
    }
    await page.setViewportSize(PHONE);
  });

  it("says it in Spanish when the app is", async () => {
    await page.evaluate(`localStorage.setItem("cephalog.language", "es")`);
    await page.goto(`${server.url}/reminders`);
    const form = page.getByRole("form", { name: "Recordatorios" });
    await form.waitFor();
    expect(await form.getByRole("checkbox", { name: "Un SMS al móvil en lugar de un correo" }).isChecked()).toBe(true);
    expect(await form.getByLabel("Número de móvil").inputValue()).toBe("+447700900123");
    await expectAccessible(page);
    await shot(page, "sms-saved-390-es");
    await page.evaluate(`localStorage.setItem("cephalog.language", "en")`);
  });
});
