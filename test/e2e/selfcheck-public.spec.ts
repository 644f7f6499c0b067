/**
 * "Is it right for me?" (issue 9 §5) in Chromium at 390 px against the real server: the self-check
 * taken with the network cut and no request sent to the server (every request watched: only the
 * app's own static files, never /api); the 4-week diary kept on the phone for some days with the
 * same daily questions, and the printable summary's counts (one A4 page); then, back online, the
 * person signs in as the clinic's patient and adds the phone diary to their record with consent,
 * a day the clinic already had skipped, and the clinician sees the days as self-kept. axe (every
 * violation, any impact) in both looks; screenshots at 390/1024/1280 in both looks and both
 * languages, the print view too, into /tmp/shots/selfcheck/.
 */
import { mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, daysBefore, seedClinic } from "./support/api-session.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const SHOTS = "/tmp/shots/selfcheck";
const admin = { name: "Ada Admin", email: "ada@selfcheck.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@selfcheck.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@selfcheck.example", password: "patient-password-1" };

/** Every axe violation of WCAG 2.2 AA, whatever its impact. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function setLook(page: Page, look: "low-light" | "light"): Promise<void> {
  await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
}

/** axe clean and nothing wider than the phone, in both looks. */
async function checkBothLooks(page: Page, name: string): Promise<void> {
  for (const look of ["low-light", "light"] as const) {
    await setLook(page, look);
    expect(await axeViolations(page), `${name} (${look})`).toEqual([]);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${name} (${look}) fits the phone`).toBeLessThanOrEqual(PHONE.width);
  }
  await setLook(page, "low-light");
}

/** Screenshots at 390, 1024 and 1280 px, both looks, both languages (switched on the page: no reload, no request). */
async function shootEverywhere(page: Page, name: string): Promise<void> {
  for (const language of ["en", "es"] as const) {
    await page.locator("#self-check-language").selectOption(language);
    for (const width of [390, 1024, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const look of ["low-light", "light"] as const) {
        await setLook(page, look);
        await page.screenshot({ path: `${SHOTS}/${name}-${language}-${width}-${look}.png`, fullPage: true });
      }
    }
  }
  await page.locator("#self-check-language").selectOption("en");
  await setLook(page, "low-light");
  await page.setViewportSize(PHONE);
}

describe.skipIf(SKIP_E2E)("the public self-check: private, offline, a phone diary, its summary, carried into a record", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  let clinicId = "";
  let patientId = "";
  let today = "";
  let seeded: Awaited<ReturnType<typeof seedClinic>>;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startE2eServer("cephalog-e2e-selfcheck-");
    seeded = await seedClinic(server.url, { name: "Self-check Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Pat Selfcheck", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    patientId = created.id;
    ({ today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`));
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${patientId}/invitations`);
    await new ApiSession(server.url).call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    context.on("request", (request) => requests.push(request.url()));
    phone = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sentToServer = () => requests.filter((url) => !url.startsWith(server.url) || new URL(url).pathname.startsWith("/api/"));

  it("opens with no account and asks the server nothing", async () => {
    await phone.goto(`${server.url}/is-it-right-for-me`);
    await phone.getByRole("heading", { level: 1, name: "Is it right for me?" }).waitFor();
    await phone.getByRole("heading", { name: "Who it is usually for" }).waitFor();
    expect(await phone.getByRole("listitem").filter({ hasText: "15 or more days a month, lasting 4 hours or more, for over 3 months" }).count()).toBe(1);
    await phone.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(0);
    expect(sentToServer()).toEqual([]);
  });

  it("is taken with the network cut, and the answer always ends with a headache specialist", async () => {
    await context.setOffline(true);
    const choose = (legend: string, answer: string) => phone.getByRole("group", { name: legend }).getByRole("radio", { name: answer, exact: true }).check();
    await choose("Are you 18 or older?", "Yes");
    await choose("Has a doctor told you that you have chronic migraine?", "Yes");
    await choose("In a usual month, on how many days do you have a headache?", "15 days or more");
    await choose("On most headache days, does the headache last 4 hours or more?", "Yes");
    await choose("How long has it been like this?", "More than 3 months");
    await choose("How many medicines taken every day to prevent headaches have you tried?", "Two or more");
    await choose("On how many days a month do you take painkillers or triptans for a headache?", "10 days or more");
    await phone.getByRole("button", { name: "See what my answers mean" }).click();
    const result = phone.getByTestId("self-check-result");
    await result.waitFor();
    expect(await result.getAttribute("data-outcome")).toBe("worth-asking");
    const text = await result.textContent();
    expect(text).toContain("It could be worth asking a headache specialist");
    expect(text).toContain("medication-overuse headache");
    expect(text).toContain("This is not a diagnosis");
    // The last word is always the specialist.
    expect(await result.locator("p").last().getAttribute("data-testid")).toBe("talk-to-specialist");
    expect(await phone.evaluate<string | undefined>("document.activeElement?.textContent")).toBe("What your answers suggest");

    await choose("In a usual month, on how many days do you have a headache?", "8 to 14 days");
    await phone.getByRole("button", { name: "See what my answers mean" }).click();
    await phone.locator('[data-outcome="may-not-fit"]').waitFor();
    expect(await phone.getByTestId("talk-to-specialist").textContent()).toContain("Talk to a headache specialist.");
    await checkBothLooks(phone, "self-check");
    await shootEverywhere(phone, "01-self-check");
    expect(sentToServer()).toEqual([]);
  });

  it("keeps a diary on the phone with the same daily questions, still offline", async () => {
    await phone.getByRole("link", { name: "Open my phone diary" }).click();
    await phone.getByRole("heading", { level: 1, name: "My 4-week headache diary" }).waitFor();
    // An empty diary opens on today's question; "No headache" saves in one tap.
    await phone.getByRole("heading", { name: "Did you have a headache today?" }).waitFor();
    await checkBothLooks(phone, "phone-diary-question");
    await phone.screenshot({ path: `${SHOTS}/02-phone-diary-question-en-390-low-light.png`, fullPage: true });
    await phone.getByRole("button", { name: /^No headache/ }).click();
    await phone.getByTestId("phone-diary-saved").waitFor();
    expect(await phone.getByTestId("phone-diary-recorded").textContent()).toBe("1 of 28 days filled in");

    const fillIn = async (date: string) => {
      await phone.locator(`li[data-date="${date}"]`).getByRole("button").click();
      await phone.getByRole("heading", { name: /^Did you have a headache on / }).waitFor();
    };
    // Yesterday: headache all day, severe, a triptan.
    await fillIn(daysBefore(today, 1));
    await phone.getByRole("button", { name: /^Headache all day/ }).click();
    await phone.getByRole("button", { name: /^Severe/ }).click();
    await phone.getByRole("button", { name: /^Triptan/ }).click();
    await phone.getByRole("button", { name: "Save", exact: true }).click();
    await phone.getByTestId("phone-diary-saved").waitFor();
    // Two days ago: 4 to 8 hours, moderate, a painkiller.
    await fillIn(daysBefore(today, 2));
    await phone.getByRole("button", { name: /^Headache\b(?! all day)/ }).first().click();
    await phone.getByRole("button", { name: /^4 to 8 hours/ }).click();
    await phone.getByRole("button", { name: /^Moderate/ }).click();
    await phone.getByRole("button", { name: /^Painkiller/ }).click();
    await phone.getByRole("button", { name: "Save", exact: true }).click();
    await phone.getByTestId("phone-diary-saved").waitFor();
    // Three days ago: under 2 hours, mild, no medicine.
    await fillIn(daysBefore(today, 3));
    await phone.getByRole("button", { name: /^Headache\b(?! all day)/ }).first().click();
    await phone.getByRole("button", { name: /^Under 2 hours/ }).click();
    await phone.getByRole("button", { name: /^Mild/ }).click();
    await phone.getByRole("button", { name: "Save: no medicine" }).click();
    await phone.getByTestId("phone-diary-saved").waitFor();

    expect(await phone.getByTestId("phone-diary-recorded").textContent()).toBe("4 of 28 days filled in");
    expect(await phone.locator(`li[data-date="${daysBefore(today, 1)}"]`).getAttribute("data-state")).toBe("headache");
    expect(await phone.locator(`li[data-date="${today}"]`).getAttribute("data-state")).toBe("free");
    await checkBothLooks(phone, "phone-diary");
    await shootEverywhere(phone, "03-phone-diary");
    expect(sentToServer()).toEqual([]);
  });

  it("prints a one-page summary with the counts the specialist asks for, counted as the clinic counts", async () => {
    await phone.getByRole("link", { name: "See the one-page summary" }).click();
    await phone.getByRole("heading", { level: 1, name: "Headache diary summary" }).waitFor();
    const count = async (name: string) => phone.locator(`tr[data-count="${name}"] td`).textContent();
    expect(await count("daysRecorded")).toBe("4");
    expect(await count("anyHeadacheDays")).toBe("3");
    expect(await count("headacheDays")).toBe("2");
    expect(await count("migraineDays")).toBe("0");
    expect(await count("moderateSevereDays")).toBe("2");
    expect(await count("acuteMedicationDays")).toBe("2");
    expect(await count("triptanDays")).toBe("1");
    expect(await count("simpleAnalgesicDays")).toBe("1");
    expect(await count("opioidDays")).toBe("0");
    expect(await phone.locator(`li[data-date="${daysBefore(today, 1)}"] .self-check__grid-mark`).textContent()).toBe("H+");
    expect(await phone.locator(`li[data-date="${daysBefore(today, 3)}"] .self-check__grid-mark`).textContent()).toBe("h");
    await checkBothLooks(phone, "summary");
    await shootEverywhere(phone, "04-summary");
    await phone.emulateMedia({ media: "print" });
    await phone.screenshot({ path: `${SHOTS}/05-summary-print-en-390.png`, fullPage: true });
    expect(await phone.locator(".page-header").isVisible()).toBe(false);
    expect(await phone.getByRole("button", { name: "Print or save as PDF" }).isVisible()).toBe(false);
    // The browser's print to PDF (print media, as when printing): one A4 page.
    const printed = await phone.pdf({ format: "A4", path: `${SHOTS}/summary.pdf` });
    const pdf = printed.toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    await phone.emulateMedia({ media: "screen" });
    expect(sentToServer()).toEqual([]);
  });

  it("adds the phone diary to the record after signing in, with consent, never over a day the clinic has", async () => {
    // The clinic already has two days ago (from the clinic's diary): it must stay as it is.
    const clinicDay = daysBefore(today, 2);
    await seeded.clinician.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/diary`, { id: uuidv7(), date: clinicDay, recordedAt: new Date().toISOString(), headache: false });
    await context.setOffline(false);
    await phone.goto(`${server.url}/`);
    await phone.getByRole("heading", { level: 1, name: "Sign in to Cephalog" }).waitFor();
    await phone.getByTestId("self-check-link").getByRole("link", { name: /Is it right for me/ }).waitFor();
    await phone.getByLabel("Email").fill(patientLogin.email);
    await phone.getByLabel("Password", { exact: true }).fill(patientLogin.password);
    await phone.getByRole("button", { name: "Sign in" }).click();
    await phone.waitForURL(/\/today$/);
    await phone.goto(`${server.url}/my-self-kept-diary`);
    await phone.getByRole("heading", { level: 1, name: "Add my self-kept diary to my record" }).waitFor();
    expect(await phone.getByTestId("carry-days").textContent()).toMatch(/^4 days kept on this phone/);
    const add = phone.getByRole("button", { name: "Add my self-kept diary to my record" });
    expect(await add.isDisabled()).toBe(true);
    await checkBothLooks(phone, "carry-over");
    await phone.screenshot({ path: `${SHOTS}/06-carry-over-en-390-low-light.png`, fullPage: true });
    await phone.getByRole("checkbox", { name: "I agree to add these days to my clinic record." }).check();
    await add.click();
    await phone.getByTestId("carry-result").waitFor();
    expect(await phone.getByTestId("carry-result").textContent()).toContain("Added 3 days to your record.");
    expect(await phone.getByTestId("carry-skipped").textContent()).toContain("Left unchanged, because your clinic diary already has them");
    await checkBothLooks(phone, "carry-over-done");
    await phone.screenshot({ path: `${SHOTS}/07-carry-over-done-en-390-low-light.png`, fullPage: true });

    const detail = await seeded.clinician.call<{ diary: { date: string; source: string; enteredBy: string; headache: boolean }[] }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`);
    const byDate = new Map(detail.diary.map((day) => [day.date, day]));
    for (const back of [0, 1, 3]) expect(byDate.get(daysBefore(today, back))).toMatchObject({ source: "self-kept", enteredBy: "patient" });
    expect(byDate.get(clinicDay)).toMatchObject({ source: "app", enteredBy: "staff", headache: false });

    // The clinician's diary table says so.
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: TIME_ZONE, locale: "en-GB" });
    const cookie = seeded.clinician.cookie.split("=");
    await staff.addCookies([{ name: cookie[0] ?? "", value: cookie.slice(1).join("="), url: server.url }]);
    const desk = await staff.newPage();
    await desk.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    await desk.getByText("Patient (self-kept before joining)").first().waitFor();
    expect(await desk.getByText("Patient (self-kept before joining)").count()).toBe(3);
    await desk.screenshot({ path: `${SHOTS}/08-clinician-diary-1280.png`, fullPage: true });
    await staff.close();
  });
});
