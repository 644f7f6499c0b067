/**
 * The injection visit at the injector's tablet, in real Chromium against the real server: from
 * the worklist to the chart, a full session with two follow-the-pain sites placed by keyboard
 * only, an over-limit attempt blocked and then a justified warning, the vials from stock and
 * signing; an amendment that keeps the original; a lot that has expired by the session date
 * refused. Screenshots at 1280 and 1024 px (and the map at 390 px); axe on every screen.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, chronicDay, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@session.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@session.example", password: "clinician-password-1" };
const injector = { name: "Nia Needle", email: "nia@session.example", password: "injector-password-1" };
const TABLET = { width: 1024, height: 1366 } as const;
const WIDE = { width: 1280, height: 1000 } as const;

const shots = numberedScreenshots(60);

describe.skipIf(SKIP_E2E)("an injection session, from the worklist to signing and amending", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let clinicId = "";
  let patientId = "";
  let today = "";
  let sessionUrl = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-session-");
    const seeded = await seedClinic(server.url, { name: "Session Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    const invitation = await seeded.admin.call<{ url: string }>("POST", `/api/clinics/${clinicId}/staff`, { name: injector.name, email: injector.email, roles: ["injector"] });
    const nurse = new ApiSession(server.url);
    await nurse.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { password: injector.password });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Chronic", birthDate: "1985-03-14", timeZone: TIME_ZONE, recordNumber: "MRN-4471" });
    patientId = created.id;
    today = (await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`)).today;
    const days = Array.from({ length: 84 }, (_, back) => ({ date: daysBefore(today, back), ...chronicDay(back) }));
    await seeded.clinician.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/diary/import`, { days });
    await seeded.admin.call("POST", `/api/clinics/${clinicId}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "C8812", expiry: "2028-06-30", vialsReceived: 10 });
    // A lot that is still usable today, so it is offered, but expired by tomorrow.
    await seeded.admin.call("POST", `/api/clinics/${clinicId}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "X0099", expiry: today, vialsReceived: 2 });

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: WIDE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: nurse.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  /** Chooses the lot whose option mentions `lotNumber` in the "Add vials from a lot" picker. */
  async function addLot(lotNumber: string): Promise<void> {
    const picker = page.getByLabel("Add vials from a lot");
    const value = await picker.locator("option", { hasText: lotNumber }).getAttribute("value");
    await picker.selectOption(value ?? "");
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the patient's chart from the worklist", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/worklist`);
    await page.getByRole("heading", { level: 1, name: "Worklist" }).waitFor();
    await page.getByRole("link", { name: "Robin Chronic" }).first().waitFor();
    await shots.page(page, "worklist-1280");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Robin Chronic" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Robin Chronic" }).waitFor();
    await shots.page(page, "chart-1280");
    await expectAccessible(page);
  });

  it("starts a session at the tablet with the 31 PREEMPT sites at 5 U, signing blocked until the record is complete", async () => {
    await page.setViewportSize(TABLET);
    await page.getByRole("button", { name: "Start a session" }).click();
    await page.getByTestId("session-draft").waitFor();
    sessionUrl = page.url();
    await expect.poll(async () => page.getByTestId("live-total").textContent()).toContain("155 U in 31 sites");
    expect(await page.getByRole("button", { name: "Sign the session" }).isDisabled()).toBe(true);
    await page.getByTestId("errors").getByText("Checklist not complete").waitFor();
    await shots.page(page, "session-new-1024");
    await expectAccessible(page);
  });

  it("takes the checklist's answers", async () => {
    for (const question of await page.getByTestId("checklist").getByRole("group").all()) {
      await question.getByRole("radio", { name: "No" }).check();
    }
    await expect.poll(async () => page.getByTestId("errors").textContent()).not.toContain("Checklist not complete");
  });

  it("places two follow-the-pain sites by keyboard only and says the new total", async () => {
    const map = page.getByRole("listbox").first();
    await map.getByRole("option").first().focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const add = page.getByRole("button", { name: "Add temporalis follow-the-pain site, left" });
    await add.focus();
    await page.keyboard.press("Enter");
    const addRight = page.getByRole("button", { name: "Add temporalis follow-the-pain site, right" });
    await addRight.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => page.getByTestId("live-total").textContent()).toContain("165 U in 33 sites");
    await shots.page(page, "session-two-ftp-1024");
  });

  it("blocks an over-limit session, then lets a justified warning through", async () => {
    const addTrapezius = page.getByRole("button", { name: "Add trapezius follow-the-pain site, left" });
    for (let n = 0; n < 7; n += 1) {
      await addTrapezius.focus();
      await page.keyboard.press("Enter");
    }
    await expect.poll(async () => page.getByTestId("live-total").textContent()).toContain("200 U");
    await page.getByTestId("errors").getByText("Above the session maximum").waitFor();
    expect(await page.getByRole("button", { name: "Sign the session" }).isDisabled()).toBe(true);
    await shots.page(page, "session-over-limit-1024");

    // Back under the maximum: one trapezius follow-the-pain site stays, and a third on temporalis is over its limit of 2.
    for (let n = 0; n < 6; n += 1) {
      const extra = page.getByRole("option", { name: /^Trapezius, left, follow-the-pain/ }).last();
      await extra.focus();
      await page.keyboard.press("Delete");
    }
    await page.getByRole("button", { name: "Add temporalis follow-the-pain site, left" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => page.getByTestId("live-total").textContent()).toContain("175 U in 35 sites");
    await page.getByTestId("warnings").getByText("More follow-the-pain sites than PREEMPT allows", { exact: true }).waitFor();
    await page.getByTestId("reason-follow_the_pain_limit").fill("Pain maximal over the left temple today; agreed with Dr Clinician");
  });

  it("records the vials from stock, the concentration and the times, and shows the billing lines", async () => {
    await addLot("C8812");
    await page.getByTestId("vial-line-0").getByText("5 U per 0.1 mL").waitFor();
    await page.getByTestId("reconstituted").getByLabel(/Time/).fill("08:30");
    await page.getByTestId("given").getByLabel(/Time/).fill("09:00");
    await page.getByTestId("billing").getByText("JW").waitFor();
    await expect.poll(async () => page.getByTestId("checks-summary").textContent()).toContain("Ready to sign");
    await expect.poll(async () => page.getByTestId("save-state").textContent(), { timeout: 10_000 }).toBe("Draft saved");
    await shots.page(page, "session-ready-1024");
    await expectAccessible(page);
  });

  it("keeps the draft through a reload", async () => {
    await page.reload();
    await page.getByTestId("session-draft").waitFor();
    await expect.poll(async () => page.getByTestId("live-total").textContent()).toContain("175 U in 35 sites");
    expect(await page.getByTestId("reason-follow_the_pain_limit").inputValue()).toContain("Pain maximal");
  });

  it("signs the session as its injector; the record is then immutable", async () => {
    await page.getByRole("button", { name: "Sign the session" }).click();
    await page.getByTestId("session-signed").waitFor();
    await page.getByTestId("revisions").getByText("Signed by Nia Needle").waitFor();
    await page.setViewportSize(WIDE);
    await shots.page(page, "session-signed-1280");
    await expectAccessible(page);
  });

  it("amends the signed session with a reason, keeping the original visible", async () => {
    await page.getByRole("button", { name: "Amend this session" }).click();
    await page.getByLabel("Needle").fill("32 G, 4 mm");
    await page.getByTestId("amend-reason").fill("Needle size recorded wrongly");
    await page.getByRole("button", { name: "Save the amendment" }).click();
    await page.getByTestId("revisions").getByText("Amendment 1", { exact: true }).waitFor();
    await page.getByTestId("revisions").getByText("Reason: Needle size recorded wrongly").waitFor();
    expect(await page.getByLabel("Needle").inputValue()).toBe("32 G, 4 mm");
    await page.getByRole("button", { name: "Show the original" }).click();
    await expect.poll(async () => page.getByLabel("Needle").inputValue()).not.toBe("32 G, 4 mm");
    await shots.page(page, "session-amended-1280");
    await expectAccessible(page);
  });

  it("refuses a lot that has expired by the session date", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    await page.getByRole("button", { name: "Start a session" }).click();
    await page.getByTestId("session-draft").waitFor();
    await page.setViewportSize(TABLET);
    await page.getByLabel("Session date").fill(daysBefore(today, -1));
    await addLot("X0099");
    await page.getByTestId("errors").getByText("Expired lot").waitFor();
    expect(await page.getByRole("button", { name: "Sign the session" }).isDisabled()).toBe(true);
    await shots.page(page, "session-expired-lot-1024");
    expect(sessionUrl).not.toBe(page.url());
  });

  it("fits the map on a phone without clipping", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await shots.page(page, "session-390");
    // Name whatever sticks out past the screen's right edge, so a failure says where.
    const wider = await page.evaluate<string[]>(`[...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && getComputedStyle(el).position !== "fixed")
      .filter((el) => !el.closest(".table-wrap"))
      .slice(0, 8).map((el) => el.tagName.toLowerCase() + "." + [...el.classList].join(".") + " " + Math.round(el.getBoundingClientRect().right))`);
    expect(wider).toEqual([]);
  });
});
