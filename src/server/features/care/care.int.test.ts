/**
 * Authorizations and treatment decisions on both databases: they move the patient along the
 * pathway (the worklist's state and next action), are refused to the roles that may not record
 * them, and keep their revisions.
 */
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

const TODAY = plainDate("2026-12-03");
/** 84 days of chronic migraine (18 migraine days in every 28), contraindications answered, preventives failed. */
function eligibleRecord(sessions: string[] = []) {
  return {
    patient: { id: "x" },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary: Array.from({ length: 84 }, (_, back) =>
      back % 28 < 18 ? { date: addDays(TODAY, -back), headache: true, hours: 6, severity: 2, features: { unilateral: true, pulsating: true, nausea: true } } : { date: addDays(TODAY, -back), headache: false },
    ),
    preventives: [
      { name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" },
      { name: "propranolol", class: "beta-blocker", start: "2025-06-01", end: "2025-10-01", outcome: "ineffective" },
    ],
    treatments: sessions.map((date) => ({ date, injections: preemptFixedInjections() })),
  };
}

describe.each(testDatabaseKinds())("authorizations and treatment decisions on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const base = (patientId: string) => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}`;

  it("moves an eligible patient to awaiting authorization and back to booking once approved", async () => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    await env.clinician.post(`${base(patientId)}/record`, eligibleRecord());
    expect((await env.clinician.get(`${base(patientId)}/care`)).json().pathway).toMatchObject({ state: "eligible", nextAction: "request-authorization" });

    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    const requested = await coordinator.post(`${base(patientId)}/authorizations`, { status: "requested", date: TODAY, payer: "Acme Health" });
    expect(requested.statusCode).toBe(200);
    expect(requested.json().pathway).toMatchObject({ state: "awaiting-authorization", nextAction: "chase-authorization", nextActionDate: addDays(TODAY, 14) });
    const id = requested.json().authorizations[0].id as string;

    expect((await put(coordinator, `${base(patientId)}/authorizations/${id}`, { status: "approved", date: TODAY, reference: "PA-77", fromRevision: 1 })).statusCode).toBe(400);
    const approved = await put(coordinator, `${base(patientId)}/authorizations/${id}`, { status: "approved", date: TODAY, reference: "PA-77", reason: "Payer approved by fax", fromRevision: 1 });
    expect(approved.json().pathway).toMatchObject({ state: "eligible", nextAction: "book-first-session" });
    expect(approved.json().authorizations[0]).toMatchObject({ status: "approved", revision: 2, changeReason: "Payer approved by fax", reference: "PA-77" });

    const worklist = (await coordinator.get(`/api/clinics/${env.world.a.clinicId}/worklist?state=eligible`)).json();
    expect(worklist.rows.map((row: { patientId: string }) => row.patientId)).toContain(patientId);
  });

  it("records a decision after the evaluation point: continuing, stopped or paused; a coordinator may not", async () => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    await env.clinician.post(`${base(patientId)}/record`, eligibleRecord([addDays(TODAY, -180), addDays(TODAY, -96)]));
    expect((await env.clinician.get(`${base(patientId)}/care`)).json().pathway).toMatchObject({ state: "evaluation-due", cycle: 2, overdue: true });

    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    expect((await coordinator.post(`${base(patientId)}/treatment-decisions`, { decision: "stop", date: TODAY, reason: "x" })).statusCode).toBe(403);
    expect((await env.clinician.post(`${base(patientId)}/treatment-decisions`, { decision: "pause", date: TODAY, reason: "Good response" })).statusCode).toBe(400);
    expect((await env.clinician.post(`${base(patientId)}/treatment-decisions`, { decision: "continue", date: addDays(TODAY, 5), reason: "x" })).statusCode).toBe(400);

    const continuing = await env.clinician.post(`${base(patientId)}/treatment-decisions`, { decision: "continue", date: TODAY, reason: "Headache days halved" });
    expect(continuing.json().pathway).toMatchObject({ state: "continuing", nextAction: "book-overdue-session" });
    const paused = await env.clinician.post(`${base(patientId)}/treatment-decisions`, { decision: "pause", date: TODAY, reason: "Sustained response", reassessOn: addDays(TODAY, 60) });
    expect(paused.json().pathway).toMatchObject({ state: "paused", nextAction: "reassess-after-pause", nextActionDate: addDays(TODAY, 60) });
    expect(paused.json().decisions.map((d: { decision: string }) => d.decision)).toEqual(["pause", "continue"]);
  });

  it("refuses an update made from a revision that is no longer the newest (stale_version) or from no stated revision (400), writing nothing", async () => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    const id = (await coordinator.post(`${base(patientId)}/authorizations`, { status: "requested", date: TODAY })).json().authorizations[0].id as string;
    const update = (reference: string, fromRevision?: number) => put(coordinator, `${base(patientId)}/authorizations/${id}`, { status: "approved", date: TODAY, reference, reason: "Payer answered", ...(fromRevision === undefined ? {} : { fromRevision }) });
    const stored = async () => (await coordinator.get(`${base(patientId)}/care`)).json().authorizations[0];

    expect((await update("PA-1", 1)).json().authorizations[0]).toMatchObject({ revision: 2, reference: "PA-1" });
    for (const from of [1, 3]) {
      const stale = await update("PA-2", from);
      expect(stale.statusCode, `from ${from}`).toBe(409);
      expect(stale.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 2 } });
      expect(stale.json().error.message).toContain("Someone changed this since you opened it");
    }
    expect(await stored()).toMatchObject({ revision: 2, reference: "PA-1" });
    // A change that does not say what it was made from is refused, naming the field.
    const blind = await update("PA-3");
    expect(blind.statusCode).toBe(400);
    expect(blind.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["fromRevision"]);
    expect(await stored()).toMatchObject({ revision: 2, reference: "PA-1" });
    expect((await update("PA-3", 2)).json().authorizations[0]).toMatchObject({ revision: 3, reference: "PA-3" });
  });

  it("keeps another clinic's and a patient's hands off", async () => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    expect((await (await signedIn(env.http, env.world.b.staff)).get(`${base(patientId)}/care`)).statusCode).toBe(404);
    expect((await (await signedIn(env.http, env.world.ann)).post(`${base(env.world.ann.patientId)}/authorizations`, { status: "requested", date: TODAY })).statusCode).toBe(403);
  });
});
