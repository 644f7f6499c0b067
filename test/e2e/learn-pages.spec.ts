/**
 * Learn (issue 9 §4) in Chromium against the real server: /learn and every page open without an
 * account, linked from the sign-in page's header, from a clinician's header and from the
 * patient's navigation; the emergency box on the side-effects page; Spanish chosen with the
 * language picker on the index; every page at 390, 1024 and 1280 px in the low-light and light
 * looks in both languages, each shot, axe with no violation at all, nothing wider than the window;
 * and the pages open with the network cut after one visit (the service worker's precache).
 */
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEARN_SLUGS, learn as english } from "#web/i18n/locales/en/learn.ts";
import { learn as spanish } from "#web/i18n/locales/es/learn.ts";
import { ApiSession, SESSION_COOKIE, seedClinic } from "./support/api-session.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@learn.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@learn.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@learn.example", password: "patient-password-1" };
const SHOTS = process.env.LEARN_SHOTS_DIR ?? join(import.meta.dirname, "artifacts", "learn");
const WIDTHS = [390, 1024, 1280] as const;
const LOOKS = ["low-light", "light"] as const;

/** A page's link on the index: its name starts with the page's title (its one line follows). */
const titleLink = (title: string) => new RegExp(`^${title.replace(/[?]/g, "\\?")}`);

/** Every violation axe finds at the WCAG 2.2 A and AA levels, whatever its impact. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function setLook(page: Page, look: (typeof LOOKS)[number]): Promise<void> {
  await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
}

/** The page at each width in each look: a full-page shot, axe clean, nothing wider than the window. */
async function checkEverywhere(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: PHONE.height });
    for (const look of LOOKS) {
      await setLook(page, look);
      // The window grows to the page's height for the shot, so the patient's navigation (fixed
      // at the bottom) sits under the content as on the phone, not across it.
      const height = await page.evaluate<number>("document.documentElement.scrollHeight");
      await page.setViewportSize({ width, height: Math.max(PHONE.height, height) });
      await page.screenshot({ path: join(SHOTS, `${name}-${look}-${width}.png`), fullPage: true });
      await page.setViewportSize({ width, height: PHONE.height });
      expect(await axeViolations(page), `${name} ${look} ${width}`).toEqual([]);
      expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${name} ${look} ${width} fits`).toBeLessThanOrEqual(width);
    }
  }
  await setLook(page, "low-light");
  await page.setViewportSize(PHONE);
}

describe.skipIf(SKIP_E2E)("Learn: public, every page, both looks and languages, offline", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let patientToken = "";
  let clinicianToken = "";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startE2eServer("cephalog-e2e-learn-");
    const seeded = await seedClinic(server.url, { name: "Learn Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicianToken = seeded.clinician.sessionToken;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Pat Learn", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    const pat = new ApiSession(server.url);
    await pat.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    patientToken = pat.sessionToken;
    browser = await launchChromium();
    // No account, and no service worker here: the offline test below has its own context.
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true, serviceWorkers: "block" });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is linked from the sign-in page's header and opens without an account", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Learn", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/learn");
    const links = page.getByTestId("learn-pages").getByRole("link");
    expect(await links.count()).toBe(LEARN_SLUGS.length);
    for (const slug of LEARN_SLUGS) await page.getByTestId("learn-pages").getByRole("link", { name: titleLink(english.pages[slug].title) }).waitFor();
    expect(await page.getByRole("link", { name: english.index.selfCheckLink }).getAttribute("href")).toBe("/is-it-right-for-me");
    await checkEverywhere(page, "00-index-en");
  });

  it.each(LEARN_SLUGS.map((slug, index) => [slug, index] as const))("opens %s from the index, with its sections, sources and the way on", async (slug, index) => {
    await page.goto(`${server.url}/learn`);
    await page.getByTestId("learn-pages").getByRole("link", { name: titleLink(english.pages[slug].title) }).click();
    await page.getByRole("heading", { level: 1, name: english.pages[slug].title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/learn/${slug}`);
    for (const section of english.pages[slug].sections) await page.getByRole("heading", { level: 2, name: section.heading }).waitFor();
    await page.getByText(english.pages[slug].sources).waitFor();
    const next = LEARN_SLUGS[index + 1];
    if (next) await page.getByRole("link", { name: `Next: ${english.pages[next].title}` }).waitFor();
    await page.getByRole("link", { name: english.page.back }).waitFor();
    // The self-check is offered where a reader asks whether the treatment is for them.
    expect(await page.getByRole("link", { name: english.index.selfCheckLink }).count()).toBe(slug === "who-it-is-for" ? 1 : 0);
    await checkEverywhere(page, `${String(index + 1).padStart(2, "0")}-${slug}-en`);
  });

  it("puts the emergency signs in a box that cannot be missed", async () => {
    await page.goto(`${server.url}/learn/side-effects`);
    const box = page.getByRole("note", { name: "Emergency: get help now" });
    await box.getByText("If you have trouble swallowing or breathing, call your emergency number at once. Do not wait.").waitFor();
    await box.getByText("weakness all over your body").waitFor();
    await box.screenshot({ path: join(SHOTS, "side-effects-urgent-box.png") });
  });

  it("says so for an address under /learn that is no page", async () => {
    await page.goto(`${server.url}/learn/no-such-page`);
    await page.getByText(english.page.notFound).waitFor();
    await page.getByRole("link", { name: english.page.back }).click();
    await page.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
  });

  it("switches to Spanish with the picker on the index", async () => {
    await page.goto(`${server.url}/learn`);
    await page.getByLabel("Language").selectOption("es");
    await page.getByRole("heading", { level: 1, name: spanish.index.title }).waitFor();
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe("es");
    await page.getByRole("link", { name: spanish.link, exact: true }).waitFor();
    await checkEverywhere(page, "00-index-es");
  });

  it.each(LEARN_SLUGS.map((slug, index) => [slug, index] as const))("keeps Spanish on %s", async (slug, index) => {
    await page.goto(`${server.url}/learn/${slug}`);
    await page.getByRole("heading", { level: 1, name: spanish.pages[slug].title }).waitFor();
    for (const section of spanish.pages[slug].sections) await page.getByRole("heading", { level: 2, name: section.heading }).waitFor();
    await page.getByText(spanish.pages[slug].sources).waitFor();
    await checkEverywhere(page, `${String(index + 1).padStart(2, "0")}-${slug}-es`);
  });

  it("goes back to English with the same picker", async () => {
    await page.goto(`${server.url}/learn`);
    await page.getByLabel("Idioma").selectOption("en");
    await page.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
    expect(await page.evaluate<string>("document.documentElement.lang")).toBe("en");
  });

  it("is in the patient's navigation, with the patient's header on Learn", async () => {
    const patient = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true, serviceWorkers: "block" });
    await patient.addCookies([{ name: SESSION_COOKIE, value: patientToken, url: server.url }]);
    const phone = await patient.newPage();
    await phone.goto(`${server.url}/today`);
    const nav = phone.getByTestId("patient-nav");
    await nav.getByRole("link", { name: "Learn" }).click();
    await phone.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
    expect(await nav.getByRole("link", { name: "Learn" }).getAttribute("aria-current")).toBe("page");
    await phone.getByTestId("learn-pages").getByRole("link", { name: /^The treatment visit/ }).click();
    await phone.getByRole("heading", { level: 1, name: english.pages["the-visit"].title }).waitFor();
    expect(await nav.getByRole("link", { name: "Learn" }).getAttribute("aria-current")).toBe("page");
    await checkEverywhere(phone, "patient-the-visit-en");
    await patient.close();
  });

  it("is linked from a clinician's header", async () => {
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: TIME_ZONE, locale: "en-GB", serviceWorkers: "block" });
    await staff.addCookies([{ name: SESSION_COOKIE, value: clinicianToken, url: server.url }]);
    const desk = await staff.newPage();
    await desk.goto(`${server.url}/`);
    await desk.getByRole("navigation", { name: "Clinic" }).waitFor();
    await desk.getByRole("link", { name: "Learn", exact: true }).click();
    await desk.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
    await desk.screenshot({ path: join(SHOTS, "staff-learn-index-1280.png"), fullPage: true });
    expect(await axeViolations(desk)).toEqual([]);
    await staff.close();
  });

  it("opens with the network cut after one visit: index and pages from the service worker's precache", async () => {
    const offline = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    const reader = await offline.newPage();
    await reader.goto(`${server.url}/learn`);
    await reader.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
    await reader.evaluate("navigator.serviceWorker.ready.then(() => true)");
    await reader.waitForFunction("navigator.serviceWorker.controller !== null");
    await offline.setOffline(true);
    await reader.reload();
    await reader.getByRole("heading", { level: 1, name: english.index.title }).waitFor();
    await reader.goto(`${server.url}/learn/side-effects`);
    await reader.getByRole("heading", { level: 1, name: english.pages["side-effects"].title }).waitFor();
    await reader.getByRole("note", { name: "Emergency: get help now" }).waitFor();
    await reader.getByRole("link", { name: `Next: ${english.pages["who-it-is-for"].title}` }).click();
    await reader.getByRole("heading", { level: 1, name: english.pages["who-it-is-for"].title }).waitFor();
    await reader.screenshot({ path: join(SHOTS, "offline-who-it-is-for-390.png"), fullPage: true });
    await offline.close();
  });
});
