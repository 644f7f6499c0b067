/**
 * Side effects in the clinic (issue 8), in real Chromium against the real server: a patient's red
 * report (trouble swallowing) raises an alert on every staff page until a clinician acknowledges
 * it; the inbox lists red first; the report shows the session it follows (and, for an eyelid
 * droop, the frontalis sites and units); the hold blocks signing the next session, said before
 * signing and when signing is tried, until a clinician clears it with a reason; an amber report's
 * call is recorded with its note. Screenshots 220-239 at 1280, 1024 and 390 px; axe on each.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { ApiSession, SESSION_COOKIE, chronicDay, daysBefore, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@side-effects.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@side-effects.example", password: "clinician-password-1" };
const injector = { name: "Nia Needle", email: "nia@side-effects.example", password: "injector-password-1" };
const WIDE = { width: 1280, height: 1000 } as const;
const TABLET = { width: 1024, height: 1366 } as const;

const shots = numberedScreenshots(220);

describe.skipIf(SKIP_E2E)("side effects in the clinic: the red alert, the inbox, the hold and the actions", () => {
  let server: E2eServer;
  let browser: Browser;
  let doctor: BrowserContext;
  let page: Page;
  let nursePage: Page;
  let clinicId = "";
  let patientId = "";
  let today = "";
  let draftId = "";
  let redId = "";
  let amberId = "";

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-side-effects-");
    const seeded = await seedClinic(server.url, { name: "Side Effect Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    clinicId = seeded.clinicId;
    const staffInvite = await seeded.admin.call<{ url: string }>("POST", `/api/clinics/${clinicId}/staff`, { name: injector.name, email: injector.email, roles: ["injector"] });
    const nurse = new ApiSession(server.url);
    await nurse.call("POST", `/api/invitations/${new URL(staffInvite.url).pathname.split("/").pop()}/accept`, { password: injector.password });

    patientId = (await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Robin Sideeffect", birthDate: "1981-09-02", timeZone: TIME_ZONE, recordNumber: "MRN-5120" })).id;
    today = (await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${patientId}`)).today;
    // Twelve weeks of chronic migraine and a session 90 days ago: the next one is due.
    await seeded.clinician.call("POST", `/api/clinics/${clinicId}/patients/${patientId}/record`, {
      patient: { id: "imported" },
      history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
      diary: Array.from({ length: 84 }, (_, back) => ({ date: daysBefore(today, back), ...chronicDay(back) })),
      preventives: [
        { name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" },
        { name: "propranolol", class: "beta-blocker", start: "2025-06-01", end: "2025-10-01", outcome: "ineffective" },
      ],
      treatments: [{ date: daysBefore(today, 90), injections: preemptFixedInjections() }],
    });

    // The patient's app sends three reports: green, then amber (an eyelid droop after the forehead sites), then red.
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${patientId}/invitations`);
    const robin = new ApiSession(server.url);
    await robin.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { email: "robin@side-effects.example", password: "patient-password-1" });
    const send = async (onsetDate: string, symptoms: string[], note: string | null) => {
      const id = uuidv7();
      await robin.call("POST", "/api/me/side-effects", { id, patientId, onsetDate, symptoms, note, recordedAt: new Date().toISOString(), checkIn: null });
      return id;
    };
    await send(daysBefore(today, 89), ["bruising"], null);
    amberId = await send(daysBefore(today, 84), ["eyelid-droop"], "My left eyelid hangs lower since this morning.");
    redId = await send(daysBefore(today, 1), ["difficulty-swallowing", "voice-change"], "Hard to swallow since yesterday; my voice is hoarse.");

    // Today's session, complete and ready to sign at the tablet.
    const lots = await seeded.admin.call<{ lots: { id: string; lotNumber: string }[] }>("POST", `/api/clinics/${clinicId}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "C8812", expiry: "2028-06-30", vialsReceived: 10 });
    const lotId = lots.lots.find((lot) => lot.lotNumber === "C8812")?.id ?? "";
    const draft = await nurse.call<{ id: string; content: Record<string, unknown> }>("POST", `/api/clinics/${clinicId}/patients/${patientId}/sessions/drafts`, {});
    draftId = draft.id;
    const now = Date.now();
    await nurse.call("PUT", `/api/clinics/${clinicId}/patients/${patientId}/sessions/drafts/${draftId}`, {
      version: 1,
      content: {
        ...draft.content,
        vials: [{ lotId, lotNumber: "C8812", productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: "2028-06-30", vials: 1, diluentMl: 4 }],
        reconstitutedAt: new Date(now - 40 * 60_000).toISOString(),
        givenAt: new Date(now - 10 * 60_000).toISOString(),
        checklist: Object.fromEntries(CHECKLIST_ITEM_IDS.map((item) => [item, "no"])),
        educationGiven: true,
        needle: "30 G, 13 mm",
      },
    });

    browser = await launchChromium();
    doctor = await browser.newContext({ viewport: WIDE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await doctor.addCookies([{ name: SESSION_COOKIE, value: seeded.clinician.sessionToken, url: server.url }]);
    page = await doctor.newPage();
    const tablet = await browser.newContext({ viewport: TABLET, timezoneId: TIME_ZONE, locale: "en-GB" });
    await tablet.addCookies([{ name: SESSION_COOKIE, value: nurse.sessionToken, url: server.url }]);
    nursePage = await tablet.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("raises the red alert on every staff page, and puts the review first on the worklist", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/worklist`);
    await page.getByRole("heading", { level: 1, name: "Worklist" }).waitFor();
    const alert = page.getByTestId("red-alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Urgent: a red side-effect report needs a clinician's review \(waiting since .+\)\. Open the side-effect inbox$/);
    await page.getByRole("row", { name: /Robin Sideeffect/ }).getByText("Red side effect: review, next session on hold").waitFor();
    await shots.page(page, "red-alert-worklist-1280");
    await expectAccessible(page);
    await page.goto(`${server.url}/clinic/${clinicId}/stock`);
    await page.getByTestId("red-alert").waitFor();
    await nursePage.goto(`${server.url}/clinic/${clinicId}/patients`);
    await nursePage.getByTestId("red-alert").waitFor();
  });

  it("lists the inbox red first, then amber, then green, with the session each follows", async () => {
    await page.getByTestId("red-alert").getByRole("link", { name: "Open the side-effect inbox" }).click();
    await page.getByRole("heading", { level: 1, name: "Side effects" }).waitFor();
    const rows = page.getByTestId("side-effect-inbox").locator("tbody tr");
    await expect.poll(async () => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toMatch(/^Red · next session on hold.*Robin Sideeffect.*Trouble swallowing \(dysphagia\), voice change or hoarseness \(dysphonia\)/);
    expect(await rows.nth(1).textContent()).toMatch(/^Amber.*Drooping eyelid \(ptosis\).*Frontalis: 4 sites, 20 U \(left 10 U, right 10 U\)/);
    expect(await rows.nth(2).textContent()).toMatch(/^Green.*Bruising/);
    await shots.page(page, "inbox-1280");
    await expectAccessible(page);
    await page.setViewportSize({ width: 1024, height: 900 });
    await shots.page(page, "inbox-1024");
    await page.setViewportSize(PHONE);
    await shots.page(page, "inbox-390");
    await expectAccessible(page);
    await page.setViewportSize(WIDE);
  });

  it("opens the red report: what was reported, the session it follows, and the hold", async () => {
    await page.getByTestId("side-effect-inbox").getByRole("link", { name: "Robin Sideeffect" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Side effect: Robin Sideeffect" }).waitFor();
    expect(page.url()).toContain(redId);
    await page.getByTestId("hold-notice").getByText("The patient's next session is on hold.").waitFor();
    expect(await page.getByTestId("report-facts").textContent()).toContain("Trouble swallowing (dysphagia), voice change or hoarseness (dysphonia)");
    expect(await page.getByTestId("followed-session").textContent()).toContain("155 U in all");
    expect(await page.getByTestId("followed-session").textContent()).toContain("These symptoms point to no injected muscle");
    await page.getByText("In the patient's words: “Hard to swallow since yesterday; my voice is hoarse.”").waitFor();
    await shots.page(page, "red-report-1280");
    await expectAccessible(page);
  });

  it("shows the hold on the session screen before signing, and refuses signing naming it", async () => {
    await nursePage.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}/sessions/${draftId}`);
    await nursePage.getByTestId("session-draft").waitFor();
    await nursePage.getByTestId("session-hold").getByText("Next session on hold: a red side-effect report needs a clinician's review.").waitFor();
    const sign = nursePage.getByRole("button", { name: "Sign the session" });
    await expect.poll(async () => sign.isDisabled()).toBe(false);
    await sign.click();
    await nursePage.getByTestId("sign-area").getByText(/^Not signed: Signing is on hold: a red side-effect report holds this patient's next session/).waitFor();
    await shots.page(nursePage, "session-on-hold-1024");
    await expectAccessible(nursePage);
  });

  it("stops the alert once a clinician acknowledges the report; the hold stays", async () => {
    await page.getByRole("button", { name: "Acknowledge this report" }).click();
    await page.getByTestId("side-effect-saved").getByText("Acknowledged: the alert is off for everyone.").waitFor();
    await expect.poll(async () => page.getByTestId("red-alert").count()).toBe(0);
    expect(await page.getByTestId("report-status").textContent()).toBe("Acknowledged");
    await page.getByTestId("hold-notice").waitFor();
  });

  it("clears the hold only with a reason, said beside the field; then the session signs", async () => {
    const form = page.getByTestId("clear-hold-form");
    await form.getByRole("button", { name: "Clear the hold" }).click();
    const reason = form.getByLabel("Why the next session may go ahead");
    await expect.poll(async () => reason.getAttribute("aria-invalid")).toBe("true");
    await shots.page(page, "clear-hold-reason-missing-1280");
    await expectAccessible(page);
    await reason.fill("Seen in clinic today: swallowing and voice normal, a throat infection; not the toxin.");
    await form.getByRole("button", { name: "Clear the hold" }).click();
    await page.getByTestId("side-effect-saved").getByText("The hold is cleared: the next session can be signed.").waitFor();
    expect(await page.getByTestId("hold-notice").count()).toBe(0);
    expect(await page.getByTestId("report-history").textContent()).toContain("Hold cleared");

    await nursePage.reload();
    await nursePage.getByTestId("session-draft").waitFor();
    expect(await nursePage.getByTestId("session-hold").count()).toBe(0);
    const sign = nursePage.getByRole("button", { name: "Sign the session" });
    await expect.poll(async () => sign.isDisabled()).toBe(false);
    await sign.click();
    await nursePage.getByTestId("session-signed").waitFor();
  });

  it("records the call on the amber report, with its note, at 390 px", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}/side-effects/${amberId}`);
    await page.getByRole("heading", { level: 1, name: "Side effect: Robin Sideeffect" }).waitFor();
    expect(await page.getByTestId("followed-session").textContent()).toContain("Frontalis: 4 sites, 20 U (left 10 U, right 10 U)");
    await page.getByText("Call the patient by").waitFor();
    const form = page.getByTestId("action-form");
    await form.getByRole("radio", { name: "Called the patient" }).check();
    await form.getByLabel("Note").fill("Called: left eyelid slightly low, vision fine. Told it usually settles in weeks.");
    await form.getByRole("button", { name: "Record the action" }).click();
    await page.getByTestId("side-effect-saved").getByText("Recorded: called the patient.").waitFor();
    expect(await page.getByTestId("report-status").textContent()).toBe("In hand");
    expect(await page.getByTestId("report-history").textContent()).toContain("Called: left eyelid slightly low, vision fine.");
    await shots.page(page, "amber-called-390");
    await expectAccessible(page);
    await page.setViewportSize({ width: 1024, height: 900 });
    await shots.page(page, "amber-called-1024");
    await page.setViewportSize(WIDE);
    await shots.page(page, "amber-called-1280");
  });

  it("shows the reports on the patient's chart, where a report made by phone is recorded", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/patients/${patientId}`);
    await page.getByRole("heading", { level: 1, name: "Robin Sideeffect" }).waitFor();
    await expect.poll(async () => page.getByTestId("patient-side-effects").locator("tbody tr").count()).toBe(3);
    await page.getByRole("button", { name: "Record a report made by phone" }).click();
    const form = page.getByTestId("phone-report-form");
    await form.getByRole("checkbox", { name: "Neck pain" }).check();
    await form.getByLabel("What the patient said").fill("Rang: sore neck since the session.");
    await shots.element(page.getByRole("region", { name: "Side effects" }), "phone-report-form-1280");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Record the report" }).click();
    await page.getByRole("heading", { level: 1, name: "Side effect: Robin Sideeffect" }).waitFor();
    expect(await page.getByTestId("report-facts").textContent()).toContain("by phone, recorded by staff");
  });
});
