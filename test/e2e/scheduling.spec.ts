/**
 * Scheduling in real Chromium against the real server (pathway-rules §7): the administrator sets
 * an injector's working hours; books a visit inside the treatment window from the chart; books one
 * outside it, refused until a reason is given; is refused a slot someone else booked meanwhile;
 * moves a visit (choosing the time by keyboard) and cancels one, each with a reason. The schedule
 * shows the day's agenda and the overdue and due lists; the injector creates a calendar feed
 * (valid iCalendar, 404 once revoked); the patient sees the next visit in their app. Every step is
 * shot at 1280 and 1024 px (the main pages at 390 px too) and checked by axe (no violations).
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { ApiSession, SESSION_COOKIE, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { DESKTOP, PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@schedule.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@schedule.example", password: "clinician-password-1" };
const injector = { name: "Nurse Nia Needle", email: "nia@schedule.example", password: "injector-password-1" };
const patientLogin = { email: "robin@patient.example", password: "patient-password-1" };

/** Screenshots of this file, numbered from 110 (stock and staff, from 70, run into the 90s). */
const shots = numberedScreenshots(110);

const TABLET = { width: 1024, height: 900 } as const;
const WIDTHS = [
  { label: "1280", viewport: DESKTOP },
  { label: "1024", viewport: TABLET },
] as const;

const daysAfter = (date: string, days: number) => daysBefore(date, -days);
const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
const allNo = Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, "no"]));

/** Every axe violation of the WCAG 2.2 AA rules, whatever its impact. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Shoots the page at 1280 and 1024 px (and 390 when asked), checks axe finds nothing and nothing is wider than the window. */
async function atEachWidth(page: Page, name: string, phone = false): Promise<void> {
  const widths = phone ? [...WIDTHS, { label: "390", viewport: PHONE }] : WIDTHS;
  for (const { label, viewport } of widths) {
    await page.setViewportSize(viewport);
    await shots.page(page, `${name}-${label}`);
    expect(await axeViolations(page), `axe at ${label} px`).toEqual([]);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `page width at ${label} px`).toBeLessThanOrEqual(viewport.width);
  }
  await page.setViewportSize(DESKTOP);
}

describe.skipIf(SKIP_E2E)("scheduling: hours, visits inside and outside the window, no double booking, moves, cancellations, feeds", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let nursePage: Page;
  let clinicId = "";
  let today = "";
  let seeded: Awaited<ReturnType<typeof seedClinic>>;
  let nurse: ApiSession;
  let nurseId = "";
  const patients: Record<string, string> = {};

  /** A signed session on `date` through the API, as the injector signs one. */
  async function signedSession(patientId: string, date: string, lotId: string): Promise<void> {
    const base = `/api/clinics/${clinicId}/patients/${patientId}/sessions/drafts`;
    const draft = await nurse.call<{ id: string; content: Record<string, unknown> }>("POST", base, { date });
    const content = {
      ...draft.content,
      vials: [{ lotId, lotNumber: "as printed", productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: "2099-01-01", vials: 1, diluentMl: 4 }],
      reconstitutedAt: `${date}T09:30:00.000Z`,
      givenAt: `${date}T10:00:00.000Z`,
      checklist: allNo,
      educationGiven: true,
      needle: "30 G, 13 mm",
    };
    await nurse.call("PUT", `${base}/${draft.id}`, { version: 1, content });
    await nurse.call("POST", `${base}/${draft.id}/sign`, { version: 2 });
  }

  async function patientWithSession(name: string, daysAgo: number, lotId: string): Promise<string> {
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name, birthDate: "1982-06-01", timeZone: TIME_ZONE });
    await signedSession(created.id, daysBefore(today, daysAgo), lotId);
    patients[name] = created.id;
    return created.id;
  }

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-schedule-");
    seeded = await seedClinic(server.url, { name: "Schedule Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    const invitation = await seeded.admin.call<{ url: string }>("POST", `/api/clinics/${clinicId}/staff`, { name: injector.name, email: injector.email, roles: ["injector"] });
    nurse = new ApiSession(server.url);
    const me = await nurse.call<{ user: { id: string } }>("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { password: injector.password });
    nurseId = me.user.id;
    const stock = await seeded.admin.call<{ today: string; lots: { id: string }[] }>("POST", `/api/clinics/${clinicId}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "C9001", expiry: "2099-06-30", vialsReceived: 20 });
    today = stock.today;
    const lotId = stock.lots[0]?.id ?? "";
    // Window after S = today-80: earliest today-3, due today+4, late today+11. After S = today-50: earliest today+27.
    await patientWithSession("Robin Window", 80, lotId);
    await patientWithSession("Sam Soon", 50, lotId);
    await patientWithSession("Tess Twin", 80, lotId);
    await patientWithSession("Uma Other", 80, lotId);
    // Overdue: the late date (S+91) passed with nothing booked.
    await patientWithSession("Olly Overdue", 100, lotId);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: seeded.admin.sessionToken, url: server.url }]);
    page = await context.newPage();
    const nurseContext = await browser.newContext({ viewport: DESKTOP, timezoneId: TIME_ZONE, locale: "en-GB" });
    await nurseContext.addCookies([{ name: SESSION_COOKIE, value: nurse.sessionToken, url: server.url }]);
    nursePage = await nurseContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const chart = async (name: string) => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patients[name]}`);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    await page.getByTestId("booking-card").waitFor();
  };
  const form = () => page.getByTestId("booking-form");
  const submitButton = () => form().getByRole("button", { name: /^(Book|Move to) / });

  it("sets the injector's working hours on the schedule page: every day 09:00-12:00, and a day off", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/schedule`);
    await page.getByRole("heading", { level: 1, name: "Schedule" }).waitFor();
    const hours = page.getByTestId("hours-form");
    await hours.waitFor();
    expect(await page.getByTestId("weekly-row").count()).toBe(0);
    for (let day = 1; day <= 7; day += 1) {
      await hours.getByRole("button", { name: "Add hours" }).click();
      const row = page.getByTestId("weekly-row").nth(day - 1);
      await row.getByLabel("Day", { exact: true }).selectOption(String(day));
      await row.getByLabel("From", { exact: true }).fill("09:00");
      await row.getByLabel("To", { exact: true }).fill("12:00");
    }
    // An overlapping range is refused beside its field.
    await hours.getByRole("button", { name: "Add hours" }).click();
    const extra = page.getByTestId("weekly-row").nth(7);
    await extra.getByLabel("Day", { exact: true }).selectOption("1");
    await extra.getByLabel("From", { exact: true }).fill("11:00");
    await extra.getByLabel("To", { exact: true }).fill("13:00");
    await hours.getByRole("button", { name: /^Save / }).click();
    await expect.poll(() => extra.getByLabel("From", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(squash(await extra.innerText())).toContain("Overlaps another range of the same day.");
    await shots.page(page, "hours-overlap-refused-1280");
    await extra.getByRole("button", { name: /^Remove/ }).click();
    // A day off in three weeks.
    await hours.getByRole("button", { name: "Add a date" }).click();
    await page.getByTestId("exception-row").first().getByLabel("Date", { exact: true }).fill(daysAfter(today, 21));
    await page.getByTestId("exception-row").first().getByLabel("Note", { exact: true }).fill("Training day");
    await hours.getByRole("button", { name: /^Save / }).click();
    await page.getByTestId("hours-saved").waitFor();
    await page.getByTestId("agenda-injector").getByText("09:00–12:00").waitFor();
    await atEachWidth(page, "schedule-hours-saved", true);
  });

  it("books a visit inside the treatment window from the chart", async () => {
    await chart("Robin Window");
    expect(squash(await page.getByTestId("next-booking").innerText())).toBe("Next visit Not booked.");
    expect(squash(await page.getByTestId("treatment-window").innerText())).toContain("Due");
    await page.getByRole("button", { name: "Book the next visit" }).click();
    await form().waitFor();
    // The form starts at the due date, inside the window.
    expect(await form().getByLabel("Date", { exact: true }).inputValue()).toBe(daysAfter(today, 4));
    expect(squash(await page.getByTestId("booking-timing").textContent())).toContain("Inside the treatment window · on the due date");
    expect(await page.getByTestId("window-reason").count()).toBe(0);
    await page.getByTestId("slot-times").getByLabel("10:00").check();
    await atEachWidth(page, "book-in-window-form");
    await submitButton().click();
    await page.getByTestId("booking-saved").waitFor();
    expect(squash(await page.getByTestId("next-booking").innerText())).toContain(`at 10:00 with ${injector.name}`);
    expect(squash(await page.getByTestId("next-booking").innerText())).toContain("Inside the treatment window");
    await atEachWidth(page, "book-in-window-booked", true);
  });

  it("books outside the window only with a reason, saying so beside the field", async () => {
    await chart("Sam Soon");
    await page.getByRole("button", { name: "Book the next visit" }).click();
    await form().getByLabel("Date", { exact: true }).fill(daysAfter(today, 7));
    await expect.poll(async () => squash(await page.getByTestId("booking-timing").textContent())).toContain("Before the earliest date: a reason is needed");
    await page.getByTestId("window-reason").waitFor();
    await page.getByTestId("slot-times").getByLabel("09:30").check();
    await submitButton().click();
    await expect.poll(() => page.getByTestId("window-reason").getAttribute("aria-invalid")).toBe("true");
    expect(squash(await form().innerText())).toContain("A reason is required: the date is before the earliest date of the treatment window");
    await atEachWidth(page, "book-outside-window-refused");
    await page.getByTestId("window-reason").fill("Away for the whole window; agreed with Dr Cal");
    await submitButton().click();
    await page.getByTestId("booking-saved").waitFor();
    expect(squash(await page.getByTestId("next-booking").innerText())).toContain("Before the earliest date · reason: Away for the whole window; agreed with Dr Cal");
    await atEachWidth(page, "book-outside-window-booked");
  });

  it("refuses a slot someone else booked meanwhile, and offers the free times again", async () => {
    await chart("Tess Twin");
    await page.getByRole("button", { name: "Book the next visit" }).click();
    const date = await form().getByLabel("Date", { exact: true }).inputValue();
    await page.getByTestId("slot-times").getByLabel("11:00").check();
    // A colleague books another patient in that very slot first.
    await seeded.clinician.call("POST", `/api/clinics/${clinicId}/patients/${patients["Uma Other"]}/visits`, { injectorUserId: nurseId, date, time: "11:00" });
    await submitButton().click();
    await page.getByText("That time has just been booked for another patient.").waitFor();
    await expect.poll(async () => page.getByTestId("slot-times").getByLabel("11:00").count()).toBe(0);
    expect(squash(await page.getByTestId("next-booking").innerText())).toBe("Next visit Not booked.");
    await atEachWidth(page, "double-booking-refused");
    await page.getByTestId("slot-times").getByLabel("11:15").check();
    await submitButton().click();
    await page.getByTestId("booking-saved").waitFor();
  });

  it("moves a visit with a reason, choosing the new time by keyboard; the history keeps both", async () => {
    await chart("Robin Window");
    await page.getByRole("button", { name: "Move the visit" }).click();
    await form().getByRole("heading", { name: "Move the visit" }).waitFor();
    const slots = page.getByTestId("slot-times");
    await slots.getByLabel("09:00").focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    expect(await slots.getByLabel("09:15").isChecked()).toBe(true);
    await page.getByTestId("move-reason").fill("Patient asked for an earlier time");
    await atEachWidth(page, "move-visit-form");
    await submitButton().click();
    await page.getByTestId("booking-saved").waitFor();
    expect(squash(await page.getByTestId("next-booking").innerText())).toContain("at 09:15");
    const history = squash(await page.getByTestId("visit-history").innerText());
    expect(history).toContain("at 10:00");
    expect(history).toContain("Moved to");
    expect(history).toContain("Patient asked for an earlier time");
    await atEachWidth(page, "move-visit-moved");
  });

  it("cancels a visit with a reason: the slot is free again and the chart shows it cancelled", async () => {
    await chart("Sam Soon");
    await page.getByRole("button", { name: "Cancel the visit" }).click();
    const cancel = page.getByTestId("cancel-visit");
    await cancel.waitFor();
    await cancel.getByRole("button", { name: "Cancel the visit" }).click();
    await expect.poll(() => page.getByTestId("cancel-reason").getAttribute("aria-invalid")).toBe("true");
    await page.getByTestId("cancel-reason").fill("Patient unwell with a chest infection");
    await atEachWidth(page, "cancel-visit-form");
    await cancel.getByRole("button", { name: "Cancel the visit" }).click();
    await page.getByTestId("booking-saved").waitFor();
    expect(squash(await page.getByTestId("next-booking").innerText())).toBe("Next visit Not booked.");
    expect(squash(await page.getByTestId("visit-history").innerText())).toMatch(/^Cancelled .+ Cancelled: Patient unwell with a chest infection \(by Ada Admin, /);
    await atEachWidth(page, "cancel-visit-cancelled", true);
  });

  it("shows the day's agenda by injector, the overdue and the due lists on the schedule page", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/schedule?date=${daysAfter(today, 4)}`);
    await page.getByTestId("agenda").waitFor();
    await expect.poll(async () => squash(await page.getByTestId("agenda-summary").textContent())).toContain("3 visits booked");
    const agenda = squash(await page.getByTestId("agenda").innerText());
    expect(agenda).toMatch(/09:15 Robin Window .*11:00 Uma Other .*11:15 Tess Twin/);
    await page.getByTestId("due-list-overdue").getByRole("rowheader", { name: "Olly Overdue" }).waitFor();
    expect(await page.getByTestId("due-list-due-soon").getByRole("rowheader", { name: "Robin Window" }).count()).toBe(1);
    await page.getByRole("button", { name: "Next day" }).click();
    await expect.poll(async () => squash(await page.getByTestId("agenda-summary").textContent())).toContain("No visits");
    await page.getByRole("button", { name: "Previous day" }).click();
    await expect.poll(async () => squash(await page.getByTestId("agenda-summary").textContent())).toContain("3 visits booked");
    await atEachWidth(page, "schedule-agenda", true);
  });

  it("gives the injector a calendar feed: valid iCalendar with their visits, 404 once revoked", async () => {
    await nursePage.goto(`${server.url}/clinic/${clinicId}/schedule`);
    await nursePage.getByRole("heading", { level: 2, name: "Your calendar feed" }).waitFor();
    // Hours are for administrators and coordinators.
    expect(await nursePage.getByTestId("hours-form").count()).toBe(0);
    await nursePage.getByRole("button", { name: "Create a feed address" }).click();
    const address = nursePage.getByTestId("calendar-feed-url").getByLabel("Calendar address");
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await atEachWidth(nursePage, "calendar-feed-created", true);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const text = await feed.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text).toContain("SUMMARY:Botox injection visit: Robin Window");
    expect(text).not.toContain("Away for the whole window");
    await nursePage.getByRole("button", { name: "Revoke the address" }).click();
    await nursePage.getByText("Feed revoked.").waitFor();
    expect((await fetch(url)).status).toBe(404);
    await atEachWidth(nursePage, "calendar-feed-revoked");
  });

  it("shows the patient their next visit in plain words in their app", async () => {
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${patients["Robin Window"]}/invitations`);
    const robin = new ApiSession(server.url);
    await robin.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    const context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: robin.sessionToken, url: server.url }]);
    const phone = await context.newPage();
    await phone.goto(`${server.url}/today`);
    const note = phone.getByTestId("next-visit");
    await note.waitFor();
    expect(squash(await note.textContent())).toMatch(new RegExp(`^Your next visit: \\w+day \\d{1,2} \\w+ at 09:15 with ${injector.name} at Schedule Test Clinic`));
    await shots.page(phone, "patient-next-visit-390");
    expect(await axeViolations(phone)).toEqual([]);
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});
