/**
 * Stock and staff roles in real Chromium against the real server (ADR 0014): a clinician sees the
 * stock but may not change it; the administrator receives a lot and sees it available, is refused
 * an expired lot with the reason beside the expiry date, sees a lot expiring within 30 days
 * flagged, corrects a lot and the catalogue; then gives the clinician the injector role and cannot
 * take the administrator role from the last administrator. Every screen is shot at 1280, 1024 and
 * 390 px, checked by axe (no violations at all) and for a page wider than the window.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@stock.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@stock.example", password: "clinician-password-1" };

/** Screenshots of this file, numbered from 70 so they sort after the session's (60). */
const shots = numberedScreenshots(70);

const WIDTHS = [
  { label: "1280", viewport: DESKTOP },
  { label: "1024", viewport: { width: 1024, height: 768 } },
  { label: "390", viewport: PHONE },
] as const;

const daysAfter = (date: string, days: number) => daysBefore(date, -days);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Every axe violation of the WCAG 2.2 AA rules, whatever its impact. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * Shoots the page at each width, checks axe finds nothing and that nothing makes the page wider
 * than the window; on the phone, the tables named must have become cards.
 */
async function atEachWidth(page: Page, name: string, cardTables: readonly string[] = []): Promise<void> {
  try {
    for (const { label, viewport } of WIDTHS) {
      await page.setViewportSize(viewport);
      await shots.page(page, `${name}-${label}`);
      expect(await axeViolations(page), `axe at ${label} px`).toEqual([]);
      expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `page width at ${label} px`).toBeLessThanOrEqual(viewport.width);
      if (viewport.width === PHONE.width) {
        for (const testId of cardTables) expect(await displayOf(page.getByTestId(testId).locator("tbody tr").first()), `${testId} as cards`).toBe("block");
      }
    }
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

/** The computed display of an element (block once a table row has become a card). */
async function displayOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(element).display);
}

describe.skipIf(SKIP_E2E)("stock and staff: lots received, expiry flagged, roles given and the last administrator kept", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let clinicianPage: Page;
  let clinicId = "";
  let today = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-stock-");
    const seeded = await seedClinic(server.url, { name: "Stock Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    today = (await seeded.admin.call<{ today: string }>("GET", `/api/clinics/${clinicId}/stock`)).today;

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: seeded.admin.sessionToken, url: server.url }]);
    page = await context.newPage();
    const clinicianContext = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await clinicianContext.addCookies([{ name: SESSION_COOKIE, value: seeded.clinician.sessionToken, url: server.url }]);
    clinicianPage = await clinicianContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const receiveForm = () => page.getByTestId("receive-lot-form");
  const lotRow = (lotNumber: string) => page.getByTestId("lots-table").getByRole("row", { name: new RegExp(`^${lotNumber}\\b`) });

  async function receive(lot: { product?: string; lotNumber: string; expiry: string; vials: number }): Promise<void> {
    const form = receiveForm();
    if (lot.product) await form.getByLabel("Product").selectOption(lot.product);
    await form.getByLabel("Lot number").fill(lot.lotNumber);
    await form.getByLabel("Expiry date").fill(lot.expiry);
    await form.getByLabel("Vials received").fill(String(lot.vials));
    await form.getByRole("button", { name: "Receive lot" }).click();
  }

  it("shows a clinician the stock and the catalogue without the actions only administrators and coordinators have", async () => {
    await clinicianPage.goto(`${server.url}/clinic/${clinicId}/stock`);
    await clinicianPage.getByRole("heading", { level: 1, name: "Stock" }).waitFor();
    await clinicianPage.getByTestId("no-lots").waitFor();
    expect(await clinicianPage.getByTestId("catalogue-table").locator("tbody tr").count()).toBe(2);
    expect(await clinicianPage.getByRole("heading", { name: "Receive a lot" }).count()).toBe(0);
    expect(await clinicianPage.getByRole("button", { name: /^Edit / }).count()).toBe(0);
    expect(await clinicianPage.locator("main").innerText()).toContain("Receiving and correcting lots needs an Administrator or a Coordinator.");
    await shots.page(clinicianPage, "stock-clinician-empty");
    expect(await axeViolations(clinicianPage)).toEqual([]);
  });

  it("lets the administrator receive a lot and shows it available, with its vials and expiry", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/stock`);
    await page.getByRole("heading", { level: 1, name: "Stock" }).waitFor();
    await page.getByTestId("no-lots").waitFor();
    const catalogue = squash(await page.getByTestId("catalogue-table").locator("tbody").innerText());
    expect(catalogue).toContain("onabotulinumtoxinA (BOTOX) 100 U vial 100 U 0023-1145-01 J0585 (per unit) 2 mL saline (5 U per 0.1 mL) In use Edit");
    expect(catalogue).toContain("onabotulinumtoxinA (BOTOX) 200 U vial 200 U 0023-3921-02 J0585 (per unit) 4 mL saline (5 U per 0.1 mL) In use Edit");

    await receive({ lotNumber: "C4521A", expiry: daysAfter(today, 200), vials: 10 });
    await page.getByTestId("lot-received").waitFor();
    expect(squash(await page.getByTestId("lot-received").innerText())).toMatch(/^Received into stock\. Lot C4521A: 10 vials of 100 U, expiring \d{1,2} \w{3} \d{4}\. It is listed in Lots above\.$/);
    const row = lotRow("C4521A");
    expect(squash(await row.innerText())).toMatch(/^C4521A onabotulinumtoxinA \(BOTOX\) 100 U vial \d{1,2} \w{3} \d{4} in 200 days 10 0 10 Available Correct vials$/);
    expect(await row.getByTestId("lot-status").getAttribute("data-status")).toBe("available");
    // The form empties for the next lot, keeping the product.
    expect(await receiveForm().getByLabel("Lot number").inputValue()).toBe("");
    expect(squash(await page.getByTestId("stock-summary").innerText())).toContain("100 U vials usable 10");
    await atEachWidth(page, "stock-lot-received", ["lots-table", "catalogue-table"]);
  });

  it("refuses an expired lot, saying why beside the expiry date", async () => {
    await receive({ lotNumber: "OLD77", expiry: daysBefore(today, 1), vials: 2 });
    const expiry = receiveForm().getByLabel("Expiry date");
    await expect.poll(() => expiry.getAttribute("aria-invalid")).toBe("true");
    const form = await receiveForm().innerText();
    expect(form).toContain("Lot not received.");
    expect(form).toContain("Expiry date is already past: an expired lot cannot be taken into stock.");
    // The message is the field's own description, read with it.
    const describedBy = (await expiry.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).innerText()).toBe("Expiry date is already past: an expired lot cannot be taken into stock.");
    expect(await page.getByTestId("lots-table").getByRole("row", { name: /^OLD77/ }).count()).toBe(0);
    await shots.element(receiveForm(), "receive-expired-refused");
    await atEachWidth(page, "stock-expired-refused");
  });

  it("refuses a lot number the product already has, beside the lot number", async () => {
    await receive({ lotNumber: "c4521a", expiry: daysAfter(today, 300), vials: 1 });
    const lotNumber = receiveForm().getByLabel("Lot number");
    await expect.poll(() => lotNumber.getAttribute("aria-invalid")).toBe("true");
    expect(await receiveForm().innerText()).toContain("Lot number is already in stock for this product.");
    expect(await receiveForm().getByLabel("Expiry date").getAttribute("aria-invalid")).toBeNull();
  });

  it("flags a lot expiring within 30 days: listed first, 'Expires in 20 days', counted in the summary", async () => {
    await receive({ product: "onabotulinumtoxinA-200", lotNumber: "D2024", expiry: daysAfter(today, 20), vials: 4 });
    await page.getByTestId("lot-received").getByText(/Lot D2024/).waitFor();
    const row = lotRow("D2024");
    expect(await row.getByTestId("lot-status").innerText()).toBe("Expires in 20 days");
    expect(await row.getByTestId("lot-status").getAttribute("data-status")).toBe("expiring");
    expect(squash(await row.innerText())).toContain("in 20 days 4 0 4 Expires in 20 days");
    const rows = page.getByTestId("lots-table").locator("tbody tr");
    expect(squash(await rows.nth(0).innerText())).toMatch(/^D2024 /);
    expect(squash(await rows.nth(1).innerText())).toMatch(/^C4521A /);
    expect(squash(await page.getByTestId("stock-summary").innerText())).toContain("Lots expiring within 30 days 1");
    await shots.element(page.getByTestId("lots-table"), "lots-expiring-flagged");
    await atEachWidth(page, "stock-expiring-flagged", ["lots-table"]);
  });

  it("corrects a lot's vials received", async () => {
    await page.getByRole("button", { name: "Correct vials of lot C4521A" }).click();
    const form = page.getByTestId("correct-lot-form");
    await form.getByRole("heading", { name: "Correct lot C4521A" }).waitFor();
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Correct lot C4521A");
    await form.getByLabel("Vials received").fill("12");
    await form.getByRole("button", { name: "Save correction" }).click();
    await page.getByTestId("lot-corrected").waitFor();
    expect(squash(await page.getByTestId("lot-corrected").innerText())).toBe("Corrected. Lot C4521A now has 12 vials received, 12 left.");
    expect(squash(await lotRow("C4521A").innerText())).toContain("in 200 days 12 0 12 Available");
  });

  it("lets the administrator correct the catalogue: an NDC of the wrong shape is refused beside the field, a product retired", async () => {
    await page.getByRole("button", { name: "Edit onabotulinumtoxinA (BOTOX) 200 U vial" }).click();
    const form = page.getByTestId("product-form");
    await form.getByLabel("NDC").fill("23-3921");
    await form.getByRole("button", { name: "Save product" }).click();
    await expect.poll(() => form.getByLabel("NDC").getAttribute("aria-invalid")).toBe("true");
    expect(await form.innerText()).toContain("NDC must be an NDC of 10 digits, e.g. 0023-1145-01.");
    await shots.element(form, "product-form-ndc-refused");
    await form.getByLabel("NDC").fill("0023-3921-02");
    await form.getByLabel("Retired: no new lots").check();
    await form.getByRole("button", { name: "Save product" }).click();
    await page.getByTestId("product-saved").waitFor();
    const retired = page.getByTestId("catalogue-table").getByRole("row", { name: /^onabotulinumtoxinA \(BOTOX\) 200 U vial/ });
    expect(squash(await retired.innerText())).toContain("Retired: no new lots");
    // A retired product is no longer offered for a new lot; its lot already received stays.
    expect(await receiveForm().getByLabel("Product").locator("option").allInnerTexts()).toEqual(["100 U – onabotulinumtoxinA (BOTOX) 100 U vial"]);
    expect(await lotRow("D2024").count()).toBe(1);
    await atEachWidth(page, "stock-catalogue-retired", ["lots-table", "catalogue-table"]);
  });

  it("lets the administrator give a member the injector role, several roles shown per person", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/staff`);
    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    const calRow = page.getByTestId("staff-table").getByRole("row", { name: /^Cal Clinician/ });
    expect(squash(await calRow.innerText())).toBe("Cal Clinician cal@stock.example Clinician (physician) Change roles Active");
    await page.getByRole("button", { name: "Change roles of Cal Clinician" }).click();
    const form = page.getByTestId("roles-form");
    await form.getByRole("heading", { name: "Roles of Cal Clinician" }).waitFor();
    const roles = form.getByRole("group", { name: "Roles" });
    expect(await roles.getByLabel("Clinician (physician)").isChecked()).toBe(true);
    expect(await form.innerText()).toContain("Injector: gives the injections and signs the sessions.");
    await roles.getByLabel("Injector").check();
    await shots.element(page.getByTestId("roles-form"), "roles-form-injector");
    await form.getByRole("button", { name: "Save roles" }).click();
    await page.getByTestId("roles-saved").waitFor();
    expect(squash(await page.getByTestId("roles-saved").innerText())).toBe("Roles saved. Cal Clinician now holds Clinician (physician) and Injector.");
    await expect.poll(async () => squash(await calRow.innerText())).toBe("Cal Clinician cal@stock.example Clinician (physician) Injector Change roles Active");
    expect(await calRow.getByRole("listitem").allInnerTexts()).toEqual(["Clinician (physician)", "Injector"]);
    await atEachWidth(page, "staff-injector-given", ["staff-table"]);
  });

  it("refuses to take the administrator role from the last administrator, saying so beside the roles", async () => {
    await page.getByRole("button", { name: "Change roles of Ada Admin" }).click();
    const form = page.getByTestId("roles-form");
    await form.getByRole("heading", { name: "Roles of Ada Admin" }).waitFor();
    const roles = form.getByRole("group", { name: "Roles" });
    await roles.getByLabel("Clinician (physician)").check();
    await roles.getByLabel("Administrator").uncheck();
    await form.getByTestId("own-admin-warning").waitFor();
    await form.getByRole("button", { name: "Save roles" }).click();
    await form.getByText("Roles not changed.").waitFor();
    const text = await form.innerText();
    expect(text).toContain("The clinic needs at least one administrator.");
    expect(text).toContain("Roles must keep admin: this is the last administrator.");
    // The refusal is the group's own description, read with it.
    const describedBy = (await roles.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).innerText()).toBe("Roles must keep admin: this is the last administrator.");
    await shots.element(form, "roles-last-admin-refused");
    await atEachWidth(page, "staff-last-admin-refused");

    await page.reload();
    const adaRow = page.getByTestId("staff-table").getByRole("row", { name: /^Ada Admin/ });
    await adaRow.waitFor();
    expect(await adaRow.getByRole("listitem").allInnerTexts()).toEqual(["Administrator"]);
  });
});
