/**
 * Two-factor sign-in, password reset, deactivation and invitations in real Chromium against the
 * real server (issue 7): the administrator sets up two-factor sign-in on the Account page (the
 * code computed here from the key shown), signs in with a code, a wrong code refused beside the
 * field, then with a recovery code; requires it of the staff, so the clinician is sent to set it
 * up; the clinician resets a forgotten password through the outbox file and is still sent to set
 * it up; the administrator deactivates and reactivates the clinician, and resends and revokes an
 * invitation. Screens at 1280, 1024 and 390 px with axe on each.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "otplib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const admin = { name: "Ada Admin", email: "ada@twofactor.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@twofactor.example", password: "clinician-password-1" };
const NEW_PASSWORD = "lantern-meadow-kettle-8";
const shots = numberedScreenshots(150);
const WIDTHS = [
  { label: "1280", viewport: DESKTOP },
  { label: "1024", viewport: { width: 1024, height: 768 } },
  { label: "390", viewport: PHONE },
] as const;

/** The code the authenticator app shows `stepsAhead` 30-second steps from now (the server takes the next step too). */
const codeOf = (secret: string, stepsAhead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

describe.skipIf(SKIP_E2E)("two-factor sign-in, password reset, deactivation and invitations", () => {
  let server: E2eServer;
  let browser: Browser;
  let adminPage: Page;
  let clinicId = "";
  let secret = "";
  let recoveryCodes: string[] = [];

  async function newPage(viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ viewport, timezoneId: "Europe/London", locale: "en-GB" });
    return context.newPage();
  }

  /** Shoots the page at each width with axe on each, and checks nothing is wider than the window. */
  async function atEachWidth(page: Page, name: string): Promise<void> {
    try {
      for (const { label, viewport } of WIDTHS) {
        await page.setViewportSize(viewport);
        await shots.page(page, `${name}-${label}`);
        await expectAccessible(page);
        expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `page width at ${label} px`).toBeLessThanOrEqual(viewport.width);
      }
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  }

  async function signInWithPassword(page: Page, who: { email: string }, password: string): Promise<void> {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("heading", { level: 1, name: "Sign in to Cephalog" }).waitFor().catch(async (error: unknown) => {
      await shots.page(page, "debug-sign-in");
      throw error;
    });
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-two-factor-");
    const seeded = await seedClinic(server.url, { name: "Two-Factor Test Clinic", timeZone: "Europe/London", admin, clinician });
    clinicId = seeded.clinicId;
    browser = await launchChromium();
    adminPage = await newPage();
    await adminPage.context().addCookies([{ name: SESSION_COOKIE, value: seeded.admin.sessionToken, url: server.url }]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("sets up two-factor sign-in on the Account page: QR code, the key as text, a first code, the recovery codes once", async () => {
    await adminPage.goto(`${server.url}/account`);
    await adminPage.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const key = adminPage.getByTestId("two-factor-secret");
    await key.waitFor();
    secret = (await key.innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect.poll(() => adminPage.getByRole("img", { name: /QR code/ }).evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    await atEachWidth(adminPage, "two-factor-enrolment");
    const code = adminPage.getByLabel("The 6-digit code the app shows");
    expect(await code.getAttribute("inputmode")).toBe("numeric");
    expect(await code.getAttribute("autocomplete")).toBe("one-time-code");
    await code.fill("000000");
    await adminPage.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await adminPage.getByText("Code is not the code your app shows now").waitFor();
    await code.fill(await codeOf(secret));
    await adminPage.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    const list = adminPage.getByRole("list", { name: "Recovery codes" });
    await list.waitFor();
    recoveryCodes = (await list.getByRole("listitem").allInnerTexts()).map((text) => text.trim());
    expect(recoveryCodes).toHaveLength(10);
    await adminPage.getByRole("button", { name: "Copy the codes" }).waitFor();
    await atEachWidth(adminPage, "two-factor-recovery-codes");
    await adminPage.getByRole("button", { name: "I have saved them" }).click();
    await adminPage.getByTestId("two-factor-on").waitFor();
    await shots.page(adminPage, "two-factor-on-1280");
  });

  it("signs in with the password then the app's code; a wrong code is refused beside the field", async () => {
    const page = await newPage(PHONE);
    await signInWithPassword(page, admin, admin.password);
    await page.getByRole("heading", { level: 1, name: "Enter your sign-in code" }).waitFor();
    const field = page.getByLabel("Code from your app");
    expect(await field.getAttribute("inputmode")).toBe("numeric");
    expect(await field.getAttribute("autocomplete")).toBe("one-time-code");
    await field.fill("123456");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That code is not right. Enter the code your app shows now.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await atEachWidth(page, "sign-in-code-wrong");
    // The code of the next 30 seconds: the one used to set up may not serve twice.
    await field.fill(await codeOf(secret, 1));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    await page.context().close();
  });

  it("signs in with a recovery code instead", async () => {
    const page = await newPage();
    await signInWithPassword(page, admin, admin.password);
    await page.getByRole("button", { name: "Use a recovery code instead" }).click();
    await page.getByLabel("Recovery code").fill(recoveryCodes[0] ?? "");
    await shots.page(page, "sign-in-recovery-code-1280");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Staff" }).waitFor();
    await page.context().close();
  });

  it("lets the administrator require it of the staff; the clinician is then sent to set it up first", async () => {
    await adminPage.goto(`${server.url}/clinic/${clinicId}/staff`);
    const setting = adminPage.getByRole("form", { name: "Two-factor sign-in for staff" });
    await setting.getByLabel("Require two-factor sign-in for every member of staff").check();
    await setting.getByRole("button", { name: "Save" }).click();
    await adminPage.getByTestId("two-factor-setting-saved").waitFor();

    const page = await newPage();
    await signInWithPassword(page, clinician, clinician.password);
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.getByTestId("two-factor-required-note").waitFor();
    await atEachWidth(page, "two-factor-required");
    await page.goto(`${server.url}/clinic/${clinicId}/worklist`);
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await page.context().close();
  });

  it("resets a forgotten password through the outbox, and still asks for two-factor sign-in afterwards", async () => {
    const page = await newPage(PHONE);
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { level: 1, name: "Reset your password" }).waitFor();
    await page.getByLabel("Email").fill(clinician.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByTestId("reset-requested").waitFor();
    await atEachWidth(page, "password-reset-requested");

    const outbox = join(server.dataDir, "outbox");
    await expect.poll(() => (() => { try { return readdirSync(outbox).length; } catch { return 0; } })(), { timeout: 15_000 }).toBe(1);
    const eml = readFileSync(join(outbox, readdirSync(outbox)[0] ?? ""), "utf8");
    expect(eml).toMatch(/^To: cal@twofactor\.example$/m);
    // Quoted-printable may fold long lines: unfold before reading the link.
    const text = eml.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const link = text.match(/http:\/\/[^\s]+\/reset-password\/[A-Za-z0-9_-]{43}/)?.[0] ?? "";
    expect(link).not.toBe("");

    await page.goto(server.url + new URL(link).pathname);
    await page.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await page.getByLabel("New password", { exact: true }).fill("password123");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText(/^New password is too easy to guess/).waitFor();
    await atEachWidth(page, "password-reset-weak");
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByTestId("password-reset-done").waitFor();
    await page.goto(server.url + new URL(link).pathname);
    await page.getByTestId("reset-link-dead").waitFor();

    await signInWithPassword(page, clinician, NEW_PASSWORD);
    await page.getByTestId("two-factor-required-note").waitFor();
    await page.context().close();
  });

  it("deactivates the clinician (signed out at once, shown as deactivated) and reactivates them", async () => {
    const calPage = await newPage();
    await signInWithPassword(calPage, clinician, NEW_PASSWORD);
    await calPage.getByRole("heading", { level: 1, name: "Your account" }).waitFor();

    await adminPage.goto(`${server.url}/clinic/${clinicId}/staff`);
    await adminPage.getByRole("button", { name: "Change roles of Cal Clinician" }).click();
    await adminPage.getByTestId("deactivate-member").getByRole("button", { name: "Deactivate" }).click();
    await adminPage.getByTestId("staff-changed").waitFor();
    const calRow = adminPage.getByTestId("staff-table").getByRole("row", { name: /^Cal Clinician/ });
    await expect.poll(async () => (await calRow.innerText()).replace(/\s+/g, " ")).toContain("Deactivated");
    await atEachWidth(adminPage, "staff-deactivated");

    await calPage.reload();
    await calPage.getByRole("heading", { level: 1, name: /Sign in/ }).waitFor();
    await calPage.context().close();

    await adminPage.getByRole("button", { name: "Reactivate Cal Clinician" }).click();
    await expect.poll(async () => (await calRow.innerText()).replace(/\s+/g, " ")).toContain("Active");
  });

  it("lists the invitation not yet accepted; resend gives a new link and kills the old; revoke kills the new", async () => {
    await adminPage.getByLabel("Name", { exact: true }).fill("Ivy Invited");
    await adminPage.getByLabel("Email", { exact: true }).fill("ivy@twofactor.example");
    await adminPage.getByRole("button", { name: "Add and create invitation link" }).click();
    const firstLink = await adminPage.getByRole("region", { name: "Add a staff member" }).getByLabel("Invitation link").inputValue();
    const row = adminPage.getByTestId("pending-invitations").getByRole("row", { name: /^Ivy Invited/ });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, " ")).toContain("ivy@twofactor.example");
    await atEachWidth(adminPage, "pending-invitations");
    // At 390 px the table became cards (atEachWidth ends at 1280: back to 390 to look).
    await adminPage.setViewportSize(PHONE);
    const display = await adminPage.getByTestId("pending-invitations").locator("tbody tr").first().evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { display: string } }).getComputedStyle(element).display);
    expect(display).toBe("block");
    await adminPage.setViewportSize(DESKTOP);

    await adminPage.getByRole("button", { name: "Resend the invitation of Ivy Invited" }).click();
    const resent = adminPage.getByRole("region", { name: "Invitations not yet accepted" }).getByLabel("Invitation link");
    await resent.waitFor();
    const secondLink = await resent.inputValue();
    expect(secondLink).not.toBe(firstLink);
    const visitor = await newPage(PHONE);
    await visitor.goto(server.url + new URL(firstLink).pathname);
    await visitor.getByText("This invitation link cannot be used.").waitFor();
    await visitor.goto(server.url + new URL(secondLink).pathname);
    await visitor.getByRole("heading", { level: 1, name: "Join Two-Factor Test Clinic" }).waitFor();

    await adminPage.getByRole("button", { name: "Revoke the invitation of Ivy Invited" }).click();
    await adminPage.getByTestId("invitation-revoked").waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await atEachWidth(adminPage, "invitation-revoked");
    await visitor.reload();
    await visitor.getByText("This invitation link cannot be used.").waitFor();
    await visitor.context().close();
  });
});
