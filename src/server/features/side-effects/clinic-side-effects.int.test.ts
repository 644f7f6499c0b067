/**
 * The clinic's side of side effects on both databases (issue 8): the inbox (red first, then amber,
 * then green, newest first; resolved ones only with `all`), the red alert until a clinician
 * acknowledges it, actions recorded as revisions with their notes (stale ones refused), a report
 * taken by phone, the hold a red report puts on signing until a clinician clears it with a reason;
 * other clinics, patients and roles without the permission refused, nothing written.
 */
import { describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, NOW, put, signedIn } from "../../http/assessment-test-support.ts";
import type { TestClient } from "../../http/test-app.ts";
import { addStaff, makePatientWithAccount, testClock } from "../../shared/test-support.ts";
import { sendReport, signedSessionOn } from "./test-support.ts";

describe.each(testDatabaseKinds())("side effects in the clinic on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const clinicUrl = () => `/api/clinics/${env.world.a.clinicId}`;
  const patientUrl = (patientId: string) => `${clinicUrl()}/patients/${patientId}`;

  async function patientWith(sessionDates: string[] = []) {
    const patient = await makePatientWithAccount(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name: `Inbox Patient ${uuidv7().slice(-4)}` });
    const sessions: string[] = [];
    for (const date of sessionDates) sessions.push(await signedSessionOn(env.world.deps, { clinicId: env.world.a.clinicId, patientId: patient.patientId }, date, env.world.a.staff.userId));
    return { ...patient, client: await signedIn(env.http, patient), sessions };
  }
  const report = async (pat: { client: TestClient; patientId: string }, symptoms: string[], onsetDate = "2026-07-19") => {
    const sent = await sendReport(pat.client, pat.patientId, { onsetDate, symptoms }, clock());
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json().id as string;
  };
  const alerts = async () => (await env.clinician.get(`${clinicUrl()}/side-effects/alerts`)).json();

  it("lists the inbox red first, then amber, then green, newest first, with the patient, the session and its sites at the muscles concerned", async () => {
    const pat = await patientWith(["2026-06-29"]);
    const green = await report(pat, ["bruising"]);
    clock.advance(60_000);
    const amber = await report(pat, ["eyelid-droop"]);
    clock.advance(60_000);
    const red = await report(pat, ["double-vision"]);
    clock.advance(60_000);
    const laterAmber = await report(pat, ["brow-droop"]);
    clock.set(NOW);
    const inbox = (await env.clinician.get(`${clinicUrl()}/side-effects`)).json();
    const mine = (inbox.reports as { id: string; patientId: string }[]).filter((row) => row.patientId === pat.patientId);
    expect(mine.map((row) => row.id)).toEqual([red, laterAmber, amber, green]);
    const all = inbox.reports as { level: string }[];
    expect(all.map((row) => row.level)).toEqual([...all.map((row) => row.level)].sort((a, b) => ["red", "amber", "green"].indexOf(a) - ["red", "amber", "green"].indexOf(b)));
    const droop = inbox.reports.find((row: { id: string }) => row.id === laterAmber);
    expect(droop).toMatchObject({ patientName: expect.stringMatching(/^Inbox Patient/), onsetDate: "2026-07-19", symptoms: ["brow-droop"], status: "new", hold: "none", followsSession: { date: "2026-06-29", muscles: ["frontalis"] } });
    expect(droop.followsSession.sites).toHaveLength(4);
    expect(inbox.today).toBe("2026-07-20");
  });

  it("queues the staff alerts in the report's transaction: red and amber to those with clinical.write, linking the report; nothing for green or a refused report", async () => {
    const pat = await patientWith(["2026-07-01"]);
    const inApp = async (link: string) =>
      (await env.t.db.selectFrom("notifications").select(["user_id", "kind", "subject", "body"]).where("channel", "=", "in-app").where("link", "=", link).execute()).sort((a, b) => String(a.user_id).localeCompare(String(b.user_id)));
    const linkOf = (id: string) => `/clinic/${env.world.a.clinicId}/patients/${pat.patientId}/side-effects/${id}`;
    const clinical = [env.world.a.staff.userId, env.world.aClinician.userId].sort();

    const red = await inApp(linkOf(await report(pat, ["generalized-weakness"])));
    expect(red.map((row) => row.user_id)).toEqual(clinical);
    expect(red.every((row) => row.kind === "side-effect.red" && row.subject === "A red side-effect report needs review")).toBe(true);
    // Never the patient's name nor a symptom in what is sent.
    expect(red.every((row) => !`${row.subject} ${row.body}`.includes("Inbox Patient") && !/weakness/i.test(`${row.subject} ${row.body}`))).toBe(true);
    expect((await inApp(linkOf(await report(pat, ["facial-weakness"])))).map((row) => [row.user_id, row.kind])).toEqual(clinical.map((id) => [id, "side-effect.amber"]));
    expect(await inApp(linkOf(await report(pat, ["bruising"])))).toEqual([]);
    const refusedId = uuidv7();
    expect((await sendReport(pat.client, pat.patientId, { id: refusedId, onsetDate: "2030-01-01", symptoms: ["difficulty-breathing"] }, clock())).statusCode).toBe(400);
    expect(await inApp(linkOf(refusedId))).toEqual([]);
  });

  it("alerts the clinic to a red report until a clinician acknowledges it; injectors see it but may not acknowledge", async () => {
    const before = (await alerts()).unacknowledgedRed as number;
    const pat = await patientWith();
    const id = await report(pat, ["difficulty-breathing"]);
    expect(await alerts()).toEqual({ unacknowledgedRed: before + 1, oldestReceivedAt: expect.any(String) });

    const injector = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "injector"));
    expect((await injector.get(`${clinicUrl()}/side-effects/alerts`)).json().unacknowledgedRed).toBe(before + 1);
    const refused = await injector.post(`${patientUrl(pat.patientId)}/side-effects/${id}/actions`, { action: "acknowledged", fromRevision: 1 });
    expect(refused.statusCode).toBe(403);

    const acknowledged = await env.clinician.post(`${patientUrl(pat.patientId)}/side-effects/${id}/actions`, { action: "acknowledged", fromRevision: 1 });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json()).toMatchObject({ status: "acknowledged", hold: "held", revision: 2 });
    expect(acknowledged.json().history.map((h: { action: string | null; note: string | null }) => [h.action, h.note])).toEqual([[null, null], ["acknowledged", "Acknowledged"]]);
    expect((await alerts()).unacknowledgedRed).toBe(before);
  });

  it("records the actions taken as revisions with their notes: a call, advice, a referral, resolved; a stale or empty one refused", async () => {
    const pat = await patientWith(["2026-07-06"]);
    const id = await report(pat, ["eyelid-droop"]);
    const act = (action: string, note: string, fromRevision: number) => env.clinician.post(`${patientUrl(pat.patientId)}/side-effects/${id}/actions`, { action, note, fromRevision });

    const empty = await act("called", "  ", 1);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["note"]);
    expect((await act("called", "Called: left eyelid slightly low, vision fine", 1)).json()).toMatchObject({ status: "in-hand", revision: 2 });
    const stale = await act("advised", "Advised rest", 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 2 } });
    await act("advised", "Usually settles in weeks; apraclonidine drops if it bothers her", 2);
    await act("referred", "Referred to ophthalmology as she asked", 3);
    const resolved = await act("resolved", "Settled by day 30", 4);
    expect(resolved.json()).toMatchObject({ status: "resolved", revision: 5, patientName: expect.stringMatching(/^Inbox Patient/), actions: [{ audience: "patient", text: expect.stringMatching(/within one working day/) }, { audience: "clinic" }] });
    expect(resolved.json().history.map((h: { action: string | null; status: string; recordedBy: { name: string } }) => [h.action, h.status])).toEqual([
      [null, "new"],
      ["called", "in-hand"],
      ["advised", "in-hand"],
      ["referred", "in-hand"],
      ["resolved", "resolved"],
    ]);
    const open = (await env.clinician.get(`${clinicUrl()}/side-effects`)).json().reports.map((row: { id: string }) => row.id);
    expect(open).not.toContain(id);
    const all = (await env.clinician.get(`${clinicUrl()}/side-effects?show=all`)).json().reports.map((row: { id: string }) => row.id);
    expect(all).toContain(id);
  });

  it("records a report made by phone: triaged and held as from the app, source staff-phone; whoever takes the call may", async () => {
    const pat = await patientWith();
    // A coordinator answering the phone puts it on record (side-effects.record); acting on it stays clinical.
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    const byCoordinator = await coordinator.post(`${patientUrl(pat.patientId)}/side-effects`, { id: uuidv7(), onsetDate: "2026-07-19", symptoms: ["neck-pain"] });
    expect(byCoordinator.statusCode, byCoordinator.body).toBe(200);
    expect(byCoordinator.json()).toMatchObject({ source: "staff-phone", level: "green" });
    expect((await coordinator.post(`${patientUrl(pat.patientId)}/side-effects/${byCoordinator.json().id}/actions`, { action: "acknowledged", fromRevision: 1 })).statusCode).toBe(403);
    const id = uuidv7();
    const taken = await env.clinician.post(`${patientUrl(pat.patientId)}/side-effects`, { id, onsetDate: "2026-07-19", symptoms: ["voice-change"], note: "Husband rang: hoarse since this morning" });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ id, source: "staff-phone", level: "red", hold: "held", status: "new", note: "Husband rang: hoarse since this morning" });
    // The form sent twice records one report.
    expect((await env.clinician.post(`${patientUrl(pat.patientId)}/side-effects`, { id, onsetDate: "2026-07-19", symptoms: ["voice-change"] })).json().revision).toBe(1);
    expect((await pat.client.get("/api/me/side-effects")).json().reports.map((row: { id: string }) => row.id).sort()).toEqual([id, byCoordinator.json().id].sort());
  });

  describe("the hold on the next session", () => {
    let injector: TestClient;
    let lotId: string;
    async function setUp() {
      if (injector !== undefined) return;
      injector = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "injector"));
      const admin = await signedIn(env.http, env.world.a.staff);
      const stock = await admin.post(`${clinicUrl()}/stock/lots`, { productId: "onabotulinumtoxinA-200", lotNumber: "H0LD1", expiry: "2027-06-30", vialsReceived: 10 });
      lotId = (stock.json().lots as { id: string; lotNumber: string }[]).find((lot) => lot.lotNumber === "H0LD1")?.id ?? "";
    }
    /** A complete draft of today's session for the patient, by the injector. */
    async function completeDraft(patientId: string) {
      const draft = (await injector.post(`${patientUrl(patientId)}/sessions/drafts`, {})).json();
      const content = {
        ...draft.content,
        vials: [{ lotId, lotNumber: "H0LD1", productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: "2027-06-30", vials: 1, diluentMl: 4 }],
        reconstitutedAt: "2026-07-20T09:30:00.000Z",
        givenAt: "2026-07-20T10:00:00.000Z",
        checklist: Object.fromEntries(CHECKLIST_ITEM_IDS.map((item) => [item, "no"])),
        educationGiven: true,
        needle: "30 G, 13 mm",
      };
      const saved = await put(injector, `${patientUrl(patientId)}/sessions/drafts/${draft.id}`, { version: 1, content });
      expect(saved.statusCode, saved.body).toBe(200);
      return draft.id as string;
    }

    it("refuses signing while a red report holds the next session, naming the hold, until a clinician clears it with a reason", async () => {
      await setUp();
      const pat = await patientWith(["2026-04-20"]);
      const id = await report(pat, ["difficulty-swallowing"], "2026-07-18");
      const draftId = await completeDraft(pat.patientId);

      const refused = await injector.post(`${patientUrl(pat.patientId)}/sessions/drafts/${draftId}/sign`, { version: 2 });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: "not_signable", details: { hold: { reportIds: [id] } } });
      expect(refused.json().error.message).toMatch(/^Signing is on hold: a red side-effect report holds this patient's next session/);
      expect((await env.clinician.get(`${patientUrl(pat.patientId)}/sessions`)).json().sessions).toHaveLength(1);
      // The worklist's next action for the patient is the review, due today.
      expect((await env.clinician.get(`${patientUrl(pat.patientId)}/care`)).json().pathway).toMatchObject({ nextAction: "review-side-effect", nextActionDate: "2026-07-20" });

      const clearUrl = `${patientUrl(pat.patientId)}/side-effects/${id}/clear-hold`;
      const noReason = await env.clinician.post(clearUrl, { reason: " ", fromRevision: 1 });
      expect(noReason.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["reason"]);
      expect((await injector.post(clearUrl, { reason: "Looks fine", fromRevision: 1 })).statusCode).toBe(403);
      const cleared = await env.clinician.post(clearUrl, { reason: "Seen today: swallowing normal, throat infection, not the toxin", fromRevision: 1 });
      expect(cleared.statusCode, cleared.body).toBe(200);
      expect(cleared.json()).toMatchObject({ hold: "cleared", status: "acknowledged", revision: 2 });
      expect(cleared.json().history.at(-1)).toMatchObject({ action: "hold-cleared", note: "Seen today: swallowing normal, throat infection, not the toxin" });
      expect((await env.clinician.get(`${patientUrl(pat.patientId)}/side-effects`)).json().hold).toEqual({ held: false, reports: [] });
      expect((await env.clinician.get(`${patientUrl(pat.patientId)}/care`)).json().pathway.nextAction).not.toBe("review-side-effect");
      const again = await env.clinician.post(clearUrl, { reason: "Twice", fromRevision: 2 });
      expect(again.json().error.code).toBe("conflict");

      const signed = await injector.post(`${patientUrl(pat.patientId)}/sessions/drafts/${draftId}/sign`, { version: 2 });
      expect(signed.statusCode, signed.body).toBe(200);
    });

    it("holds only the patient whose report is red: another patient's session signs", async () => {
      await setUp();
      const held = await patientWith(["2026-04-20"]);
      await report(held, ["allergic-reaction"]);
      const other = await patientWith(["2026-04-20"]);
      await report(other, ["neck-pain"]);
      const draftId = await completeDraft(other.patientId);
      expect((await injector.post(`${patientUrl(other.patientId)}/sessions/drafts/${draftId}/sign`, { version: 2 })).statusCode).toBe(200);
    });
  });

  it("keeps another clinic's staff out (not_found) and writes nothing for them", async () => {
    const pat = await patientWith();
    const id = await report(pat, ["double-vision"]);
    const other = await signedIn(env.http, env.world.b.staff);
    const base = patientUrl(pat.patientId);
    for (const response of [
      await other.get(`${clinicUrl()}/side-effects`),
      await other.get(`${clinicUrl()}/side-effects/alerts`),
      await other.get(`${base}/side-effects/${id}`),
      await other.post(`${base}/side-effects/${id}/actions`, { action: "acknowledged", fromRevision: 1 }),
      await other.post(`${base}/side-effects/${id}/clear-hold`, { reason: "x", fromRevision: 1 }),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    // Clinic A's report named in clinic B's path, for B's own patient: not there either.
    const bPath = `/api/clinics/${env.world.b.clinicId}/patients/${env.world.bea.patientId}/side-effects/${id}`;
    expect((await other.get(bPath)).statusCode).toBe(404);
    expect((await other.post(`${bPath}/clear-hold`, { reason: "x", fromRevision: 1 })).statusCode).toBe(404);
    expect((await env.clinician.get(`${base}/side-effects/${id}`)).json()).toMatchObject({ revision: 1, hold: "held", status: "new" });
    // Another clinic's inbox does not list it.
    expect((await other.get(`/api/clinics/${env.world.b.clinicId}/side-effects?show=all`)).json().reports.map((row: { id: string }) => row.id)).not.toContain(id);
  });

  it("lets administrators set the emergency number and the phone shown to patients; the zone's default otherwise", async () => {
    const admin = await signedIn(env.http, env.world.b.staff);
    const url = `/api/clinics/${env.world.b.clinicId}/settings`;
    expect((await admin.get(url)).json()).toMatchObject({ emergencyNumber: "999", emergencyNumberIsDefault: true, clinicPhone: null });
    for (const [body, field] of [[{ emergencyNumber: "9-1-1" }, "emergencyNumber"], [{ emergencyNumber: "1234567" }, "emergencyNumber"], [{ clinicPhone: "call us" }, "clinicPhone"]] as const) {
      const refused = await put(admin, url, { policy: "us-label", ...body });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([field]);
    }
    expect((await put(admin, url, { policy: "us-label", emergencyNumber: "112", clinicPhone: "(020) 7946-0000" })).json()).toMatchObject({ emergencyNumber: "112", emergencyNumberIsDefault: false, clinicPhone: "(020) 7946-0000" });
    // Left out, they stay; null goes back to the default.
    expect((await put(admin, url, { policy: "us-label" })).json()).toMatchObject({ emergencyNumber: "112", clinicPhone: "(020) 7946-0000" });
    expect((await put(admin, url, { policy: "us-label", emergencyNumber: null, clinicPhone: null })).json()).toMatchObject({ emergencyNumber: "999", emergencyNumberIsDefault: true, clinicPhone: null });
    const clinician = await signedIn(env.http, env.world.aClinician);
    expect((await put(clinician, `/api/clinics/${env.world.a.clinicId}/settings`, { policy: "us-label", emergencyNumber: "112" })).statusCode).toBe(403);
  });
});
