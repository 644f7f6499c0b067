/**
 * The response review on the demo clinic (issue 8, section 3), in real Chromium against the real
 * server: from the worklist's "Evaluation due" view to a responder's review at the two-cycle
 * point (baseline and evaluation windows day by day, the reduction in words, the 30% and 50%
 * flags, the recommendation with its reasons) at 1280, 1024 and 390 px; the clinician's decision
 * recorded on those figures, kept with them ("decided on these figures"), and the worklist state
 * changed; a non-responder's decision that departs from the recommendation warned of, then a
 * switch to another treatment shown on the worklist. Screenshots 290-299; axe on every screen.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { ApiSession, SESSION_COOKIE } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const shots = numberedScreenshots(290);
const WIDE = { width: 1280, height: 1000 } as const;
const MEDIUM = { width: 1024, height: 900 } as const;
const login = (role: string) => DEMO_LOGINS.find((l) => l.role === role) as (typeof DEMO_LOGINS)[number];

type Row = { patientId: string; name: string; state: string };

/** Whether the page scrolls sideways or a review grid reaches past its right edge. */
async function overflows(page: Page): Promise<string[]> {
  // A string runs in the page (the test's own types have no DOM).
  return page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll(".review-grid, .review-numbers, .review-recommendation")) {
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 1) out.push(el.className + " ends at " + Math.round(rect.right) + " > " + width);
    }
    if (document.documentElement.scrollWidth > width + 1) out.push("page scrolls sideways: " + document.documentElement.scrollWidth + " > " + width);
    return out;
  })()`);
}

describe.skipIf(SKIP_E2E)("the response review and the treatment decision on demo patients", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let clinician: ApiSession;
  let clinicId = "";
  let responder: Row;
  let nonResponder: Row;

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-review-");
    await new ApiSession(server.url).call("POST", "/api/setup/demo");
    clinician = new ApiSession(server.url);
    await clinician.call("POST", "/api/auth/login", { email: login("clinician").email, password: login("clinician").password });
    const me = await clinician.call<{ memberships: { clinicId: string }[] }>("GET", "/api/me");
    clinicId = me.memberships[0]?.clinicId ?? "";
    const due = (await clinician.call<{ rows: Row[] }>("GET", `/api/clinics/${clinicId}/worklist?view=evaluation-due&pageSize=100`)).rows;
    const reviewed = await Promise.all(due.map(async (row) => ({ row, review: await clinician.call<{ assessment: { response: { responder30: boolean | null } } }>("GET", `/api/clinics/${clinicId}/patients/${row.patientId}/response-review`) })));
    responder = reviewed.find((r) => r.review.assessment.response.responder30 === true)?.row as Row;
    nonResponder = reviewed.find((r) => r.review.assessment.response.responder30 === false)?.row as Row;
    expect(responder, "a demo responder due a review").toBeDefined();
    expect(nonResponder, "a demo non-responder due a review").toBeDefined();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: WIDE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: clinician.sessionToken, url: server.url }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens a responder's review from the worklist's evaluation-due view: windows side by side, reduction, flags and recommendation", async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/worklist?view=evaluation-due`);
    await page.getByRole("link", { name: `Review the response: ${responder.name}` }).click();
    await page.getByRole("heading", { level: 1, name: `Response review: ${responder.name}` }).waitFor();
    const result = page.getByTestId("review-result");
    await result.getByTestId("review-recommendation").waitFor();
    expect(await result.textContent()).toContain("Response at the two-cycle point");
    expect(await page.getByTestId("review-reduction").textContent()).toMatch(/\d+(\.\d)?%\s*\d+(\.\d)?% fewer headache days/);
    expect(await page.getByTestId("review-flags").textContent()).toContain("Responder at 30%: yes");
    expect(await page.getByTestId("review-recommendation").textContent()).toContain("recommends: Continue treatment");
    for (const id of ["baseline-window", "evaluation-window"]) {
      const grid = page.getByTestId(id);
      expect(await grid.locator("td.cal-day").count(), id).toBe(28);
      expect(await grid.textContent(), id).toContain("of 28 days recorded");
    }
    // Each day is told in words, not by colour alone.
    expect(await page.getByTestId("evaluation-window").locator("td.cal-day .visually-hidden").first().textContent()).toMatch(/^\w+day \d+ \w+: /);
    const [baselineBox, evaluationBox] = await Promise.all([page.getByTestId("baseline-window").boundingBox(), page.getByTestId("evaluation-window").boundingBox()]);
    expect(Math.abs((baselineBox?.y ?? 0) - (evaluationBox?.y ?? 1)), "the windows side by side at 1280 px").toBeLessThan(2);
    expect(await overflows(page)).toEqual([]);
    await shots.page(page, "review-responder-1280");
    await expectAccessible(page);
  });

  it.each([
    ["1024", MEDIUM],
    ["390", PHONE],
  ] as const)("fits the review at %s px without sideways scrolling", async (name, viewport) => {
    const narrow = await browser.newContext({ viewport, timezoneId: TIME_ZONE, locale: "en-GB" });
    await narrow.addCookies([{ name: SESSION_COOKIE, value: clinician.sessionToken, url: server.url }]);
    const view = await narrow.newPage();
    await view.goto(`${server.url}/clinic/${clinicId}/patients/${responder.patientId}/review`);
    await view.getByTestId("review-recommendation").waitFor();
    expect(await overflows(view)).toEqual([]);
    await shots.page(view, `review-responder-${name}`);
    await expectAccessible(view);
    await narrow.close();
  });

  it("records the decision on the figures shown, keeps them with it, and moves the worklist state", async () => {
    const form = page.getByTestId("decision-form");
    expect(await form.getByRole("radio", { name: "Continue treatment" }).isChecked()).toBe(true);
    expect(await form.getByTestId("decision-agreement").textContent()).toContain("Follows the recommendation: continue treatment");
    await form.getByLabel("Reason").fill("Headache days well down at two cycles; the patient wants to go on.");
    await form.getByRole("button", { name: "Record the decision" }).click();
    await page.getByTestId("review-saved").getByText("Recorded the decision: continue treatment.").waitFor();
    expect(await page.getByTestId("review-pathway").textContent()).toContain("Pathway: Continuing, cycle 2");
    const decision = page.getByTestId("review-decision").first();
    expect(await decision.textContent()).toContain("Follows the recommendation: continue treatment");
    await shots.page(page, "decision-recorded-1280");

    await decision.getByTestId("decision-basis").locator("summary").click();
    const kept = decision.getByTestId("review-result");
    await kept.getByTestId("review-recommendation").waitFor();
    expect(await kept.textContent()).toContain("Continue treatment");
    expect(await decision.getByTestId("evaluation-window").locator("td.cal-day").count()).toBe(28);
    await shots.page(page, "decided-on-these-figures-1280");
    await expectAccessible(page);

    await page.goto(`${server.url}/clinic/${clinicId}/worklist?view=evaluation-due`);
    await page.getByTestId("worklist").or(page.getByText("No patient in this view.")).first().waitFor();
    expect(await page.getByRole("link", { name: `Review the response: ${responder.name}` }).count()).toBe(0);
    await page.goto(`${server.url}/clinic/${clinicId}/worklist?view=all&state=continuing`);
    const row = page.getByTestId("worklist").getByRole("row").filter({ hasText: responder.name });
    expect(await row.textContent()).toContain("Continuing, cycle 2");
    await shots.page(page, "worklist-after-decision-1280");
    await expectAccessible(page);
  });

  it("warns of a decision against the recommendation, then switches a non-responder to another treatment, said on the worklist", async () => {
    const phone = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB" });
    await phone.addCookies([{ name: SESSION_COOKIE, value: clinician.sessionToken, url: server.url }]);
    const view = await phone.newPage();
    await view.goto(`${server.url}/clinic/${clinicId}/patients/${nonResponder.patientId}/review`);
    await view.getByTestId("review-recommendation").waitFor();
    expect(await view.getByTestId("review-flags").textContent()).toContain("Responder at 30%: no");
    const form = view.getByTestId("decision-form");
    await form.getByRole("radio", { name: "Continue treatment" }).check();
    expect(await form.getByTestId("decision-agreement").textContent()).toContain("This departs from the recommendation.");
    await form.getByTestId("decision-agreement").scrollIntoViewIfNeeded();
    await shots.page(view, "decision-departs-390");
    await expectAccessible(view);

    await form.getByRole("radio", { name: "Switch to another treatment" }).check();
    await form.getByLabel("Reason").fill("No meaningful response after two cycles; starts a CGRP antibody.");
    await form.getByRole("button", { name: "Record the decision" }).click();
    const switchTo = form.getByLabel("New treatment");
    await expect.poll(async () => switchTo.getAttribute("aria-invalid")).toBe("true");
    await switchTo.fill("Erenumab (CGRP antibody)");
    await form.getByRole("button", { name: "Record the decision" }).click();
    await view.getByTestId("review-saved").waitFor();
    expect(await view.getByTestId("review-pathway").textContent()).toContain("Stopped: switched treatment");
    expect(await view.getByTestId("review-decision").first().textContent()).toContain("to Erenumab (CGRP antibody)");
    expect(await overflows(view)).toEqual([]);
    await shots.page(view, "decision-switched-390");
    await expectAccessible(view);

    await view.goto(`${server.url}/clinic/${clinicId}/worklist?view=all&state=stopped`);
    const row = view.getByTestId("worklist").getByRole("row").filter({ hasText: nonResponder.name });
    expect(await row.textContent()).toContain("Stopped: switched treatment");
    await phone.close();
  });
});
