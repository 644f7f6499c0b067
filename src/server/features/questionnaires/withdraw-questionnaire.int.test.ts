/**
 * Withdrawing a HIT-6 or MIDAS entered in error, on both databases: a revision marking it so with
 * the reason (never a delete, audited), then left out of every figure (the scores and their change,
 * what is due, the patient's own history, the record export the assessment reads), shown to staff
 * apart with its withdrawal; made from the revision seen (stale_version otherwise), again from the
 * withdrawn revision a no-op; the reason required; another clinic's patient not found; a patient
 * refused.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { makePatientWithAccount, testClock } from "../../shared/test-support.ts";

const TODAY = plainDate("2026-12-03");
const NOW = "2026-12-03T10:00:00.000Z";

/** 84 days of chronic migraine, contraindications answered, two preventives failed: eligible, so HIT-6 and MIDAS are due at baseline. */
function eligibleRecord() {
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
    treatments: [],
    questionnaires: [],
  };
}

type Listed = { id: string; instrument: string; score: number; change: number | null; revision: number };

describe.each(testDatabaseKinds())("withdrawing a questionnaire entered in error on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  const clinicA = () => env.world.a.clinicId;
  const chart = (patientId: string) => `/api/clinics/${clinicA()}/patients/${patientId}`;
  const withdrawUrl = (patientId: string, id: string) => `${chart(patientId)}/questionnaires/${id}/withdraw`;

  async function patientWithApp() {
    const patient = await makePatientWithAccount(env.world.deps, clinicA(), env.world.a.staff.userId, { name: "Wren Testwell" });
    expect((await env.clinician.post(`${chart(patient.patientId)}/record`, eligibleRecord())).statusCode).toBe(200);
    return { ...patient, client: await signedIn(env.http, patient) };
  }

  async function paperHit6(patientId: string, date: string, score: number): Promise<string> {
    const id = uuidv7();
    const saved = await env.clinician.post(`${chart(patientId)}/questionnaires`, { id, instrument: "HIT-6", date, score });
    expect(saved.statusCode, saved.body).toBe(200);
    return id;
  }

  const revisionCount = async (recordId: string) =>
    (await env.world.deps.db.selectFrom("clinical_record_revisions").select("revision").where("clinic_id", "=", clinicA()).where("record_id", "=", recordId).execute()).length;

  it("withdraws a paper HIT-6 with its reason: out of the scores, the change, the patient's history and the record export; due again; audited", async () => {
    const wren = await patientWithApp();
    const earlier = await paperHit6(wren.patientId, addDays(TODAY, -20), 62);
    const mistaken = await paperHit6(wren.patientId, TODAY, 52);
    const before = (await env.clinician.get(`${chart(wren.patientId)}/questionnaires`)).json();
    expect(before.questionnaires.map((q: Listed) => [q.id, q.score, q.change, q.revision])).toEqual([
      [mistaken, 52, -10, 1],
      [earlier, 62, null, 1],
    ]);
    expect(before.withdrawn).toEqual([]);

    const events = (await listAuditEvents(env.world.deps.db, clinicA())).length;
    const withdrawn = await env.clinician.post(withdrawUrl(wren.patientId, mistaken), { reason: "  Copied from another patient's paper form  ", fromRevision: 1 });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = withdrawn.json();
    expect(after.questionnaires.map((q: Listed) => [q.id, q.score, q.change])).toEqual([[earlier, 62, null]]);
    expect(after.withdrawn).toEqual([
      {
        id: mistaken,
        instrument: "HIT-6",
        date: TODAY,
        score: 52,
        grade: "some",
        totalOnly: true,
        responses: [],
        a: null,
        b: null,
        revision: 2,
        withdrawal: { reason: "Copied from another patient's paper form", recordedAt: NOW, recordedBy: { userId: env.world.aClinician.userId, name: expect.any(String) } },
      },
    ]);
    expect((await listAuditEvents(env.world.deps.db, clinicA())).slice(events)).toEqual([expect.objectContaining({ action: "questionnaire.withdrawn", entity_id: mistaken })]);
    // Kept, never deleted: the original revision and the withdrawal.
    expect(await revisionCount(mistaken)).toBe(2);
    expect((await env.clinician.get(`${chart(wren.patientId)}/questionnaires`)).json()).toEqual(after);

    const mine = (await wren.client.get("/api/me/questionnaires")).json();
    expect(mine.history.map((q: Listed) => q.id)).toEqual([earlier]);
    const exported = (await env.clinician.get(`${chart(wren.patientId)}/record`)).json();
    expect(exported.questionnaires).toEqual([{ instrument: "HIT-6", date: addDays(TODAY, -20), responses: [], score: 62 }]);
  });

  it("makes a questionnaire due again once the one that did for it is withdrawn, for staff, the phone and its reminders alike", async () => {
    const wren = await patientWithApp();
    const id = await paperHit6(wren.patientId, TODAY, 60);
    const hit6Span = async () => (await env.clinician.get(`${chart(wren.patientId)}/questionnaires`)).json().spans.find((s: { instrument: string }) => s.instrument === "HIT-6");
    expect(await hit6Span()).toMatchObject({ reason: "baseline", doneOn: TODAY });
    expect((await wren.client.get("/api/me/questionnaires")).json().due.map((d: { instrument: string }) => d.instrument)).toEqual(["MIDAS"]);

    expect((await env.clinician.post(withdrawUrl(wren.patientId, id), { reason: "Wrong patient", fromRevision: 1 })).statusCode).toBe(200);
    expect(await hit6Span()).toMatchObject({ reason: "baseline", doneOn: null });
    expect((await wren.client.get("/api/me/questionnaires")).json().due.map((d: { instrument: string }) => d.instrument)).toEqual(["HIT-6", "MIDAS"]);
  });

  it("withdraws from the revision seen: again from the withdrawn revision changes nothing, from the older one is stale", async () => {
    const wren = await patientWithApp();
    const id = await paperHit6(wren.patientId, TODAY, 60);
    const first = await env.clinician.post(withdrawUrl(wren.patientId, id), { reason: "Wrong patient", fromRevision: 1 });
    expect(first.statusCode).toBe(200);
    const stale = await env.clinician.post(withdrawUrl(wren.patientId, id), { reason: "Wrong patient", fromRevision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 2 } });
    const again = await env.clinician.post(withdrawUrl(wren.patientId, id), { reason: "Second thoughts", fromRevision: 2 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await revisionCount(id)).toBe(2);
  });

  it("answers a phone's resend of a withdrawn questionnaire with its own score, and keeps it out of the history", async () => {
    const wren = await patientWithApp();
    const id = uuidv7();
    const body = { id, patientId: wren.patientId, instrument: "MIDAS", date: TODAY, responses: [4, 3, 5, 2, 6], a: 40, b: 7 };
    expect((await wren.client.post("/api/me/questionnaires", body)).statusCode).toBe(200);
    expect((await env.clinician.post(withdrawUrl(wren.patientId, id), { reason: "Filled in on the wrong account", fromRevision: 1 })).statusCode).toBe(200);
    const resent = await wren.client.post("/api/me/questionnaires", body);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toEqual({ id, instrument: "MIDAS", date: TODAY, score: 20, grade: "III", change: null, meaningfulImprovement: null, totalOnly: false });
    expect(await revisionCount(id)).toBe(2);
    expect((await wren.client.get("/api/me/questionnaires")).json().history).toEqual([]);
  });

  it("requires a reason and the revision, naming the field, and stores nothing", async () => {
    const wren = await patientWithApp();
    const id = await paperHit6(wren.patientId, TODAY, 60);
    const cases: [unknown, string[]][] = [
      [{ fromRevision: 1 }, ["reason"]],
      [{ reason: "   ", fromRevision: 1 }, ["reason"]],
      [{ reason: "x".repeat(2001), fromRevision: 1 }, ["reason"]],
      [{ reason: "Wrong patient" }, ["fromRevision"]],
      [{ reason: "Wrong patient", fromRevision: 0 }, ["fromRevision"]],
    ];
    for (const [body, paths] of cases) {
      const response = await env.clinician.post(withdrawUrl(wren.patientId, id), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), JSON.stringify(body)).toEqual(paths);
    }
    expect(await revisionCount(id)).toBe(1);
  });

  it("finds no questionnaire of another clinic's patient or of another patient, and refuses the patient themself", async () => {
    const wren = await patientWithApp();
    const id = await paperHit6(wren.patientId, TODAY, 60);
    const body = { reason: "Wrong patient", fromRevision: 1 };
    const otherAdmin = await signedIn(env.http, env.world.b.staff);
    const fromB = await otherAdmin.post(`/api/clinics/${env.world.b.clinicId}/patients/${wren.patientId}/questionnaires/${id}/withdraw`, body);
    expect(fromB.statusCode).toBe(404);
    expect((await otherAdmin.post(withdrawUrl(wren.patientId, id), body)).statusCode).toBe(404);
    const underAnn = await env.clinician.post(withdrawUrl(env.world.ann.patientId, id), body);
    expect(underAnn.statusCode).toBe(404);
    expect(underAnn.json().error.code).toBe("not_found");
    expect((await env.clinician.post(withdrawUrl(wren.patientId, uuidv7()), body)).statusCode).toBe(404);
    expect((await wren.client.post(withdrawUrl(wren.patientId, id), body)).statusCode).toBe(403);
    expect(await revisionCount(id)).toBe(1);
  });
});
