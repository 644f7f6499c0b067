/**
 * Two devices, one day (issue 9 §2), in Chromium at 390 px against the real server: the same
 * patient's day changed on two phones (two browser contexts, each its own IndexedDB) while both
 * are offline; the later change reaches the server first and the earlier one after. The one pure
 * ordering rule (src/domain/shared/revision-order.ts, compareRevisions: the later revision wins
 * whatever order they arrive in) decides on the server and on both phones: each ends showing the
 * later answer, and the clinician sees the day once, with it.
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
const admin = { name: "Ada Admin", email: "ada@pwa-merge.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@pwa-merge.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@pwa-merge.example", password: "patient-password-1" };
const shots = numberedScreenshots(660);

describe.skipIf(SKIP_E2E)("the same day changed on two phones offline, merged by the one ordering rule", () => {
  let server: E2eServer;
  let browser: Browser;
  let first: { context: BrowserContext; page: Page };
  let second: { context: BrowserContext; page: Page };
  let patientUrl = "";
  let clinicianToken = "";
  let day = "";

  async function phone(token: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/diary/${day}`);
    await page.getByRole("button", { name: /^No headache/ }).waitFor();
    return { context, page };
  }

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-pwa-merge-");
    const seeded = await seedClinic(server.url, { name: "Merge Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Pat Merge", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const { today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${seeded.clinicId}/patients/${created.id}`);
    day = daysBefore(today, 1);
    // The day before is a headache day, so "Same as yesterday" is a headache in one tap.
    const headache = { headache: true, hours: 5, severity: 2, features: { unilateral: true, pulsating: true, nausea: true }, medications: [] };
    await seeded.clinician.call("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/diary/import`, { days: [{ date: daysBefore(today, 2), ...headache }] });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    const pat = new ApiSession(server.url);
    await pat.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    // The second phone signs in on its own: two sessions, two devices.
    const other = new ApiSession(server.url);
    await other.call("POST", "/api/auth/login", patientLogin);
    patientUrl = `${server.url}/clinic/${seeded.clinicId}/patients/${created.id}`;
    clinicianToken = seeded.clinician.sessionToken;
    browser = await launchChromium();
    first = await phone(pat.sessionToken);
    second = await phone(other.sessionToken);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("keeps each phone's change on that phone while both are offline", async () => {
    await first.context.setOffline(true);
    await second.context.setOffline(true);
    await first.page.getByRole("button", { name: /^No headache/ }).click();
    await first.page.getByTestId("day-state").getByText("Saved on this phone, not sent yet", { exact: true }).waitFor();
    // Later, on the other phone: the same day, a headache like the day before.
    await second.page.waitForTimeout(50);
    await second.page.getByRole("button", { name: /^Same as yesterday/ }).click();
    await second.page.getByTestId("day-state").getByText("Saved on this phone, not sent yet", { exact: true }).waitFor();
    await second.page.getByRole("heading", { name: "You recorded a headache" }).waitFor();
    await shots.page(second.page, "pwa-merge-second-phone-offline-390");
  });

  it("keeps the later change when it reaches the server first and the earlier one arrives after", async () => {
    await second.context.setOffline(false);
    await second.page.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    await first.context.setOffline(false);
    await first.page.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    // The first phone learns the later answer: the server's copy wins over its own older revision.
    await first.page.reload();
    await first.page.getByRole("heading", { name: "You recorded a headache" }).waitFor();
    await shots.page(first.page, "pwa-merge-first-phone-merged-390");
    await expectAccessible(first.page);
    await second.page.reload();
    await second.page.getByRole("heading", { name: "You recorded a headache" }).waitFor();
  });

  it("shows the clinician the day once, with the later answer", async () => {
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await context.addCookies([{ name: SESSION_COOKIE, value: clinicianToken, url: server.url }]);
    const staff = await context.newPage();
    await staff.goto(patientUrl);
    const rows = staff.getByTestId("diary-table").locator("tbody tr", { has: staff.locator("th", { hasText: formatPlainDate(day) }) });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator("td").first().textContent()).toBe("Yes");
    await context.close();
  });
});
