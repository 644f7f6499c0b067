/**
 * The response review and the treatment decision on both databases (issue 8; pathway-rules §8):
 * the review at the two-cycle point is the stored assessment with the windows' days laid out;
 * a decision keeps that review as its basis, equal to the assessment of that moment and never
 * changed afterwards; a review read before the figures changed refuses the decision; a switch
 * stops the patient and the worklist says why; only clinicians decide, in their own clinic.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

const TODAY = plainDate("2026-12-03");
const FIRST = addDays(TODAY, -180);
const SECOND = addDays(TODAY, -96);
/** The two-cycle point: 167 days after the first session without a third (§8). */
const POINT = addDays(FIRST, 167);

const migraine = (date: PlainDate) => ({ date, headache: true, hours: 6, severity: 2, features: { unilateral: true, pulsating: true, nausea: true } });
const free = (date: PlainDate) => ({ date, headache: false });

/**
 * A chronic patient treated twice: 18 headache days in every 28 before the first session, `after`
 * from it on (6: a responder); every day recorded from 220 days back, but the `unrecorded` ones.
 */
function treatedRecord(after = 6, unrecorded: readonly PlainDate[] = [], sessions: readonly PlainDate[] = [FIRST, SECOND], withHit6 = after < 18) {
  const diary = Array.from({ length: 221 }, (_, i) => addDays(TODAY, i - 220))
    .filter((date) => !unrecorded.includes(date))
    .map((date, i) => ((i % 28) < (date < FIRST ? 18 : after) ? migraine(date) : free(date)));
  return {
    patient: { id: "x" },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary,
    preventives: [
      { name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" },
      { name: "propranolol", class: "beta-blocker", start: "2025-06-01", end: "2025-10-01", outcome: "ineffective" },
    ],
    treatments: sessions.map((date) => ({ date, injections: preemptFixedInjections() })),
    // HIT-6 down 5 or more would make the AHS policy continue whatever the diary says (§8).
    questionnaires: withHit6
      ? [
          { instrument: "HIT-6", date: addDays(FIRST, -3), responses: [4, 4, 3, 3, 4, 3] },
          { instrument: "HIT-6", date: addDays(POINT, -10), responses: [2, 2, 1, 2, 2, 1] },
        ]
      : [],
  };
}

describe.each(testDatabaseKinds())("the response review and the treatment decision on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const base = (patientId: string, clinicId = env.world.a.clinicId) => `/api/clinics/${clinicId}/patients/${patientId}`;
  const treatedPatient = async (record = treatedRecord()) => {
    const patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    expect((await env.clinician.post(`${base(patientId)}/record`, record)).statusCode).toBe(200);
    return patientId;
  };
  const reviewOf = async (patientId: string, query = "") => {
    const answer = await env.clinician.get(`${base(patientId)}/response-review${query}`);
    expect(answer.statusCode).toBe(200);
    return answer.json();
  };
  const decide = (patientId: string, body: Record<string, unknown>) => env.clinician.post(`${base(patientId)}/treatment-decisions`, { date: TODAY, reason: "Reviewed with the patient", ...body });
  const basesOf = async (patientId: string) => env.t.db.selectFrom("treatment_decision_bases").selectAll().where("patient_id", "=", patientId).execute();

  it("lays out the two-cycle review from the stored assessment: windows day by day, reduction, flags, HIT-6 against its baseline", async () => {
    const patientId = await treatedPatient();
    const review = await reviewOf(patientId);
    const assessment = (await env.clinician.get(`${base(patientId)}/assessment`)).json();
    expect(review.assessment).toEqual(assessment);
    expect(review).toMatchObject({ asOf: TODAY, policy: "us-label", sessions: [FIRST, SECOND], schedule: { current: { point: "two-cycles", opensOn: POINT }, next: null } });
    expect(review.assessment.response).toMatchObject({ status: "evaluated", evaluationPoint: "two-cycles", responder30: true, responder50: true, recommendation: "continue" });
    expect(review.baseline).toMatchObject({ start: addDays(FIRST, -28), end: addDays(FIRST, -1), daysRecorded: 28, complete: true, headacheDays: review.assessment.response.baselineHeadacheDays });
    expect(review.evaluation).toMatchObject({ start: addDays(POINT, -27), end: POINT, complete: true, headacheDays: review.assessment.response.evaluationHeadacheDays });
    expect(review.baseline.days).toHaveLength(28);
    expect(review.evaluation.days.filter((d: { headacheDay: boolean }) => d.headacheDay)).toHaveLength(review.evaluation.headacheDays);
    expect(review.questionnaires[0]).toMatchObject({ instrument: "HIT-6", baseline: { date: addDays(FIRST, -3) }, followUp: { date: addDays(POINT, -10) }, supportsContinuing: true });
    expect(review.questionnaires[0].change).toBeLessThanOrEqual(-5);
    expect(review.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // The same figures give the same fingerprint; another policy, another review.
    expect((await reviewOf(patientId)).fingerprint).toBe(review.fingerprint);
    expect((await reviewOf(patientId, "?policy=nice-ta260")).fingerprint).not.toBe(review.fingerprint);
  });

  it("says when the review opens before the two-cycle point, and what an incomplete window lacks", async () => {
    const early = await reviewOf(await treatedPatient(treatedRecord(6, [], [addDays(TODAY, -100)])));
    expect(early.assessment.response.status).toBe("too-early");
    expect(early.schedule.current).toEqual({ point: "two-cycles", opensOn: addDays(TODAY, 67) });
    expect(early.evaluation).toMatchObject({ end: addDays(TODAY, 67) });

    const gaps = Array.from({ length: 12 }, (_, i) => addDays(POINT, -i));
    const incomplete = await reviewOf(await treatedPatient(treatedRecord(6, gaps)));
    expect(incomplete.assessment.response.status).toBe("insufficient-data");
    expect(incomplete.evaluation).toMatchObject({ daysRecorded: 16, complete: false, daysNeeded: 4 });
    expect(incomplete.evaluation.days.filter((d: { recorded: boolean }) => !d.recorded)).toHaveLength(12);
  });

  it("keeps the review a decision was made on, equal to the assessment then, unchanged when the figures move on", async () => {
    const patientId = await treatedPatient();
    const review = await reviewOf(patientId);
    const assessmentThen = (await env.clinician.get(`${base(patientId)}/assessment`)).json();
    const decided = await decide(patientId, { decision: "continue", reviewed: { asOf: review.asOf, policy: review.policy, fingerprint: review.fingerprint } });
    expect(decided.statusCode).toBe(200);
    const decision = decided.json().decisions[0];
    expect(decision.basis).toEqual({ asOf: TODAY, policy: "us-label", recommendation: "continue", followsRecommendation: true });
    expect(decided.json().pathway).toMatchObject({ state: "continuing", stoppedBy: null });

    const basisUrl = `${base(patientId)}/treatment-decisions/${decision.id}/basis`;
    const basis = (await env.clinician.get(basisUrl)).json();
    expect(basis).toMatchObject({ decisionId: decision.id, asOf: TODAY, policy: "us-label", recommendation: "continue", followsRecommendation: true });
    expect(basis.review).toEqual(review);
    expect(basis.review.assessment).toEqual(assessmentThen);

    // New diary days change the live review, never the basis; the database refuses to change a basis.
    expect((await env.clinician.post(`${base(patientId)}/diary/import`, { days: [migraine(addDays(TODAY, -1)), migraine(TODAY)] })).statusCode).toBe(200);
    expect((await reviewOf(patientId)).fingerprint).not.toBe(review.fingerprint);
    expect((await env.clinician.get(basisUrl)).json()).toEqual(basis);
    await expect(sql`UPDATE treatment_decision_bases SET recommendation = 'stop' WHERE patient_id = ${patientId}`.execute(env.t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM treatment_decision_bases WHERE patient_id = ${patientId}`.execute(env.t.db)).rejects.toThrow(/append-only/);
    expect((await env.clinician.get(basisUrl)).json()).toEqual(basis);
  });

  it("refuses a decision made on a review whose figures changed since it was read, writing nothing", async () => {
    const patientId = await treatedPatient();
    const review = await reviewOf(patientId);
    const imported = await env.clinician.post(`${base(patientId)}/diary/import`, { days: Array.from({ length: 8 }, (_, i) => migraine(addDays(POINT, -i))) });
    expect(imported.json().imported).toBeGreaterThan(0);
    const stale = await decide(patientId, { decision: "continue", reviewed: { asOf: review.asOf, policy: review.policy, fingerprint: review.fingerprint } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "stale_version", details: { reviewChanged: true } });
    expect(stale.json().error.message).toContain("The figures changed since you opened the review");
    expect((await env.clinician.get(`${base(patientId)}/care`)).json().decisions).toEqual([]);
    expect(await basesOf(patientId)).toEqual([]);
    const fresh = await reviewOf(patientId);
    expect((await decide(patientId, { decision: "continue", reviewed: { asOf: fresh.asOf, policy: fresh.policy, fingerprint: fresh.fingerprint } })).statusCode).toBe(200);
  });

  it("marks a decision that departs from the recommendation, and keeps one made before the point with none to follow", async () => {
    const nonResponder = await treatedPatient(treatedRecord(17, [], [FIRST, SECOND], false));
    const review = await reviewOf(nonResponder);
    expect(review.assessment.response).toMatchObject({ status: "evaluated", responder30: false, recommendation: "stop" });
    const continued = (await decide(nonResponder, { decision: "continue", reviewed: { asOf: review.asOf, policy: review.policy, fingerprint: review.fingerprint } })).json();
    expect(continued.decisions[0].basis).toMatchObject({ recommendation: "stop", followsRecommendation: false });

    const early = await treatedPatient(treatedRecord(6, [], [addDays(TODAY, -100)]));
    const stopped = (await decide(early, { decision: "stop", reason: "Ptosis after the first cycle; the patient declines more" })).json();
    expect(stopped.decisions[0].basis).toEqual({ asOf: TODAY, policy: "us-label", recommendation: null, followsRecommendation: null });
    expect((await basesOf(early))[0]).toMatchObject({ recommendation: null, follows_recommendation: null });
  });

  it("switches a patient to another treatment: stopped, said why on the chart and the worklist; the treatment named, and only for a switch", async () => {
    const patientId = await treatedPatient(treatedRecord(17, [], [FIRST, SECOND], false));
    const missing = await decide(patientId, { decision: "switch" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["switchTo"]);
    expect((await decide(patientId, { decision: "continue", switchTo: "Erenumab" })).statusCode).toBe(400);

    const switched = await decide(patientId, { decision: "switch", switchTo: "Erenumab (CGRP antibody)" });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().pathway).toMatchObject({ state: "stopped", stoppedBy: "switch", nextAction: "none", nextDue: null });
    expect(switched.json().decisions[0]).toMatchObject({ decision: "switch", switchTo: "Erenumab (CGRP antibody)", basis: { recommendation: "stop", followsRecommendation: true } });
    const worklist = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/worklist?state=stopped&pageSize=500`)).json();
    expect(worklist.rows.find((row: { patientId: string }) => row.patientId === patientId)).toMatchObject({ state: "stopped", stoppedBy: "switch" });
  });

  it("lets only clinicians decide, in their own clinic; others read the review but record nothing", async () => {
    const patientId = await treatedPatient();
    const decision = (await decide(patientId, { decision: "continue" })).json().decisions[0];
    const before = await basesOf(patientId);
    for (const role of ["coordinator", "injector"] as const) {
      const member = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, role));
      expect((await member.post(`${base(patientId)}/treatment-decisions`, { decision: "stop", date: TODAY, reason: "x" })).statusCode, role).toBe(403);
      expect((await member.get(`${base(patientId)}/response-review`)).statusCode, role).toBe(200);
      expect((await member.get(`${base(patientId)}/treatment-decisions/${decision.id}/basis`)).statusCode, role).toBe(200);
    }
    const other = await signedIn(env.http, env.world.b.staff);
    expect((await other.get(`${base(patientId)}/response-review`)).statusCode).toBe(404);
    expect((await other.get(`${base(patientId)}/treatment-decisions/${decision.id}/basis`)).statusCode).toBe(404);
    expect((await other.post(`${base(patientId)}/treatment-decisions`, { decision: "stop", date: TODAY, reason: "x" })).statusCode).toBe(404);
    // Another clinic's patient named down this clinic's path is not found either.
    expect((await other.get(`${base(patientId, env.world.b.clinicId)}/treatment-decisions/${decision.id}/basis`)).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(`${base(env.world.ann.patientId)}/response-review`)).statusCode).toBe(403);
    // A decision is read only through its own patient.
    const otherPatient = await treatedPatient();
    expect((await env.clinician.get(`${base(otherPatient)}/treatment-decisions/${decision.id}/basis`)).statusCode).toBe(404);
    expect(await basesOf(patientId)).toEqual(before);
  });
});
