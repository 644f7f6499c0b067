/**
 * A preventive trial's dose on both databases (issue 10: the packet's failed-preventive table):
 * added and changed over HTTP as a new revision of the trial (earlier revisions keep theirs),
 * refused with the field named when too long or holding a control character, refused by the
 * database itself when empty or too long, and carried by the record export and import.
 */
import { describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { NOW, httpWorld, put } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { insertTrialRevision, trialRevisions } from "./preventive-trials-repository.ts";

const TOPIRAMATE = { name: "Topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-04-01", outcome: "ineffective" } as const;
const PROPRANOLOL = { name: "Propranolol", class: "beta-blocker", start: "2025-05-01", end: "2025-08-01", outcome: "not-tolerated" } as const;

describe.each(testDatabaseKinds())("a preventive trial's dose on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const base = (patientId: string) => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}`;
  const newPatient = async () => (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;

  it("is added with a trial, changed by a new revision, cleared, and an unchanged dose stores nothing", async () => {
    const patientId = await newPatient();
    const added = await env.clinician.post(`${base(patientId)}/preventives`, { ...TOPIRAMATE, dose: " 100 mg daily " });
    expect(added.statusCode, added.body).toBe(200);
    const trial = added.json().preventives[0];
    expect(trial).toMatchObject({ ...TOPIRAMATE, dose: "100 mg daily", revision: 1 });

    const changed = await put(env.clinician, `${base(patientId)}/preventives/${trial.id}`, { ...TOPIRAMATE, dose: "50 mg twice daily", fromRevision: 1 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().preventives[0]).toMatchObject({ dose: "50 mg twice daily", revision: 2 });
    const same = await put(env.clinician, `${base(patientId)}/preventives/${trial.id}`, { ...TOPIRAMATE, dose: "50 mg twice daily", fromRevision: 2 });
    expect(same.json().preventives[0].revision).toBe(2);
    const cleared = await put(env.clinician, `${base(patientId)}/preventives/${trial.id}`, { ...TOPIRAMATE, dose: "", fromRevision: 2 });
    expect(cleared.json().preventives[0]).toMatchObject({ dose: null, revision: 3 });

    const revisions = await trialRevisions(env.t.db, env.world.a.clinicId, trial.id);
    expect(revisions.map((r) => r.dose)).toEqual(["100 mg daily", "50 mg twice daily", null]);
    // A trial added without a dose has none; the assessment judges the trial as before (the dose is never read by the rules).
    const other = await env.clinician.post(`${base(patientId)}/preventives`, PROPRANOLOL);
    expect(other.json().preventives.map((p: { dose: string | null }) => p.dose)).toEqual([null, null]);
    const assessment = (await env.clinician.get(`${base(patientId)}/assessment?policy=us-payer`)).json();
    expect(assessment.eligibility.criteria.find((c: { id: string }) => c.id === "preventives-failed")).toMatchObject({ status: "met" });
  });

  it("answers 400 naming the dose when it is too long or holds a control character, and stores nothing", async () => {
    const patientId = await newPatient();
    for (const dose of ["x".repeat(201), "100 mg\ndaily", "100 mg\u0000"]) {
      const response = await env.clinician.post(`${base(patientId)}/preventives`, { ...TOPIRAMATE, dose });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["dose"]);
      expect(response.body).not.toContain("100 mg");
    }
    expect((await env.clinician.get(`${base(patientId)}/history`)).json().preventives).toEqual([]);
    const added = (await env.clinician.post(`${base(patientId)}/preventives`, { ...TOPIRAMATE, dose: "x".repeat(200) })).json().preventives[0];
    const amended = await put(env.clinician, `${base(patientId)}/preventives/${added.id}`, { ...TOPIRAMATE, dose: "x".repeat(201), fromRevision: 1 });
    expect(amended.statusCode).toBe(400);
    expect(amended.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["dose"]);
  });

  it("is refused by the database when empty or over 200 characters, as the contract refuses it", async () => {
    const patientId = await newPatient();
    const added = (await env.clinician.post(`${base(patientId)}/preventives`, TOPIRAMATE)).json().preventives[0];
    const row = (dose: string) => ({
      clinic_id: env.world.a.clinicId, trial_id: added.id, revision: 2, name: TOPIRAMATE.name, class: TOPIRAMATE.class, start_date: TOPIRAMATE.start, end_date: TOPIRAMATE.end,
      outcome: TOPIRAMATE.outcome, dose, status: "active" as const, recorded_at: "2026-07-20T10:00:01.000Z", recorded_by: env.world.aClinician.userId,
    });
    await expect(insertTrialRevision(env.t.db, row(""))).rejects.toThrow(/preventive_trial_revisions_dose_length/);
    await expect(insertTrialRevision(env.t.db, row("x".repeat(201)))).rejects.toThrow(/preventive_trial_revisions_dose_length/);
    expect((await trialRevisions(env.t.db, env.world.a.clinicId, added.id)).map((r) => r.dose)).toEqual([null]);
  });

  it("is carried by the record export and import: exported, imported into another patient, and the same record again stores nothing", async () => {
    const from = await newPatient();
    await env.clinician.post(`${base(from)}/preventives`, { ...TOPIRAMATE, dose: "100 mg daily" });
    await env.clinician.post(`${base(from)}/preventives`, PROPRANOLOL);
    const exported = (await env.clinician.get(`${base(from)}/record`)).json();
    expect(exported.preventives).toEqual([{ ...TOPIRAMATE, dose: "100 mg daily" }, PROPRANOLOL]);
    const parsed = parsePatientRecord(exported);
    expect(parsed.ok && parsed.value.unknownFields).toEqual([]);

    const to = await newPatient();
    const { patient: _sent, ...withoutPatient } = exported;
    const record = { ...withoutPatient, patient: { id: "elsewhere" } };
    const imported = await env.clinician.post(`${base(to)}/record`, record);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().created.preventives).toBe(2);
    const history = (await env.clinician.get(`${base(to)}/history`)).json();
    expect(history.preventives.map((p: { name: string; dose: string | null }) => [p.name, p.dose])).toEqual([["Topiramate", "100 mg daily"], ["Propranolol", null]]);
    const again = (await env.clinician.post(`${base(to)}/record`, record)).json();
    expect(again.created.preventives).toBe(0);
    expect(again.unchanged.preventives).toBe(2);
    // A record whose trial differs only by its dose is a different version of what the clinic has: added, as a changed outcome would be.
    const redosed = (await env.clinician.post(`${base(to)}/record?dryRun=true`, { ...record, preventives: [{ ...TOPIRAMATE, dose: "200 mg daily" }] })).json();
    expect(redosed.created.preventives).toBe(1);
  });
});
