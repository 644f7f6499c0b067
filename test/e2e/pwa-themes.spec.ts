/**
 * Low light by default (issue 9 §3), in Chromium at 390 px on the demo clinic's patient: every
 * patient screen in the dark warm look (the default) and in the light look (chosen once, remembered
 * on the device and applied before the first paint), in English and in Spanish (a browser that
 * speaks Spanish, issue 9 §7), each with axe reporting no violation at all (WCAG 2.2 AA), no pure
 * white anywhere in the dark look, nothing moving when the person asks for reduced motion, every
 * button and control at least 44 px and the daily answers larger. The public screens (the
 * self-check, its phone diary and summary, sign-in, the password reset request) are opened signed out.
 * Screenshots 620-659 (English) and 700-739 (Spanish).
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { ApiSession, SESSION_COOKIE } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const LOOK_KEY = "cephalog.patient-look.v1";
const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role) as (typeof DEMO_LOGINS)[number];

/** Each language the patient app speaks, as the browser asks for it, with its own run of screenshots. */
const LANGUAGES = [
  { language: "en", locale: "en-GB", shots: numberedScreenshots(620) },
  { language: "es", locale: "es-ES", shots: numberedScreenshots(700) },
] as const;
type Language = (typeof LANGUAGES)[number];

/** Where a screen is opened: by the signed-in patient, or by a visitor without an account. */
type Who = "patient" | "visitor";

interface Screen {
  readonly name: string;
  readonly who: Who;
  readonly path: (addresses: Addresses) => string;
}

/** Addresses known only once the demo is seeded. */
interface Addresses {
  readonly today: string;
  readonly reportId: string;
}

/** Every patient screen, by address (App.tsx's patient routes, Learn, the self-check, sign-in). */
const SCREENS: readonly Screen[] = [
  { name: "today", who: "patient", path: () => "/today" },
  { name: "diary-day", who: "patient", path: ({ today }) => `/diary/${yesterday(today)}` },
  { name: "progress", who: "patient", path: () => "/progress" },
  { name: "side-effects", who: "patient", path: () => "/side-effects" },
  { name: "side-effect-answer", who: "patient", path: ({ reportId }) => `/side-effects/${reportId}` },
  { name: "side-effects-new", who: "patient", path: () => "/side-effects/new" },
  { name: "questionnaire-midas", who: "patient", path: () => "/questionnaires/midas" },
  { name: "questionnaire-hit-6", who: "patient", path: () => "/questionnaires/hit-6" },
  { name: "account", who: "patient", path: () => "/account" },
  { name: "reminders", who: "patient", path: () => "/reminders" },
  { name: "carry-over", who: "patient", path: () => "/my-self-kept-diary" },
  { name: "learn", who: "patient", path: () => "/learn" },
  { name: "learn-page", who: "patient", path: () => "/learn/side-effects" },
  { name: "self-check", who: "visitor", path: () => "/is-it-right-for-me" },
  { name: "self-check-diary", who: "visitor", path: () => "/is-it-right-for-me/diary" },
  { name: "self-check-summary", who: "visitor", path: () => "/is-it-right-for-me/summary" },
  { name: "sign-in", who: "visitor", path: () => "/sign-in" },
  { name: "forgot-password", who: "visitor", path: () => "/forgot-password" },
];

function yesterday(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Every violation axe finds against WCAG 2.0-2.2 A and AA, whatever its impact. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * Elements whose computed text, background, border, fill or stroke colour is pure white (#fff,
 * at any opacity above zero). A string run in the page: the spec is compiled without the DOM's types.
 */
function pureWhite(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const white = /^rgba?\\(255, 255, 255(, (0?\\.\\d*[1-9]\\d*|1))?\\)$/;
    const props = ["color", "backgroundColor", "borderTopColor", "borderRightColor", "borderBottomColor", "borderLeftColor", "outlineColor", "fill", "stroke", "caretColor"];
    const found = [];
    for (const element of [document.documentElement, ...document.querySelectorAll("*")]) {
      const style = getComputedStyle(element);
      for (const prop of props) {
        const value = style[prop];
        if (typeof value === "string" && white.test(value)) found.push(element.tagName.toLowerCase() + (element.className && typeof element.className === "string" ? "." + element.className.split(" ").join(".") : "") + " " + prop);
      }
      if (style.backgroundImage && style.backgroundImage.includes("255, 255, 255")) found.push(element.tagName.toLowerCase() + " backgroundImage");
    }
    return [...new Set(found)];
  })()`);
}

/** Elements that still animate or transition (reduced motion asked for). */
function moving(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const nonZero = (list) => list.split(",").some((d) => parseFloat(d) > 0);
    const found = [];
    for (const element of document.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      if (style.animationName !== "none" && nonZero(style.animationDuration)) found.push(element.tagName.toLowerCase() + " animation");
      if (nonZero(style.transitionDuration)) found.push(element.tagName.toLowerCase() + "." + String(element.className).split(" ").join(".") + " transition");
    }
    return [...new Set(found)];
  })()`);
}

/** Buttons and controls smaller than 44 by 44 CSS pixels (links inside running text are exempt, WCAG 2.5.8). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const found = [];
    const controls = document.querySelectorAll("button, [role=button], select, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, nav a, a.button, label:has(> input[type=checkbox]), label:has(> input[type=radio])");
    for (const element of controls) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(element).visibility === "hidden") continue;
      if (box.height < 44 - 0.5 || box.width < 44 - 0.5) found.push(element.tagName.toLowerCase() + " '" + (element.getAttribute("aria-label") || element.textContent || "").trim().slice(0, 40) + "' " + Math.round(box.width) + "x" + Math.round(box.height));
    }
    return found;
  })()`);
}

/** A full-height shot, the window as tall as the page so the navigation sits under the content. */
async function shoot(page: Page, shots: Language["shots"], name: string): Promise<void> {
  const height = await page.evaluate<number>("document.documentElement.scrollHeight");
  await page.setViewportSize({ width: PHONE.width, height: Math.max(PHONE.height, height) });
  await shots.page(page, name);
  await page.setViewportSize(PHONE);
}

/** One day kept in the public phone diary ("No headache", one tap), so its list, summary and the carry-over have a day to show. */
async function keepOneDayOnThePhone(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/is-it-right-for-me/diary`);
  await page.getByRole("button", { name: /^(No headache|Sin dolor de cabeza)/ }).click();
  await page.getByTestId("phone-diary-saved").waitFor();
}

describe.skipIf(SKIP_E2E)("low light by default: every patient screen in both looks and both languages, accessible, no pure white, no motion, large targets", () => {
  let server: E2eServer;
  let browser: Browser;
  let addresses: Addresses = { today: "", reportId: "" };
  let patientToken = "";
  /** One page per language and person, reused by every screen (no server, no browser per test). */
  const pages = new Map<string, Page>();
  const pageFor = (language: Language, who: Who): Page => pages.get(`${language.language}-${who}`) as Page;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-pwa-themes-");
    await new ApiSession(server.url).call("POST", "/api/setup/demo");
    const patient = new ApiSession(server.url);
    await patient.call("POST", "/api/auth/login", { email: login("patient").email, password: login("patient").password });
    patientToken = patient.sessionToken;
    const { today } = await patient.call<{ today: string }>("GET", "/api/me/diary");
    const me = await patient.call<{ patient: { patientId: string } }>("GET", "/api/me");
    // A bruise where the needle went (green): the list has a report and the answer screen something to say.
    const receipt = await patient.call<{ id: string; level: string }>("POST", "/api/me/side-effects", {
      id: uuidv7(),
      patientId: me.patient.patientId,
      onsetDate: today,
      symptoms: ["bruising"],
      note: null,
      recordedAt: new Date().toISOString(),
      checkIn: null,
    });
    expect(receipt.level).toBe("green");
    addresses = { today, reportId: receipt.id };
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a screen on its page and waits for it to settle. */
  async function open(page: Page, screen: Screen): Promise<void> {
    await page.goto(`${server.url}${screen.path(addresses)}`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(new URL(page.url()).pathname, `${screen.name} opens where it was asked for`).toBe(screen.path(addresses));
  }

  for (const language of LANGUAGES) {
    describe(`in ${language.language === "es" ? "Spanish" : "English"} (a browser asking for ${language.locale})`, () => {
      beforeAll(async () => {
        for (const who of ["patient", "visitor"] as const) {
          const context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: language.locale, isMobile: true, hasTouch: true, reducedMotion: "reduce", serviceWorkers: "block" });
          if (who === "patient") await context.addCookies([{ name: SESSION_COOKIE, value: patientToken, url: server.url }]);
          const page = await context.newPage();
          pages.set(`${language.language}-${who}`, page);
          await keepOneDayOnThePhone(page, server.url);
        }
      });

      for (const look of ["low-light", "light"] as const) {
        describe(`the ${look} look`, () => {
          beforeAll(async () => {
            // Chosen once on this device (the Account page's choice writes the same key) and remembered.
            for (const who of ["patient", "visitor"] as const) {
              const page = pageFor(language, who);
              await page.goto(`${server.url}/is-it-right-for-me`);
              await page.evaluate(look === "light" ? `localStorage.setItem("${LOOK_KEY}", "light")` : `localStorage.removeItem("${LOOK_KEY}")`);
            }
          });

          for (const screen of SCREENS) {
            it(`${screen.name} (${screen.who}): ${language.language}, ${look}, axe clean, ${look === "low-light" ? "no pure white, " : ""}still, targets 44 px or more`, async () => {
              const page = pageFor(language, screen.who);
              await open(page, screen);
              expect(await page.evaluate<string>("document.documentElement.lang"), `${screen.name} speaks ${language.language}`).toBe(language.language);
              expect(await page.evaluate(`document.documentElement.getAttribute("data-patient-look")`)).toBe(look === "light" ? "light" : null);
              await shoot(page, language.shots, `${screen.name}-${language.language}-${look}-390`);
              expect(await axeViolations(page), `${screen.name} (${language.language}, ${look})`).toEqual([]);
              if (look === "low-light") expect(await pureWhite(page), `${screen.name}: pure white in the dark look`).toEqual([]);
              expect(await moving(page), `${screen.name}: moves under reduced motion`).toEqual([]);
              expect(await smallTargets(page), `${screen.name}: targets under 44 px`).toEqual([]);
              expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${screen.name} fits the phone`).toBeLessThanOrEqual(PHONE.width);
            });
          }
        });
      }
    });
  }

  it("makes the daily answers larger than the 44 px minimum", async () => {
    const page = pageFor(LANGUAGES[0], "patient");
    await page.goto(`${server.url}/diary/${yesterday(addresses.today)}`);
    const change = page.getByRole("button", { name: "Change this day" });
    await page.getByRole("button", { name: /^No headache|^Change this day/ }).first().waitFor();
    if ((await change.count()) > 0) await change.click();
    const box = await page.getByRole("button", { name: /^No headache/ }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(56);
  });
});
