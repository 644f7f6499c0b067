/**
 * The daily check-in (issue 9 §1) in Chromium at 390 px against the real server: "No headache"
 * in one tap from opening; a common headache day in four taps after opening (Headache, a band,
 * how bad, "Same as usual" from the patient's own list, set on the Account page); "Same as
 * yesterday" in one tap; a missed day filled in afterwards, marked late, with the strip showing
 * what is missing and a day too far back refused; the clinician seeing the band as chosen and
 * when the day was made; Spanish. Each screen's main action in view without scrolling, axe on
 * every screen, screenshots at 390, 1024 and 1280 px in both looks and both languages.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, daysBefore, seedClinic } from "./support/api-session.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@checkin.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@checkin.example", password: "clinician-password-1" };
const SHOTS = "/tmp/shots/checkin";
const WIDTHS = [390, 1024, 1280] as const;

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

interface Phone {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly api: ApiSession;
  readonly patientId: string;
  readonly today: string;
  /** Taps (clicks) made since opening the app. */
  taps: number;
}

describe.skipIf(SKIP_E2E)("the daily check-in on the phone", () => {
  let server: E2eServer;
  let browser: Browser;
  let clinicId = "";
  let seeded: Awaited<ReturnType<typeof seedClinic>>;
  let count = 0;

  async function newPhone(name: string, options: { language?: "en" | "es"; seed?: (api: ApiSession, patientId: string, today: string) => Promise<void> } = {}): Promise<Phone> {
    count += 1;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name, birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const { today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${created.id}`);
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${created.id}/invitations`);
    const api = new ApiSession(server.url);
    await api.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { email: `p${count}@checkin.example`, password: "patient-password-1" });
    await options.seed?.(api, created.id, today);
    const language = options.language ?? "en";
    const context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: language === "es" ? "es-ES" : "en-GB", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: api.sessionToken, url: server.url }]);
    const page = await context.newPage();
    return { page, context, api, patientId: created.id, today, taps: 0 };
  }

  /** One tap, counted. */
  async function tap(phone: Phone, name: string | RegExp): Promise<void> {
    phone.taps += 1;
    await phone.page.getByRole("button", { name, exact: typeof name === "string" }).click();
  }

  /** The element's bottom is on the first screen (390 x 844): reached without scrolling. */
  async function inFirstScreen(page: Page, locator: ReturnType<Page["getByRole"]>): Promise<void> {
    const box = await locator.boundingBox();
    expect(box, "on screen").not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), "within 844 px without scrolling").toBeLessThanOrEqual(PHONE.height);
  }

  /** Screenshots at each width in both looks, with axe and the width checked; back to the phone after. */
  async function shoot(page: Page, name: string, widths: readonly number[] = WIDTHS): Promise<void> {
    for (const width of widths) {
      await page.setViewportSize({ width, height: PHONE.height });
      for (const look of ["low-light", "light"] as const) {
        await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
        // The window grows to the page's height, so the navigation fixed at the bottom sits under the content as on the device.
        const height = await page.evaluate<number>("document.documentElement.scrollHeight");
        await page.setViewportSize({ width, height: Math.max(PHONE.height, height) });
        await page.screenshot({ path: `${SHOTS}/${name}-${width}-${look}.png` });
        await page.setViewportSize({ width, height: PHONE.height });
        await expectAccessible(page);
        expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${name} at ${width} (${look}) is not wider than the window`).toBeLessThanOrEqual(width);
      }
    }
    await page.evaluate(`document.documentElement.removeAttribute("data-patient-look")`);
    await page.setViewportSize(PHONE);
  }

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-checkin-");
    seeded = await seedClinic(server.url, { name: "Check-in Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves "No headache" in one tap from opening the app', async () => {
    const phone = await newPhone("Nia Notoday");
    await phone.page.goto(`${server.url}/today`);
    const question = phone.page.getByRole("heading", { name: "Any headache today?" });
    await question.waitFor();
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: /^No headache/ }));
    await shoot(phone.page, "today-question-en");
    await tap(phone, /^No headache/);
    await phone.page.getByRole("heading", { name: "You recorded no headache" }).waitFor();
    await phone.page.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    expect(phone.taps).toBe(1);
    const diary = await phone.api.call<{ days: { date: string; headache: boolean; late: boolean }[] }>("GET", "/api/me/diary");
    expect(diary.days.map((d) => [d.date, d.headache, d.late])).toEqual([[phone.today, false, false]]);
    await shoot(phone.page, "today-saved-en");

    // The strip shows the week's missing days; one is filled in afterwards, marked late.
    expect(squash(await phone.page.getByTestId("missing-days").textContent())).toBe("7 days of the last 7 have no entry. Tap a day marked ? to fill it in.");
    const threeDaysAgo = daysBefore(phone.today, 3);
    phone.taps = 0;
    await phone.page.locator(`button[data-date="${threeDaysAgo}"]`).click();
    await phone.page.getByRole("heading", { name: "Any headache on that day?" }).waitFor();
    await phone.page.getByTestId("late-note").getByText("Filling in a missed day: it is kept as entered late, with today's date and time.").waitFor();
    await shoot(phone.page, "late-fill-in-en", [390]);
    await tap(phone, /^No headache/);
    await phone.page.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    expect(squash(await phone.page.getByTestId("missing-days").textContent())).toBe("6 days of the last 7 have no entry. Tap a day marked ? to fill it in.");
    const after = await phone.api.call<{ days: { date: string; late: boolean }[] }>("GET", "/api/me/diary");
    expect(after.days.find((d) => d.date === threeDaysAgo)?.late).toBe(true);

    // Eight days back is past the clinic's 7: the phone says so and offers no question.
    await phone.page.goto(`${server.url}/diary/${daysBefore(phone.today, 8)}`);
    await phone.page.getByTestId("too-old").getByText("This day is too far back to fill in here").waitFor();
    expect(await phone.page.getByRole("button", { name: /^No headache/ }).count()).toBe(0);

    // The clinic's administrator sets the window (Staff and settings page).
    const adminPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: TIME_ZONE })).newPage();
    await adminPage.context().addCookies([{ name: SESSION_COOKIE, value: seeded.admin.sessionToken, url: server.url }]);
    await adminPage.goto(`${server.url}/clinic/${clinicId}/staff`);
    const settings = adminPage.getByTestId("diary-settings");
    await settings.getByLabel("Days back a patient may fill in a missed day").fill("10");
    await settings.getByRole("button", { name: "Save diary settings" }).click();
    await settings.getByTestId("diary-settings-saved").getByText("Saved: patients may fill in a missed day up to 10 days back.").waitFor();
    await settings.screenshot({ path: `${SHOTS}/admin-diary-settings-1280.png` });
    await expectAccessible(adminPage);
    await adminPage.context().close();
    expect((await phone.api.call<{ lateEntryDays: number }>("GET", "/api/me/diary")).lateEntryDays).toBe(10);

    // The clinician sees the day made late, and when it was made.
    const staffView = await seeded.clinician.call<{ diary: { date: string; late: boolean; recordedAt: string }[] }>("GET", `/api/clinics/${clinicId}/patients/${phone.patientId}`);
    expect(staffView.diary.find((d) => d.date === threeDaysAgo)).toMatchObject({ late: true });
    await phone.context.close();
  }, 300_000);

  it("records a common headache day in four taps after opening: Headache, a band, how bad, Same as usual", async () => {
    const phone = await newPhone("Hal Headache");
    // The patient's own medicines, set once on the Account page.
    await phone.page.goto(`${server.url}/account`);
    const card = phone.page.getByRole("region", { name: "Your usual medicines" });
    await card.waitFor();
    await card.getByLabel("Find a medicine").fill("suma");
    await card.getByRole("button", { name: /^Add Sumatriptan/ }).click();
    await card.getByLabel("Find a medicine").fill("ibu");
    await card.getByRole("button", { name: /^Add Ibuprofen/ }).click();
    await card.getByLabel("Medicine name").fill("Migraleve Pink");
    await card.getByLabel("Kind of medicine").selectOption("combination-analgesic");
    await card.getByRole("button", { name: "Add this medicine" }).click();
    await card.getByRole("button", { name: "Save my medicines" }).click();
    await card.getByTestId("my-medicines-saved").waitFor();
    expect(await phone.api.call("GET", "/api/me/medicines")).toEqual({
      patientId: phone.patientId,
      medicines: [
        { name: "Sumatriptan", class: "triptan" },
        { name: "Ibuprofen", class: "simple-analgesic" },
        { name: "Migraleve Pink", class: "combination-analgesic" },
      ],
    });
    await shoot(phone.page, "account-medicines-en");

    await phone.page.goto(`${server.url}/today`);
    await phone.page.getByRole("heading", { name: "Any headache today?" }).waitFor();
    phone.taps = 0;
    await tap(phone, /^Headache(?! all day)/);
    await phone.page.getByRole("heading", { name: "How long did it last?" }).waitFor();
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: "All day" }));
    await shoot(phone.page, "duration-en");
    await tap(phone, "4 to 8 hours");
    await phone.page.getByRole("heading", { name: "How bad was it at its worst?" }).waitFor();
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: /^Severe/ }));
    await shoot(phone.page, "severity-en", [390]);
    await tap(phone, /^Moderate/);
    await phone.page.getByRole("heading", { name: "Did you take any medicine for it?" }).waitFor();
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: /^Same as usual/ }));
    // The long step's Save stays in view above the navigation (sticky).
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: /^Save/ }));
    await phone.page.getByText("Other kinds of medicine").click();
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: /^Save/ }));
    await phone.page.getByText("Other kinds of medicine").click();
    await shoot(phone.page, "medicines-en");
    await tap(phone, /^Same as usual/);
    await phone.page.getByRole("heading", { name: "You recorded a headache" }).waitFor();
    expect(phone.taps).toBeLessThanOrEqual(4);
    expect(await phone.page.getByTestId("saved-day-summary").textContent()).toBe("Moderate headache, 4 to 8 hours. Took Sumatriptan, Ibuprofen and Migraleve Pink.");
    await phone.page.getByTestId("day-state").getByText("Sent", { exact: true }).waitFor();
    await shoot(phone.page, "headache-saved-en");

    // Optional detail afterwards: a note and a feature, as a new revision.
    await phone.page.getByRole("button", { name: "Add details (optional)" }).click();
    await phone.page.getByRole("heading", { name: "More about this headache" }).waitFor();
    await inFirstScreen(phone.page, phone.page.getByRole("button", { name: "Save details" }));
    await phone.page.getByRole("button", { name: /^Throbbing/ }).click();
    await phone.page.getByLabel("A note for your clinic").fill("Started at work");
    await shoot(phone.page, "details-en");
    await phone.page.getByRole("button", { name: "Save details" }).click();
    await phone.page.getByTestId("saved-day-summary").getByText("Moderate headache, 4 to 8 hours. Throbbing. Took Sumatriptan, Ibuprofen and Migraleve Pink. Note: Started at work").waitFor();

    // The clinician sees the band in the patient's words, and when the day was made.
    const staffView = await seeded.clinician.call<{ diary: { date: string; hours: number; duration: string; note: string; revisions: number }[] }>("GET", `/api/clinics/${clinicId}/patients/${phone.patientId}`);
    expect(staffView.diary[0]).toMatchObject({ date: phone.today, hours: 4, duration: "4-8h", note: "Started at work", revisions: 2 });
    const staffPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: TIME_ZONE })).newPage();
    await staffPage.context().addCookies([{ name: SESSION_COOKIE, value: seeded.clinician.sessionToken, url: server.url }]);
    await staffPage.goto(`${server.url}/clinic/${clinicId}/patients/${phone.patientId}`);
    const row = staffPage.getByTestId("diary-table").locator("tbody tr").first();
    await row.waitFor();
    const rowText = squash(await row.textContent());
    expect(rowText).toContain("4 to 8 hours");
    expect(rowText).toMatch(/made \d/);
    await staffPage.screenshot({ path: `${SHOTS}/clinician-diary-table-1280.png`, fullPage: true });
    await staffPage.context().close();
    await phone.context.close();
  }, 300_000);

  it('saves "Same as yesterday" in one tap, and "Headache all day" skips how long', async () => {
    const phone = await newPhone("Yara Yesterday", {
      seed: async (api, patientId, today) => {
        const yesterday = daysBefore(today, 1);
        await api.call("POST", "/api/me/diary", { patientId, id: crypto.randomUUID(), date: yesterday, recordedAt: new Date().toISOString(), headache: true, hours: 8, duration: "over-8h", severity: 3, medications: [{ name: "Rizatriptan", class: "triptan", relief: true }], note: "Yesterday only" });
      },
    });
    await phone.page.goto(`${server.url}/today`);
    const same = phone.page.getByRole("button", { name: /^Same as yesterday/ });
    await same.waitFor();
    expect(squash(await same.textContent())).toBe("Same as yesterdaySevere headache, more than 8 hours. Took Rizatriptan (helped). Note: Yesterday only");
    await inFirstScreen(phone.page, same);
    await tap(phone, /^Same as yesterday/);
    await phone.page.getByRole("heading", { name: "You recorded a headache" }).waitFor();
    expect(phone.taps).toBe(1);
    expect(await phone.page.getByTestId("saved-day-summary").textContent()).toBe("Severe headache, more than 8 hours. Took Rizatriptan.");

    // Changing the day: "Headache all day" answers how long, then how bad and medicines.
    await phone.page.getByRole("button", { name: "Change this day" }).click();
    await tap(phone, /^Headache all day/);
    await phone.page.getByRole("heading", { name: "How bad was it at its worst?" }).waitFor();
    await tap(phone, /^Mild/);
    await tap(phone, /^Save/);
    await phone.page.getByTestId("saved-day-summary").getByText("Mild headache, all day. Took Rizatriptan.").waitFor();
    const diary = await phone.api.call<{ days: { date: string; hours: number; duration: string }[] }>("GET", "/api/me/diary");
    await expect.poll(async () => (await phone.api.call<{ days: { date: string; duration: string }[] }>("GET", "/api/me/diary")).days.find((d) => d.date === phone.today)?.duration).toBe("all-day");
    expect(diary.days.length).toBeGreaterThan(0);
    await phone.context.close();
  }, 300_000);

  it("asks in Spanish, with dates the Spanish way, and saves the same answers", async () => {
    const phone = await newPhone("Sara Sánchez", {
      language: "es",
      seed: async (api) => {
        await api.call("PUT", "/api/me/medicines", { patientId: (await api.call<{ patient: { patientId: string } }>("GET", "/api/me")).patient.patientId, medicines: [{ name: "Ibuprofeno", class: "simple-analgesic" }] });
      },
    });
    await phone.page.goto(`${server.url}/today`);
    await phone.page.getByRole("heading", { name: "¿Ha tenido dolor de cabeza hoy?" }).waitFor();
    expect(await phone.page.evaluate("document.documentElement.lang")).toBe("es");
    await shoot(phone.page, "today-question-es");
    await tap(phone, /^Con dolor de cabeza/);
    await phone.page.getByRole("heading", { name: "¿Cuánto duró?" }).waitFor();
    await shoot(phone.page, "duration-es", [390]);
    await tap(phone, "De 2 a 4 horas");
    await tap(phone, /^Fuerte/);
    await phone.page.getByRole("heading", { name: "¿Tomó algún medicamento para el dolor?" }).waitFor();
    await shoot(phone.page, "medicines-es");
    await tap(phone, /^Lo de siempre/);
    await phone.page.getByRole("heading", { name: "Anotó dolor de cabeza" }).waitFor();
    expect(phone.taps).toBe(4);
    expect(await phone.page.getByTestId("saved-day-summary").textContent()).toBe("Dolor fuerte, de 2 a 4 horas. Tomó Ibuprofeno.");
    await phone.page.getByText(/^Guardado el \d/).waitFor();
    await shoot(phone.page, "headache-saved-es");
    await phone.page.goto(`${server.url}/account`);
    await phone.page.getByRole("region", { name: "Sus medicamentos de siempre" }).waitFor();
    await shoot(phone.page, "account-medicines-es", [390]);
    await phone.context.close();
  }, 300_000);
});
