/**
 * The clinician's chart and the patient's progress on the demo clinic's patient (issue 8,
 * sections 4 and 5), in real Chromium against the real server: the days-per-28 chart, the diary
 * calendar (keyboard, labels, paging) and the timeline at 1280, 1024 and 390 px, each fitting
 * its width with the table alternative present; "My progress" at 390 px in both patient looks;
 * the diary route loading no chart code. Screenshots 270-289; axe on every screen.
 */
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { ApiSession, SESSION_COOKIE } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const shots = numberedScreenshots(270);
const WIDTHS = [
  { width: 1280, height: 1000 },
  { width: 1024, height: 900 },
  PHONE,
] as const;

const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role) as (typeof DEMO_LOGINS)[number];

/**
 * What inside `selector` reaches past the page's right edge (clipped or scrolling sideways). A
 * string run in the page: the spec is compiled without the DOM's types.
 */
async function overflowsPage(page: Page, selector: string): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const root of document.querySelectorAll(${JSON.stringify(selector)})) {
      for (const el of [root, ...root.querySelectorAll("canvas, table.cal-grid, .chart-legend, .timeline")]) {
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 1 || rect.left < -1) out.push(el.tagName.toLowerCase() + "." + el.className + " " + Math.round(rect.left) + "-" + Math.round(rect.right) + " > " + width);
      }
    }
    if (document.documentElement.scrollWidth > width + 1) out.push("page scrolls sideways: " + document.documentElement.scrollWidth + " > " + width);
    return out;
  })()`);
}

/** The JavaScript a page load fetched that holds uPlot (its canvas overlay's class name). */
function chartCodeWatcher(page: Page): { readonly found: () => string[] } {
  const chartFiles: string[] = [];
  page.on("response", (response: Response) => {
    const url = response.url();
    if (!url.endsWith(".js")) return;
    void response
      .text()
      .then((body) => {
        if (body.includes("u-over") && body.includes("u-under")) chartFiles.push(new URL(url).pathname);
      })
      .catch(() => undefined);
  });
  return { found: () => [...chartFiles] };
}

describe.skipIf(SKIP_E2E)("the clinician's chart and the patient's progress on a demo patient", () => {
  let server: E2eServer;
  let browser: Browser;
  let clinicianToken = "";
  let patientToken = "";
  let patientUrl = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-chart-");
    await new ApiSession(server.url).call("POST", "/api/setup/demo");
    const patient = new ApiSession(server.url);
    await patient.call("POST", "/api/auth/login", { email: login("patient").email, password: login("patient").password });
    const me = await patient.call<{ patient: { clinicId: string; patientId: string } }>("GET", "/api/me");
    patientToken = patient.sessionToken;
    const clinician = new ApiSession(server.url);
    await clinician.call("POST", "/api/auth/login", { email: login("clinician").email, password: login("clinician").password });
    clinicianToken = clinician.sessionToken;
    patientUrl = `${server.url}/clinic/${me.patient.clinicId}/patients/${me.patient.patientId}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(token: string, viewport: { width: number; height: number }, url: string): Promise<{ context: BrowserContext; page: Page; chartCode: () => string[] }> {
    const context = await browser.newContext({ viewport, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
    const page = await context.newPage();
    const watcher = chartCodeWatcher(page);
    await page.goto(url);
    return { context, page, chartCode: watcher.found };
  }

  for (const viewport of WIDTHS) {
    it(`shows the chart, the calendar and the timeline at ${viewport.width} px, fitting the width, with the table alternative`, async () => {
      const { context, page } = await open(clinicianToken, viewport, patientUrl);
      const chart = page.getByTestId("days-per-28");
      await chart.getByRole("img").first().waitFor();
      // The canvas is drawn (not blank) and named for screen readers.
      const canvasSize = await chart.locator("canvas").first().evaluate((canvas) => [canvas.getAttribute("width"), canvas.getAttribute("height")]);
      expect(canvasSize.every((size) => Number(size) > 0)).toBe(true);
      expect(await chart.getByRole("img").first().getAttribute("aria-label")).toMatch(/^Headache days per 28 days over \d+ windows; baseline \d+/);
      // The table alternative carries the same numbers: a baseline row and windows W1 ....
      const table = page.getByTestId("days-per-28-table");
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(5);
      expect(await table.locator("tbody tr").first().locator("th").textContent()).toBe("Baseline");
      expect(await page.getByTestId("response-line").textContent()).toMatch(/^Baseline \d+ headache days/);

      const calendar = page.getByTestId("diary-calendar");
      await calendar.locator("td[data-date]").first().waitFor();
      expect(await calendar.getByRole("grid").count()).toBe(3);
      const labels = await calendar.locator("td[data-date]").evaluateAll((cells) => cells.map((cell) => cell.getAttribute("aria-label") ?? ""));
      expect(labels.some((label) => /: (mild|moderate|severe) headache/.test(label))).toBe(true);
      expect(labels.every((label) => /^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}: /.test(label))).toBe(true);
      expect(await page.getByTestId("timeline-session").count()).toBeGreaterThanOrEqual(3);

      expect(await overflowsPage(page, "[data-testid=days-per-28], [data-testid=diary-calendar-card], [data-testid=timeline]")).toEqual([]);
      await chart.scrollIntoViewIfNeeded();
      await shots.element(page.locator("section", { has: chart }), `chart-${viewport.width}`);
      await shots.element(page.locator("section", { has: page.getByTestId("diary-calendar-card") }), `calendar-${viewport.width}`);
      if (viewport.width === 1280) await shots.page(page, "patient-page-with-chart-1280");
      await expectAccessible(page);
      await context.close();
    });
  }

  it("moves through the calendar with the keyboard, says a day in full, and pages back", async () => {
    const { context, page } = await open(clinicianToken, WIDTHS[0], patientUrl);
    const calendar = page.getByTestId("diary-calendar");
    const focusable = calendar.locator('td[tabindex="0"]');
    await focusable.waitFor();
    const start = (await focusable.getAttribute("data-date")) ?? "";
    await focusable.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowUp");
    const moved = await page.evaluate<string | null>('document.activeElement?.getAttribute("data-date") ?? null');
    const expected = new Date(Date.parse(`${start}T00:00:00Z`) - 8 * 86_400_000).toISOString().slice(0, 10);
    expect(moved).toBe(expected);
    await page.keyboard.press("Enter");
    expect(await page.getByTestId("calendar-selected").textContent()).toMatch(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}: /);

    const range = page.getByTestId("diary-calendar-card").locator("[aria-live=polite]").first();
    const before = await range.textContent();
    await page.getByRole("button", { name: "Earlier months" }).click();
    await expect.poll(async () => range.textContent()).not.toBe(before);
    await calendar.locator("td[data-date]").first().waitFor();
    await shots.element(page.locator("section", { has: page.getByTestId("diary-calendar-card") }), "calendar-earlier-1280");
    await expectAccessible(page);
    await context.close();
  });

  it("opens the patient's diary with no chart code, and My progress with it", async () => {
    const { context, page, chartCode } = await open(patientToken, PHONE, `${server.url}/today`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(chartCode()).toEqual([]);
    await page.goto(`${server.url}/progress`);
    await page.getByTestId("headache-sentence").waitFor();
    await page.waitForLoadState("networkidle");
    expect(chartCode().length).toBeGreaterThan(0);
    await context.close();
  });

  for (const look of ["low-light", "light"] as const) {
    it(`shows My progress at 390 px in the ${look} look: the sentence, the small chart, the visit and the medicines`, async () => {
      const context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
      await context.addCookies([{ name: SESSION_COOKIE, value: patientToken, url: server.url }]);
      if (look === "light") await context.addInitScript({ content: 'window.localStorage.setItem("cephalog.patient-look.v1", "light")' });
      const page = await context.newPage();
      await page.goto(`${server.url}/progress`);
      await page.getByRole("heading", { level: 1, name: "My progress" }).waitFor();
      const sentence = (await page.getByTestId("headache-sentence").textContent()) ?? "";
      expect(sentence).toMatch(/^\d+ headache days? in the (last 4 weeks|\d+ days you recorded in the last 4 weeks)/);
      expect(sentence).not.toContain("%");
      await page.getByTestId("my-days-chart").getByRole("img").waitFor();
      expect(await page.getByTestId("my-days-numbers").locator("li").count()).toBeGreaterThan(1);
      expect((await page.getByTestId("next-visit").or(page.getByTestId("no-visit")).textContent()) ?? "").not.toBe("");
      const medicines = (await page.getByTestId("medicines").or(page.getByTestId("no-medicines")).textContent()) ?? "";
      expect(medicines).toMatch(/on \d+ days?|No headache medicines/);
      expect(await page.evaluate<string | null>('document.documentElement.getAttribute("data-patient-look")')).toBe(look === "light" ? "light" : null);
      expect(await overflowsPage(page, "main")).toEqual([]);
      await shots.page(page, `my-progress-390-${look}`);
      await expectAccessible(page);
      await context.close();
    });
  }
});
