/**
 * Injection sessions over HTTP on both databases: a draft started with the 31 PREEMPT sites, saved
 * with its vials and checklist, signed by its injector (with the billing lines), refused while an
 * error stands or a warning lacks a reason, an expired lot refused, amended only with a reason
 * (the original kept), stale saves refused; and who may do what, other clinics and patients
 * refused. The signed session reaches the stored patient's assessment and the stock.
 */
import { describe, expect, it } from "vitest";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import type { TestClient } from "../../http/test-app.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

const allNo = Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, "no"]));

describe.each(testDatabaseKinds())("injection sessions over HTTP on %s", (kind) => {
  const clock = testClock("2026-07-20T08:00:00.000Z");
  const env = httpWorld(kind, clock);
  const url = (suffix = "") => `/api/clinics/${env.world.a.clinicId}/patients/${env.world.ann.patientId}${suffix}`;

  let injector: TestClient;
  let injectorId: string;
  let nurse: { email: string; password: string };
  let lotId: string;
  let shortLotId: string;

  async function setUp() {
    if (injector !== undefined) return;
    nurse = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    injector = await signedIn(env.http, nurse);
    injectorId = (await injector.get("/api/me")).json().user.id;
    const admin = await signedIn(env.http, env.world.a.staff);
    const stock = await admin.post(`/api/clinics/${env.world.a.clinicId}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "C7788 A", expiry: "2027-06-30", vialsReceived: 10 });
    expect(stock.statusCode).toBe(200);
    const short = await admin.post(`/api/clinics/${env.world.a.clinicId}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "C1111", expiry: "2026-08-01", vialsReceived: 4 });
    const lots = short.json().lots as { id: string; lotNumber: string }[];
    lotId = lots.find((lot) => lot.lotNumber === "C7788 A")?.id ?? "";
    shortLotId = lots.find((lot) => lot.lotNumber === "C1111")?.id ?? "";
  }

  const completeContent = (draft: { content: Record<string, unknown> }, lot: string) => ({
    ...draft.content,
    vials: [{ lotId: lot, lotNumber: "typed on the screen", productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: "2099-01-01", vials: 1, diluentMl: 4 }],
    reconstitutedAt: "2026-07-20T07:30:00.000Z",
    givenAt: "2026-07-20T08:00:00.000Z",
    checklist: allNo,
    educationGiven: true,
    needle: "30 G, 13 mm",
  });

  it("starts a draft with the 31 PREEMPT sites at 5 U, the starter as injector, today's date", async () => {
    await setUp();
    const started = await injector.post(url("/sessions/drafts"), {});
    expect(started.statusCode).toBe(200);
    const draft = started.json();
    expect(draft.content.injections).toHaveLength(31);
    expect(draft.content.injections.every((i: { units: number }) => i.units === 5)).toBe(true);
    expect(draft.content).toMatchObject({ date: "2026-07-20", injectorUserId: injectorId, diagnosisCode: "G43.709" });
    expect(draft.version).toBe(1);
  });

  it("signs a complete session with its billing lines, takes lot details from stock, and shows it everywhere", async () => {
    await setUp();
    const draft = (await injector.post(url("/sessions/drafts"), {})).json();
    const saved = await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 1, content: completeContent(draft, lotId) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(2);
    // A save from the old version (another tablet) is refused with the current draft.
    const stale = await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 1, content: draft.content });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "stale_version", details: { current: { version: 2 } } });

    const signed = await injector.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 2 });
    expect(signed.statusCode).toBe(200);
    const session = signed.json();
    expect(session.id).toBe(draft.id);
    expect(session.current.content.vials[0]).toMatchObject({ lotNumber: "C7788 A", expiry: "2027-06-30" });
    expect(session.check.billing.map((l: { code: string; modifiers: string[]; quantity: number }) => [l.code, l.modifiers.join(), l.quantity])).toEqual([
      ["64615", "", 1],
      ["J0585", "", 155],
      ["J0585", "JW", 45],
    ]);
    expect(session.check.concentrations).toEqual([5]);
    expect(session.revisions).toHaveLength(1);

    // Signed means immutable as a draft.
    expect((await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 3, content: draft.content })).statusCode).toBe(409);
    const list = (await injector.get(url("/sessions"))).json();
    expect(list.sessions.map((s: { id: string; totalUnits: number }) => [s.id, s.totalUnits])).toEqual([[draft.id, 155]]);
    const assessment = (await env.clinician.get(url("/assessment"))).json();
    expect(assessment.treatment).toMatchObject({ sessions: 1, lastDate: "2026-07-20", nextDue: "2026-10-12" });
    const stock = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/stock`)).json();
    expect(stock.lots.find((lot: { id: string }) => lot.id === lotId)).toMatchObject({ vialsUsed: 1, vialsLeft: 9 });
  });

  it("amends a signed session only with a reason, keeping the original", async () => {
    await setUp();
    const { sessions } = (await injector.get(url("/sessions"))).json();
    const id = sessions[0].id as string;
    const session = (await injector.get(url(`/sessions/${id}`))).json();
    const corrected = { ...session.current.content, needle: "32 G, 4 mm" };
    const noReason = await put(injector, url(`/sessions/${id}`), { content: corrected, reason: "  ", fromRevision: 1 });
    expect(noReason.statusCode).toBe(400);
    const amended = await put(injector, url(`/sessions/${id}`), { content: corrected, reason: "Needle recorded wrongly", fromRevision: 1 });
    expect(amended.statusCode).toBe(200);
    const view = amended.json();
    expect(view.revisions.map((r: { revision: number; reason: string | null; content: { needle: string } }) => [r.revision, r.reason, r.content.needle])).toEqual([
      [1, null, "30 G, 13 mm"],
      [2, "Needle recorded wrongly", "32 G, 4 mm"],
    ]);
    expect(view.current.revision).toBe(2);
  });

  it("refuses an amendment from a revision no longer the newest (stale_version) or from none stated (400 naming fromRevision), writing nothing", async () => {
    await setUp();
    const { sessions } = (await injector.get(url("/sessions"))).json();
    const id = sessions[0].id as string;
    const before = (await injector.get(url(`/sessions/${id}`))).json();
    const current = before.current.revision as number;
    const amend = (needle: string, fromRevision?: number) => put(injector, url(`/sessions/${id}`), { content: { ...before.current.content, needle }, reason: `Needle was ${needle}`, ...(fromRevision === undefined ? {} : { fromRevision }) });

    for (const from of [current - 1, current + 1]) {
      const stale = await amend("27 G, 13 mm", from);
      expect(stale.statusCode, `from ${from}`).toBe(409);
      expect(stale.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: current } });
    }
    const blind = await amend("27 G, 13 mm");
    expect(blind.statusCode).toBe(400);
    expect(blind.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["fromRevision"]);
    expect((await injector.get(url(`/sessions/${id}`))).json()).toEqual(before);

    const amended = await amend("27 G, 13 mm", current);
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json().current).toMatchObject({ revision: current + 1, content: { needle: "27 G, 13 mm" } });
  });

  it("refuses to sign while an error stands, and asks a reason for each warning", async () => {
    await setUp();
    clock.set("2026-10-12T08:00:00.000Z");
    // 84 days on, the sign-ins of July have expired.
    injector = await signedIn(env.http, nurse);
    const draft = (await injector.post(url("/sessions/drafts"), {})).json();
    const overLimit = {
      ...completeContent(draft, lotId),
      reconstitutedAt: "2026-10-12T07:30:00.000Z",
      givenAt: "2026-10-12T08:00:00.000Z",
      injections: [...draft.content.injections, ...Array.from({ length: 9 }, () => ({ muscle: "trapezius", side: "left", units: 5, followThePain: true }))],
    };
    await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 1, content: overLimit });
    const refused = await injector.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 2 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("not_signable");
    expect(refused.json().error.details.problems.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(["total_above_max", "follow_the_pain_limit"]));

    const justified = { ...overLimit, injections: [...draft.content.injections, { muscle: "temporalis", side: "right", units: 5, followThePain: true }, { muscle: "temporalis", side: "right", units: 5, followThePain: true }, { muscle: "temporalis", side: "left", units: 5, followThePain: true }] };
    await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 2, content: justified });
    const needsReason = await injector.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 3 });
    expect(needsReason.statusCode).toBe(409);
    expect(needsReason.json().error.details.reasonsNeeded).toEqual(["follow_the_pain_limit"]);
    await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 3, content: { ...justified, warningReasons: { follow_the_pain_limit: "Pain maximal over both temples today" } } });
    const signed = await injector.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 4 });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().check.totalUnits).toBe(170);
  });

  it("refuses a lot that has expired by the session date, and an incomplete record naming its fields", async () => {
    await setUp();
    const draft = (await injector.post(url("/sessions/drafts"), {})).json();
    await put(injector, url(`/sessions/drafts/${draft.id}`), { version: 1, content: { ...completeContent(draft, shortLotId), reconstitutedAt: "2026-10-12T07:30:00.000Z", givenAt: "2026-10-12T08:00:00.000Z", overrideReason: "test" } });
    const expired = await injector.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 2 });
    expect(expired.statusCode).toBe(409);
    expect(expired.json().error.details.problems.map((p: { code: string }) => p.code)).toContain("lot_expired");

    const other = (await injector.post(url("/sessions/drafts"), {})).json();
    const { checklist: _unused, ...withoutChecklist } = other.content;
    await put(injector, url(`/sessions/drafts/${other.id}`), { version: 1, content: { ...withoutChecklist, educationGiven: undefined } });
    const incomplete = await injector.post(url(`/sessions/drafts/${other.id}/sign`), { version: 2 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["content.checklist", "content.educationGiven"]));
    expect((await injector.request({ method: "DELETE", url: url(`/sessions/drafts/${other.id}`) })).statusCode).toBe(200);
    expect((await injector.get(url("/sessions"))).json().drafts.map((d: { id: string }) => d.id)).not.toContain(other.id);
  });

  it("lets only the recorded injector sign; a clinician drafts but cannot sign; a coordinator cannot draft", async () => {
    await setUp();
    const draft = (await injector.post(url("/sessions/drafts"), {})).json();
    const otherInjector = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "injector"));
    expect((await otherInjector.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 1 })).statusCode).toBe(403);
    const clinician = await signedIn(env.http, env.world.aClinician);
    expect((await clinician.post(url(`/sessions/drafts/${draft.id}/sign`), { version: 1 })).statusCode).toBe(403);
    expect((await clinician.post(url("/sessions/drafts"), {})).statusCode).toBe(200);
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    expect((await coordinator.post(url("/sessions/drafts"), {})).statusCode).toBe(403);
    expect((await coordinator.get(url("/sessions"))).statusCode).toBe(200);
  });

  it("refuses another clinic's staff (as if the patient did not exist) and a patient account", async () => {
    await setUp();
    const otherAdmin = await signedIn(env.http, env.world.b.staff);
    expect((await otherAdmin.get(url("/sessions"))).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/clinics/${env.world.b.clinicId}/patients/${env.world.ann.patientId}/sessions`)).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(url("/sessions"))).statusCode).toBe(403);
    expect((await patient.get(url("/session-context"))).statusCode).toBe(403);
  });

  it("gives the session screen its context: the previous session, lots with status, injectors and settings", async () => {
    await setUp();
    const context = (await injector.get(url("/session-context"))).json();
    expect(context.previous).toMatchObject({ date: "2026-10-12", totalUnits: 170 });
    expect(context.otherSessions).toHaveLength(2);
    expect(context.lots.find((lot: { id: string }) => lot.id === shortLotId)).toMatchObject({ status: "expired" });
    expect(context.injectors.map((i: { userId: string }) => i.userId)).toContain(injectorId);
    expect(context.settings).toMatchObject({ maxSessionUnits: 195, minIntervalDays: 77 });
    expect(context.timeZone).toBe("Europe/London");
  });
});
