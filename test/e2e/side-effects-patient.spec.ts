/**
 * Side effects on the patient's phone (issue 8), in Chromium at 390 px against the real server: a
 * day-7 check-in answered "No" in one tap; trouble swallowing reported with the network cut, the
 * emergency screen at once (the clinic's 999 as a call link, what to tell them), kept across a
 * reload until closed, and "sent" once back online; an amber report with the clinic's call-back
 * day and a green one with self-care advice; the patient's own list; the light look chosen on the
 * Account page, remembered and applied before the first paint. Every screen shot in both patient
 * looks, axe on each, nothing wider than the phone.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { ApiSession, SESSION_COOKIE, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@effects.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@effects.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@effects.example", password: "patient-password-1" };
const shots = numberedScreenshots(200);

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
const LONG_DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const longDate = (date: string) => LONG_DATE.format(new Date(`${date}T00:00:00Z`)).replace(",", "");

/**
 * A screenshot of the whole screen as a phone as tall as the page would show it: the window grows
 * to the page's height for the shot, so the navigation fixed at the bottom sits under the content
 * as on the phone, rather than across it at the first screen's edge.
 */
async function shoot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate<number>("document.documentElement.scrollHeight");
  await page.setViewportSize({ width: PHONE.width, height: Math.max(PHONE.height, height) });
  await shots.page(page, name);
  await page.setViewportSize(PHONE);
}

/** Shoots the screen in the low-light look and in the light one, with axe and the width checked in each. */
async function inBothLooks(page: Page, name: string): Promise<void> {
  for (const look of ["low-light", "light"] as const) {
    await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
    await shoot(page, `${name}-${look}-390`);
    await expectAccessible(page);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${name} (${look}) fits the phone`).toBeLessThanOrEqual(PHONE.width);
  }
  await page.evaluate(`document.documentElement.removeAttribute("data-patient-look")`);
}

describe.skipIf(SKIP_E2E)("side effects on the patient's phone: check-ins, reports offline, the emergency screen, the light look", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  let clinicId = "";
  let patientId = "";
  let sessionDate = "";
  let seeded: Awaited<ReturnType<typeof seedClinic>>;

  async function report(symptoms: string[]): Promise<void> {
    await phone.getByTestId("patient-nav").getByRole("link", { name: "Report a problem" }).click();
    await phone.getByRole("heading", { level: 1, name: "Report a problem" }).waitFor();
    for (const symptom of symptoms) await phone.getByRole("checkbox", { name: symptom, exact: true }).check();
    await phone.getByRole("button", { name: "Send to my clinic" }).click();
  }

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-side-effects-");
    seeded = await seedClinic(server.url, { name: "Effects Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Pat Effects", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    patientId = created.id;
    const { today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`);
    // A session 7 days ago: today the day-7 check-in is due.
    sessionDate = daysBefore(today, 7);
    await seeded.clinician.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/record`, { patient: { id: "imported" }, diary: [], treatments: [{ date: sessionDate, injections: preemptFixedInjections() }] });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${patientId}/invitations`);
    const pat = new ApiSession(server.url);
    await pat.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: pat.sessionToken, url: server.url }]);
    phone = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("asks the day-7 check-in on Today, with the patient's navigation on the screen", async () => {
    await phone.goto(`${server.url}/today`);
    const checkIn = phone.getByTestId("check-in");
    await checkIn.waitFor();
    expect(squash(await checkIn.textContent())).toContain(`Any problems since your injections?Your injections on ${longDate(sessionDate)}, day 7 check-in.`);
    const nav = phone.getByRole("navigation", { name: "Your diary and care" });
    expect(await nav.getByRole("link").allTextContents()).toEqual(["Today", "My progress", "Report a problem", "Learn", "Account"]);
    expect(await nav.getByRole("link", { name: "Today" }).getAttribute("aria-current")).toBe("page");
    // The account is the navigation's, not repeated in the header.
    expect(await phone.getByRole("link", { name: "Account" }).count()).toBe(1);
    await inBothLooks(phone, "today-check-in");
  });

  it("opens the report from the check-in's 'Yes', naming the check-in it answers", async () => {
    await phone.getByRole("button", { name: "Yes, report a problem" }).click();
    await phone.getByRole("heading", { level: 1, name: "Report a problem" }).waitFor();
    await phone.getByText(`About your injections on ${longDate(sessionDate)} (day 7 check-in).`).waitFor();
    expect(new URL(phone.url()).search).toMatch(/^\?checkIn=[0-9a-f-]{36}:7$/);
    await phone.getByTestId("patient-nav").getByRole("link", { name: "Today" }).click();
    await phone.getByTestId("check-in").waitFor();
  });

  it("answers the check-in 'No' in one tap, sent to the clinic, and asks it no more", async () => {
    await phone.getByRole("button", { name: "No, no problems" }).click();
    const thanks = phone.getByTestId("check-in-thanks");
    await thanks.getByText(`Noted: no problems since your injections on ${longDate(sessionDate)}.`).waitFor();
    await thanks.getByTestId("check-in-sent").getByText(/^Sent to your clinic at \d\d:\d\d$/).waitFor();
    await inBothLooks(phone, "check-in-answered");
    await phone.reload();
    await phone.getByRole("heading", { name: "Any headache today?" }).waitFor();
    expect(await phone.getByTestId("check-in").count()).toBe(0);
  });

  it("shows the emergency screen at once when trouble swallowing is reported with the network cut", async () => {
    await phone.evaluate("navigator.serviceWorker.ready.then(() => true)");
    await phone.getByTestId("patient-nav").getByRole("link", { name: "Report a problem" }).click();
    await phone.getByRole("heading", { level: 1, name: "Report a problem" }).waitFor();
    expect(await phone.getByRole("group", { name: "Swallowing, breathing and speaking" }).getByRole("checkbox").count()).toBe(4);
    expect(await phone.getByTestId("symptom-picker").getByRole("checkbox").count()).toBe(21);
    await inBothLooks(phone, "report-form");

    await context.setOffline(true);
    await phone.getByRole("checkbox", { name: "Trouble swallowing", exact: true }).check();
    await phone.getByRole("button", { name: "Send to my clinic" }).click();
    const emergency = phone.getByRole("alertdialog", { name: "Get emergency care now" });
    await emergency.waitFor();
    expect(await phone.evaluate<string | undefined>("document.activeElement?.textContent")).toBe("Get emergency care now");
    expect(await emergency.getByRole("link", { name: "Call 999" }).getAttribute("href")).toBe("tel:999");
    expect(await emergency.getByTestId("emergency-tell").textContent()).toBe(`“I had Botox injections on ${longDate(sessionDate)}. I have trouble swallowing.”`);
    expect(await emergency.getByTestId("emergency-sent").textContent()).toBe("Your report: Saved on this phone, will send when you are online.");
    expect(await emergency.getByTestId("emergency-number-fallback").count()).toBe(0);
    await inBothLooks(phone, "emergency-offline");
  });

  it("keeps the emergency screen through a reload until the person closes it, and says the report was sent once back online", async () => {
    await phone.reload();
    const emergency = phone.getByRole("alertdialog", { name: "Get emergency care now" });
    await emergency.waitFor();
    expect(await emergency.getByTestId("emergency-sent").textContent()).toBe("Your report: Saved on this phone, will send when you are online.");

    await context.setOffline(false);
    await emergency.getByTestId("emergency-sent").getByText(/^Your report: Sent to your clinic at \d\d:\d\d\.$/).waitFor();
    await emergency.getByRole("button", { name: "Close this screen" }).click();
    await phone.getByRole("heading", { level: 1, name: "Get emergency care now" }).waitFor();
    expect(await phone.getByRole("alertdialog").count()).toBe(0);
    expect(await phone.getByTestId("report-sent").textContent()).toMatch(/^Sent to your clinic at \d\d:\d\d$/);
    await inBothLooks(phone, "red-sent");

    // Closed stays closed: the phone remembers it.
    await phone.reload();
    await phone.getByTestId("report-outcome").waitFor();
    expect(await phone.getByRole("alertdialog").count()).toBe(0);

    const { reports, hold } = await seeded.clinician.call<{ reports: { level: string; symptoms: string[]; source: string }[]; hold: { held: boolean } }>("GET", `/api/clinics/${clinicId}/patients/${patientId}/side-effects`);
    expect(reports.map((r) => [r.level, r.symptoms, r.source])).toEqual([["red", ["difficulty-swallowing"], "patient"]]);
    expect(hold.held).toBe(true);
  });

  it("tells an amber report when the clinic will call", async () => {
    await report(["Drooping eyelid"]);
    await phone.getByRole("heading", { level: 1, name: "Your clinic will call you" }).waitFor();
    await phone.getByTestId("report-sent").getByText(/^Sent to your clinic at \d\d:\d\d$/).waitFor();
    expect(await phone.getByTestId("call-back").textContent()).toMatch(/^Your clinic will call you by the end of \w+day \d{1,2} \w+\.$/);
    await inBothLooks(phone, "amber");
  });

  it("gives a green report self-care advice", async () => {
    await report(["Bruising", "Neck pain"]);
    await phone.getByRole("heading", { level: 1, name: "Looking after yourself" }).waitFor();
    await phone.getByTestId("report-sent").getByText(/^Sent to your clinic at \d\d:\d\d$/).waitFor();
    // In the list's order (muscles and neck before where you were injected), whatever the order of the taps.
    expect(await phone.getByTestId("self-care").getByRole("listitem").allTextContents()).toEqual([
      "Neck pain is the most common effect of these injections and usually settles within days.",
      "Bruising where you were injected is harmless and fades within days.",
    ]);
    await inBothLooks(phone, "green");
  });

  it("lists the patient's own reports and where each stands, in plain words", async () => {
    await phone.getByRole("link", { name: "Your reports" }).click();
    await phone.getByRole("heading", { level: 1, name: "Your reports" }).waitFor();
    const list = phone.getByTestId("my-reports");
    await expect.poll(async () => list.getByTestId("my-report").count()).toBe(3);
    expect((await list.getByRole("heading").allTextContents()).map(squash)).toEqual(["Neck pain and bruising", "A drooping eyelid", "Trouble swallowing"]);
    expect(squash(await list.getByTestId("my-report").last().textContent())).toMatch(/Emergency care advised.*Sent to your clinic/);
    await inBothLooks(phone, "my-reports");
  });

  it("lets the patient choose the light look on the Account page, remembered and applied before the first paint", async () => {
    await phone.getByTestId("patient-nav").getByRole("link", { name: "Account" }).click();
    await phone.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await shoot(phone, "account-low-light-390");
    await expectAccessible(phone);
    await phone.getByRole("radio", { name: "Light", exact: true }).check();
    expect(await phone.evaluate<string | null>(`document.documentElement.getAttribute("data-patient-look")`)).toBe("light");
    expect(await phone.evaluate<string>(`getComputedStyle(document.body).backgroundColor`)).toBe("rgb(243, 237, 228)");

    // Record when the attribute first appears: before <body> exists means before the first paint.
    await phone.addInitScript(`new MutationObserver((_, observer) => {
      if (document.documentElement?.getAttribute("data-patient-look") === "light") { window.__lookBeforeBody = document.body === null; observer.disconnect(); }
    }).observe(document, { attributes: true, childList: true, subtree: true });`);
    await phone.reload();
    await phone.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    expect(await phone.evaluate<boolean | undefined>("window.__lookBeforeBody")).toBe(true);
    expect(await phone.getByRole("radio", { name: "Light", exact: true }).isChecked()).toBe(true);
    await shoot(phone, "account-light-390");
    await expectAccessible(phone);

    await phone.getByRole("radio", { name: /^Low light/ }).check();
    expect(await phone.evaluate<string | null>(`document.documentElement.getAttribute("data-patient-look")`)).toBeNull();
  });
});
