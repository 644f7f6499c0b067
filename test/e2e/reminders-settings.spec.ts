/**
 * Reminders in Chromium at 390 px against the real server (issue 9 §6): the patient sets their
 * reminders (time, quiet hours, each kind, the channels) on /reminders, reached from the Account
 * page, and they are kept; allows notifications on this phone; and a pushed reminder opens the
 * check-in in one tap.
 *
 * How the tap is simulated in headless Chromium: the push is delivered to the built service worker
 * through the DevTools protocol (ServiceWorker.deliverPushMessage: the browser decrypts nothing,
 * the worker's push handler runs as for a real push and shows the notification); the tap is a
 * `notificationclick` dispatched in the worker (Playwright's worker.evaluate) with the very
 * notification the worker showed, so public/sw-push.js's own click handler runs. Chromium has no
 * way to click a notification from a test, and an event dispatched by script carries no user
 * activation: the handler then cannot focus the window, and goes on to navigate it anyway.
 * Screenshots in /tmp/shots/reminders, both looks and both languages; axe on each screen.
 */
import type { Browser, BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, seedClinic } from "./support/api-session.ts";
import { expectAccessible } from "./support/axe.ts";
import { pushServiceStandIn } from "./support/push-stand-in.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const SHOTS = "/tmp/shots/reminders";
const admin = { name: "Ada Admin", email: "ada@remind.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@remind.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@remind.example", password: "patient-password-1" };

async function setLook(page: Page, look: "low-light" | "light"): Promise<void> {
  await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
}

/** A full-page screenshot into /tmp/shots/reminders, the patient's navigation under the content. */
async function shot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? PHONE;
  const height = await page.evaluate<number>("document.documentElement.scrollHeight");
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  await page.setViewportSize(viewport);
}

describe.skipIf(SKIP_E2E)("reminders: settings at 390 px, notifications on this phone, a push opening the check-in", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let patientSession: ApiSession;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-reminders-");
    const seeded = await seedClinic(server.url, { name: "Remind Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Pat Remind", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    patientSession = new ApiSession(server.url);
    await patientSession.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    await context.grantPermissions(["notifications"], { origin: server.url });
    await context.addInitScript({ content: pushServiceStandIn("e2e-reminders-") });
    await context.addCookies([{ name: SESSION_COOKIE, value: patientSession.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("reaches Reminders from the Account page and keeps what the patient saves", async () => {
    await page.goto(`${server.url}/account`);
    const link = page.getByRole("link", { name: "Set your reminders" });
    await link.waitFor();
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/account-reminders-link-390-low-light-en.png` });
    await link.click();
    await page.waitForURL(`${server.url}/reminders`);
    const form = page.getByRole("form", { name: "Reminders" });
    await form.waitFor();
    await expectAccessible(page);
    await shot(page, "reminders-defaults-390-low-light-en");

    await form.getByLabel("Diary reminder time").fill("19:30");
    await form.getByRole("checkbox", { name: "The day before a visit" }).uncheck();
    await form.getByLabel("From").fill("23:00");
    await form.getByLabel("Until").fill("07:15");
    await form.getByRole("checkbox", { name: /An email/ }).uncheck();
    await form.getByRole("button", { name: "Save reminders" }).click();
    await page.getByTestId("reminders-saved").waitFor();
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);

    const stored = await patientSession.call<Record<string, unknown>>("GET", "/api/me/reminders");
    expect(stored).toMatchObject({ saved: true, diary: true, diaryTime: "19:30", visits: false, questionnaires: true, quietHours: { start: "23:00", end: "07:15" }, push: true, email: false, language: "en" });

    await page.reload();
    await form.waitFor();
    expect(await form.getByLabel("Diary reminder time").inputValue()).toBe("19:30");
    expect(await form.getByRole("checkbox", { name: "The day before a visit" }).isChecked()).toBe(false);
    expect(await form.getByLabel("Until").inputValue()).toBe("07:15");

    // Quiet hours off: the two times go, and none is kept.
    await form.getByRole("checkbox", { name: "No reminders at night" }).uncheck();
    expect(await form.getByLabel("From").count()).toBe(0);
    await form.getByRole("button", { name: "Save reminders" }).click();
    await page.getByTestId("reminders-saved").waitFor();
    expect((await patientSession.call<{ quietHours: unknown }>("GET", "/api/me/reminders")).quietHours).toBeNull();
    await form.getByRole("checkbox", { name: "No reminders at night" }).check();
    await form.getByRole("button", { name: "Save reminders" }).click();
    await page.getByTestId("reminders-saved").waitFor();
  });

  it("allows notifications on this phone", async () => {
    await page.goto(`${server.url}/reminders`);
    const card = page.getByRole("region", { name: "Notifications on this phone" });
    await card.getByRole("button", { name: "Allow notifications on this phone" }).click();
    await card.getByTestId("reminders-push-on").waitFor();
    const devices = await patientSession.call<{ devices: unknown[] }>("GET", "/api/me/push");
    expect(devices.devices).toHaveLength(1);
    await expectAccessible(page);
    for (const look of ["low-light", "light"] as const) {
      await setLook(page, look);
      await shot(page, `reminders-saved-390-${look}-en`);
      await expectAccessible(page);
    }
    await setLook(page, "low-light");
    for (const size of [{ width: 1024, height: 800 }, DESKTOP]) {
      await page.setViewportSize(size);
      await shot(page, `reminders-${size.width}-low-light-en`);
      await setLook(page, "light");
      await shot(page, `reminders-${size.width}-light-en`);
      await setLook(page, "low-light");
    }
    await page.setViewportSize(PHONE);
  });

  it("is all in Spanish when the app is, and saves the reminders' language with the settings", async () => {
    await page.evaluate(`localStorage.setItem("cephalog.language", "es")`);
    await page.goto(`${server.url}/reminders`);
    const form = page.getByRole("form", { name: "Recordatorios" });
    await form.waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Recordatorios");
    await expectAccessible(page);
    for (const look of ["low-light", "light"] as const) {
      await setLook(page, look);
      await shot(page, `reminders-390-${look}-es`);
      await expectAccessible(page);
    }
    await setLook(page, "low-light");
    await form.getByRole("button", { name: "Guardar recordatorios" }).click();
    await page.getByTestId("reminders-saved").waitFor();
    expect((await patientSession.call<{ language: string }>("GET", "/api/me/reminders")).language).toBe("es");
    await page.evaluate(`localStorage.setItem("cephalog.language", "en")`);
  });

  it("opens the check-in in one tap on a diary reminder pushed to the phone", async () => {
    await page.goto(`${server.url}/reminders`);
    await page.evaluate("navigator.serviceWorker.ready.then(() => true)");
    // The page under the worker's control, as an installed app's window is.
    if (!(await page.evaluate<boolean>("navigator.serviceWorker.controller !== null"))) await page.reload();
    await page.getByRole("form", { name: "Reminders" }).waitFor();

    const cdp = await context.newCDPSession(page);
    const registrations = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", (event: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
        const found = event.registrations.find((registration) => !registration.isDeleted && registration.scopeURL.startsWith(server.url));
        if (found !== undefined) resolve(found.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    const registrationId = await registrations;
    // What the reminder job queues for a diary reminder (reminder-words.ts): plain words and the check-in's path.
    const data = JSON.stringify({ id: "0193-e2e-reminder", title: "How was today?", body: "Tap to fill in today's diary. It takes a few seconds.", link: "/today" });
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: server.url, registrationId, data });
    const shown = await page.waitForFunction(
      `navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((list) => list.length > 0 ? list.map((n) => ({ title: n.title, link: n.data && n.data.link })) : null)`,
      undefined,
      { timeout: 15_000 },
    );
    expect(await shown.jsonValue()).toEqual([{ title: "How was today?", link: "/today" }]);

    const worker: Worker | undefined = context.serviceWorkers().find((candidate) => candidate.url().startsWith(server.url));
    expect(worker).toBeDefined();
    await worker?.evaluate(`self.registration.getNotifications().then((list) => {
      self.dispatchEvent(new NotificationEvent("notificationclick", { notification: list[0] }));
      return true;
    })`);
    await page.waitForURL(`${server.url}/today`, { timeout: 15_000 });
    // The check-in's first question, on the phone, with the notification gone.
    await page.getByRole("button", { name: /No headache/i }).first().waitFor();
    expect(await page.evaluate<number>("navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((list) => list.length)")).toBe(0);
    await shot(page, "reminder-opened-check-in-390-low-light-en");
  });

  it("stops this phone's alerts when the patient signs out: the next person on a shared phone gets none of them", async () => {
    expect((await patientSession.call<{ devices: unknown[] }>("GET", "/api/me/push")).devices).toHaveLength(1);
    await page.goto(`${server.url}/account`);
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    // The browser's subscription is gone, and so is the server's record of this device.
    expect(await page.evaluate<boolean>("navigator.serviceWorker.ready.then((r) => r.pushManager.getSubscription()).then((s) => s === null)")).toBe(true);
    const again = new ApiSession(server.url);
    await again.call("POST", "/api/auth/login", patientLogin);
    expect((await again.call<{ devices: unknown[] }>("GET", "/api/me/push")).devices).toEqual([]);
  });
});
