/**
 * A questionnaire entered in error is withdrawn (issue 8 leftover), in real Chromium against the
 * real server on the demo clinic: the clinician enters a paper HIT-6 (its total), sees it become
 * the latest score, withdraws it with a reason (refused without one), and the history shows it
 * struck through with "Withdrawn: reason, by whom, when", not counted, while the latest score is
 * the one before again. Screenshots 760-769 (and /tmp/shots/withdraw when that folder exists) at
 * 1280, 1024 and 390 px; axe on each.
 */
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { ApiSession, SESSION_COOKIE } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const shots = numberedScreenshots(760);
const SHOTS_DIR = "/tmp/shots/withdraw";
const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role) as (typeof DEMO_LOGINS)[number];

describe.skipIf(SKIP_E2E)("withdrawing a paper HIT-6 entered in error", () => {
  let server: E2eServer;
  let browser: Browser;
  let token = "";
  let patientUrl = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-questionnaire-withdraw-");
    await new ApiSession(server.url).call("POST", "/api/setup/demo");
    const patient = new ApiSession(server.url);
    await patient.call("POST", "/api/auth/login", { email: login("patient").email, password: login("patient").password });
    const me = await patient.call<{ patient: { clinicId: string; patientId: string } }>("GET", "/api/me");
    patientUrl = `${server.url}/clinic/${me.patient.clinicId}/patients/${me.patient.patientId}`;
    const clinician = new ApiSession(server.url);
    await clinician.call("POST", "/api/auth/login", { email: login("clinician").email, password: login("clinician").password });
    token = clinician.sessionToken;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function chartAt(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
    const page = await context.newPage();
    await page.goto(patientUrl);
    await page.getByTestId("questionnaires-card").waitFor();
    return page;
  }

  async function shoot(page: Page, name: string): Promise<void> {
    const card = page.locator("section", { has: page.getByTestId("questionnaires-card") });
    await shots.element(card, name);
    if (existsSync(SHOTS_DIR)) await card.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
  }

  /** The HIT-6 table's rows as their cells' text (the row header's date first). */
  const hit6Rows = (page: Page) =>
    page
      .getByTestId("questionnaire-table-HIT-6")
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? "")));

  it("takes the HIT-6 back out of the scores once withdrawn with a reason, and shows it struck through", async () => {
    const page = await chartAt({ width: 1280, height: 1000 });
    const card = page.getByTestId("questionnaires-card");
    const before = await hit6Rows(page);
    expect(before.length).toBeGreaterThanOrEqual(1);
    const latestBefore = before[0]?.[1];

    await card.getByRole("button", { name: "Enter a paper form" }).click();
    const form = page.getByTestId("paper-form");
    await form.getByRole("radio", { name: "The total only" }).check();
    await form.getByLabel(/^Total/).fill("40");
    await form.getByRole("button", { name: "Save the paper form" }).click();
    await page.getByTestId("paper-form-saved").getByText("Entered the paper HIT-6: 40.").waitFor();
    const entered = await hit6Rows(page);
    expect(entered[0]?.slice(1, 3)).toEqual(["40", "Little or no impact (≤49)"]);
    expect(entered[0]?.[5]).toMatch(/^Paper form, entered by \S/);

    await page.getByTestId("questionnaire-table-HIT-6").locator("tbody tr").first().getByRole("button", { name: /^Entered in error/ }).click();
    const confirm = page.getByTestId("withdraw-questionnaire");
    await confirm.getByRole("heading", { name: /^Withdraw the HIT-6 of .* \(score 40\) as entered in error\?$/ }).waitFor();
    expect(await page.evaluate<string | null>("document.activeElement?.id ?? null")).toBe("withdraw-questionnaire-title");
    await confirm.getByRole("button", { name: "Withdraw as entered in error" }).click();
    await confirm.getByText(/^The reason is required: say why it was entered in error/).waitFor();
    await shoot(page, "withdraw-confirm-1280");
    await expectAccessible(page);

    await confirm.getByLabel("Why was it entered in error?").fill("Copied from another patient's form");
    await confirm.getByRole("button", { name: "Withdraw as entered in error" }).click();
    await page.getByTestId("questionnaire-withdrawn").getByText(/^Withdrew the HIT-6 of .* \(score 40\) as entered in error\.$/).waitFor();
    expect(await page.getByTestId("withdraw-questionnaire").count()).toBe(0);

    const after = await hit6Rows(page);
    expect(after).toHaveLength(before.length + 1);
    const [withdrawn, latest] = after;
    expect(withdrawn?.slice(1, 4)).toEqual(["40", "Little or no impact (≤49)", "not counted"]);
    expect(withdrawn?.[0]).toContain("(withdrawn)");
    expect(withdrawn?.[5]).toMatch(/^Withdrawn: Copied from another patient's form, by \S.*, \d/);
    expect(await page.getByTestId("questionnaire-table-HIT-6").locator("tbody tr").first().locator("s").count()).toBeGreaterThanOrEqual(4);
    // The latest score is the one before again, with its own change unchanged; the withdrawn one has no action.
    expect(latest).toEqual(before[0]);
    expect(latest?.[1]).toBe(latestBefore);
    expect(withdrawn?.[6]).toBe("");
    await shoot(page, "withdrawn-1280");
    await expectAccessible(page);

    // A reload reads it from the server the same way.
    await page.reload();
    await page.getByTestId("questionnaires-card").waitFor();
    expect(await hit6Rows(page)).toEqual(after);
    await page.context().close();
  });

  it("shows the withdrawn row at 1024 and 390 px without overflowing", async () => {
    for (const viewport of [
      { width: 1024, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await chartAt(viewport);
      await page.getByTestId("questionnaire-table-HIT-6").getByText(/^Withdrawn: Copied from another patient's form/).waitFor();
      await page.getByTestId("questionnaires-card").scrollIntoViewIfNeeded();
      expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `fits ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
      await shoot(page, `withdrawn-${viewport.width}`);
      await expectAccessible(page);
      if (viewport.width === 390) {
        await page.getByTestId("questionnaire-table-HIT-6").locator("tbody tr").nth(1).getByRole("button", { name: /^Entered in error/ }).click();
        await page.getByTestId("withdraw-questionnaire").waitFor();
        await shoot(page, "withdraw-confirm-390");
      }
      await page.context().close();
    }
  });
});
