/**
 * The clinical history and preventive treatments over HTTP (ADR 0011): every save a new
 * revision (nothing overwritten, the latest current), a trial entered in error withdrawn by a
 * revision, clinics kept apart, bad input a 400 naming the field, and the patient's assessment
 * judged on the current history (pathway-rules §5).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { addDays } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { NOW, TODAY, httpWorld, knownDiary, put, signedIn, type World } from "../../http/assessment-test-support.ts";
import { testApp, type TestApp, type TestClient } from "../../http/test-app.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { testClock } from "../../shared/test-support.ts";
import { historyRevisions } from "./history-repository.ts";
import { trialRevisions } from "./preventive-trials-repository.ts";

const NO_HISTORY = { chronicMigraineSince: null, botulinumHypersensitivity: null, injectionSiteInfection: null, overuseManaged: null, noPreventivesTried: false };
const NO_CONTRAINDICATION = { ...NO_HISTORY, botulinumHypersensitivity: false, injectionSiteInfection: false };
/** 60 days (pathway-rules §5: an ineffective trial counts from 60 days). */
const TOPIRAMATE = { name: "Topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-03-02", outcome: "ineffective" };
const PROPRANOLOL = { name: "Propranolol", class: "beta-blocker", start: "2025-04-01", end: "2025-07-01", outcome: "ineffective" };

describe.each(testDatabaseKinds())("clinical history over HTTP on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  let t: TestDatabase;
  let http: TestApp;
  let world: World;
  let staff: TestClient;
  beforeAll(() => {
    ({ t, http, world, clinician: staff } = env);
  });

  const base = (patientId: string, clinicId = world.a.clinicId) => `/api/clinics/${clinicId}/patients/${patientId}`;
  const del = (client: TestClient, url: string) => client.request({ method: "DELETE", url });
  /** Withdraws a trial from its revision `fromRevision` (a DELETE names it in the query). */
  const withdraw = (client: TestClient, patientId: string, trialId: string, fromRevision: number) => del(client, `${base(patientId)}/preventives/${trialId}?fromRevision=${fromRevision}`);

  async function newPatient(): Promise<string> {
    return (await world.newPatient(world.a.clinicId, world.a.staff.userId)).id;
  }

  async function addTrial(patientId: string, trial: object): Promise<string> {
    const before = new Set<string>((await staff.get(`${base(patientId)}/history`)).json().preventives.map((p: { id: string }) => p.id));
    const response = await staff.post(`${base(patientId)}/preventives`, trial);
    expect(response.statusCode, response.body).toBe(200);
    const added = response.json().preventives.find((p: { id: string }) => !before.has(p.id));
    return added.id as string;
  }

  async function eligibility(patientId: string, policy = "us-payer") {
    const body = (await staff.get(`${base(patientId)}/assessment?policy=${policy}`)).json();
    const criteria = Object.fromEntries(body.eligibility.criteria.map((c: { id: string; status: string }) => [c.id, c]));
    return { status: body.eligibility.status as string, criteria, chronicMigraine: body.chronicMigraine.status as string };
  }

  it("answers an unrecorded history as unknown everywhere: no answers and no preventive history", async () => {
    const patientId = await newPatient();
    const response = await staff.get(`${base(patientId)}/history`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      history: { chronicMigraineSince: null, botulinumHypersensitivity: null, injectionSiteInfection: null, overuseManaged: null, preventiveHistory: "not-recorded", revision: 0, recordedAt: null, recordedBy: null },
      preventives: [],
    });
    const { criteria } = await eligibility(patientId);
    expect(criteria["no-contraindication"].status).toBe("unknown");
    expect(criteria["preventives-failed"].status).toBe("unknown");
  });

  it("appends a revision on every save of the history: the earlier ones stay as they were and the latest is current", async () => {
    const patientId = await newPatient();
    const first = await put(staff, `${base(patientId)}/history`, { ...NO_HISTORY, botulinumHypersensitivity: true, fromRevision: 0 });
    expect(first.statusCode, first.body).toBe(200);
    clock.advance(60_000);
    const second = await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, chronicMigraineSince: "2024-05-01", overuseManaged: true, fromRevision: 1 });
    clock.set(NOW);
    expect(second.json().history).toEqual({
      chronicMigraineSince: "2024-05-01",
      botulinumHypersensitivity: false,
      injectionSiteInfection: false,
      overuseManaged: true,
      preventiveHistory: "not-recorded",
      revision: 2,
      recordedAt: "2026-07-20T10:01:00.000Z",
      recordedBy: { userId: world.aClinician.userId, name: "Staff clinician" },
    });
    expect((await staff.get(`${base(patientId)}/history`)).json().history).toEqual(second.json().history);
    const rows = await historyRevisions(t.db, world.a.clinicId, patientId);
    expect(rows.map((row) => [row.botulinum_hypersensitivity, row.injection_site_infection, row.overuse_managed, row.chronic_migraine_since])).toEqual([
      [true, null, null, null],
      [false, false, true, "2024-05-01"],
    ]);
  });

  it("amends a trial by a new revision of it, keeping the first; sending the current trial again stores nothing", async () => {
    const patientId = await newPatient();
    const trialId = await addTrial(patientId, { ...TOPIRAMATE, end: null, outcome: "ongoing" });
    const amended = await put(staff, `${base(patientId)}/preventives/${trialId}`, { ...TOPIRAMATE, fromRevision: 1 });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json().preventives).toEqual([
      { id: trialId, revision: 2, ...TOPIRAMATE, dose: null, recordedAt: NOW, recordedBy: { userId: world.aClinician.userId, name: "Staff clinician" } },
    ]);
    expect(amended.json().history.preventiveHistory).toBe("recorded");
    expect((await put(staff, `${base(patientId)}/preventives/${trialId}`, { ...TOPIRAMATE, fromRevision: 2 })).statusCode).toBe(200);
    const rows = await trialRevisions(t.db, world.a.clinicId, trialId);
    expect(rows.map((row) => [row.revision, row.end_date, row.outcome, row.status])).toEqual([
      [1, null, "ongoing", "active"],
      [2, "2025-03-02", "ineffective", "active"],
    ]);
  });

  it("withdraws a trial entered in error by a revision: hidden from the history and from the assessment, its rows kept", async () => {
    const patientId = await newPatient();
    const keep = await addTrial(patientId, TOPIRAMATE);
    const withdrawn = await addTrial(patientId, PROPRANOLOL);
    const before = await eligibility(patientId, "ehf-2018");
    expect(before.criteria["preventives-failed"].evidence.distinct).toEqual(["propranolol", "topiramate"]);

    const response = await withdraw(staff, patientId, withdrawn, 1);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().preventives.map((p: { id: string }) => p.id)).toEqual([keep]);
    const after = await eligibility(patientId, "ehf-2018");
    expect(after.criteria["preventives-failed"].evidence.trials.map((trial: { name: string }) => trial.name)).toEqual(["Topiramate"]);
    expect(after.criteria["preventives-failed"].status).toBe("not-met");
    expect((await trialRevisions(t.db, world.a.clinicId, withdrawn)).map((row) => [row.revision, row.name, row.status])).toEqual([
      [1, "Propranolol", "active"],
      [2, "Propranolol", "entered-in-error"],
    ]);

    // Withdrawing again (from the withdrawn revision) changes nothing; amending a withdrawn trial is a conflict; an unknown trial is not found.
    expect((await withdraw(staff, patientId, withdrawn, 2)).statusCode).toBe(200);
    expect(await trialRevisions(t.db, world.a.clinicId, withdrawn)).toHaveLength(2);
    expect((await put(staff, `${base(patientId)}/preventives/${withdrawn}`, { ...PROPRANOLOL, fromRevision: 2 })).json().error.code).toBe("conflict");
    expect((await withdraw(staff, patientId, uuidv7(), 1)).statusCode).toBe(404);
  });

  it("tells 'none tried' (not met) from 'not recorded' (unknown), and never keeps 'none tried' beside a standing trial", async () => {
    const patientId = await newPatient();
    const none = await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, noPreventivesTried: true, fromRevision: 0 });
    expect(none.json().history.preventiveHistory).toBe("none-tried");
    expect((await eligibility(patientId)).criteria["preventives-failed"].status).toBe("not-met");

    const trialId = await addTrial(patientId, TOPIRAMATE);
    const recorded = (await staff.get(`${base(patientId)}/history`)).json().history;
    // Adding the trial revised "none tried" to "not said": a revision of the history, which a save must start from.
    expect(recorded).toMatchObject({ preventiveHistory: "recorded", botulinumHypersensitivity: false, injectionSiteInfection: false, revision: 2 });
    const refused = await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, noPreventivesTried: true, fromRevision: 2 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["noPreventivesTried"]);

    // With its only trial withdrawn, the preventive history is unknown again, not "none tried".
    expect((await withdraw(staff, patientId, trialId, 1)).json().history.preventiveHistory).toBe("not-recorded");
    expect((await eligibility(patientId)).criteria["preventives-failed"].status).toBe("unknown");
    const flags = (await historyRevisions(t.db, world.a.clinicId, patientId)).map((row) => row.no_preventives_tried);
    expect(flags).toEqual([true, false]);
  });

  it("orders revisions by number, not by app servers' clocks: a save from a server 0.5 s behind still becomes current", async () => {
    // Two app servers on one database, B's clock half a second behind A's (as after NTP drift).
    const behind = testClock(new Date(Date.parse(NOW) - 500).toISOString());
    const serverB = await testApp(t.db, { clock: behind });
    try {
      const staffB = await signedIn(serverB, world.aClinician);
      const patientId = await newPatient();
      const none = await put(staff, `${base(patientId)}/history`, { ...NO_HISTORY, noPreventivesTried: true, fromRevision: 0 });
      expect(none.json().history.preventiveHistory).toBe("none-tried");

      const added = await staffB.post(`${base(patientId)}/preventives`, TOPIRAMATE);
      expect(added.statusCode, added.body).toBe(200);
      expect(added.json().history.preventiveHistory).toBe("recorded");
      expect(added.json().preventives.map((p: { name: string }) => p.name)).toEqual(["Topiramate"]);
      expect((await staff.get(`${base(patientId)}/history`)).json().history.preventiveHistory).toBe("recorded");

      const trialId = added.json().preventives[0].id as string;
      const withdrawn = await withdraw(staffB, patientId, trialId, 1);
      expect(withdrawn.json().history.preventiveHistory).toBe("not-recorded");
      expect((await staff.get(`${base(patientId)}/history`)).json().history.preventiveHistory).toBe("not-recorded");
      expect((await eligibility(patientId)).criteria["preventives-failed"].status).toBe("unknown");

      const answered = await put(staffB, `${base(patientId)}/history`, { ...NO_HISTORY, botulinumHypersensitivity: false, fromRevision: 2 });
      expect(answered.json().history).toMatchObject({ botulinumHypersensitivity: false, preventiveHistory: "not-recorded" });
      expect((await staff.get(`${base(patientId)}/history`)).json().history.botulinumHypersensitivity).toBe(false);

      // recorded_at is information only, and never goes back: B's revisions carry A's instant.
      const rows = await historyRevisions(t.db, world.a.clinicId, patientId);
      expect(rows.map((row) => [row.revision, row.no_preventives_tried, row.botulinum_hypersensitivity, row.recorded_at])).toEqual([
        [1, true, null, NOW],
        [2, false, null, NOW],
        [3, false, false, NOW],
      ]);
    } finally {
      await serverB.close();
    }
  });

  it("refuses a chronic migraine attestation dated after the patient's today or before their birth date, naming the field", async () => {
    const patientId = await newPatient();
    for (const since of [addDays(TODAY, 1), "1984-02-28", "0001-01-01"]) {
      const response = await put(staff, `${base(patientId)}/history`, { ...NO_HISTORY, chronicMigraineSince: since, fromRevision: 0 });
      expect(response.statusCode, since).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), since).toEqual(["chronicMigraineSince"]);
    }
    expect((await staff.get(`${base(patientId)}/history`)).json().history.recordedAt).toBeNull();
    // The boundaries themselves are allowed: the birth date (1984-02-29) and the patient's today.
    for (const [fromRevision, since] of [[0, "1984-02-29"], [1, TODAY]] as const) {
      const response = await put(staff, `${base(patientId)}/history`, { ...NO_HISTORY, chronicMigraineSince: since, fromRevision });
      expect(response.statusCode, since).toBe(200);
      expect(response.json().history.chronicMigraineSince).toBe(since);
    }
  });

  it("makes eligibility decidable under us-payer: insufficient data, then eligible once answered, not eligible with hypersensitivity", async () => {
    const patientId = await newPatient();
    const imported = await staff.post(`${base(patientId)}/diary/import`, { days: knownDiary() });
    expect(imported.statusCode, imported.body).toBe(200);
    const start = await eligibility(patientId);
    expect(start.status).toBe("insufficient-data");
    expect(start.chronicMigraine).toBe("insufficient-data");

    // pathway-rules §3: an attestation since A-90 or earlier, with W1 complete, makes chronic migraine met; A-89 does not.
    await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, chronicMigraineSince: addDays(TODAY, -89), fromRevision: 0 });
    expect((await eligibility(patientId)).chronicMigraine).toBe("insufficient-data");
    await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, chronicMigraineSince: addDays(TODAY, -90), fromRevision: 1 });
    const answered = await eligibility(patientId);
    expect(answered.chronicMigraine).toBe("met");
    expect(answered.criteria["no-contraindication"].status).toBe("met");
    expect(answered.status).toBe("insufficient-data");

    // Two classes failed, but the beta-blocker's 59 days are too short for "ineffective" to count.
    await addTrial(patientId, TOPIRAMATE);
    const betaBlocker = await addTrial(patientId, { ...PROPRANOLOL, end: "2025-05-30" });
    expect((await eligibility(patientId)).status).toBe("not-eligible");
    await put(staff, `${base(patientId)}/preventives/${betaBlocker}`, { ...PROPRANOLOL, end: "2025-05-31", fromRevision: 1 });
    const eligible = await eligibility(patientId);
    expect(eligible.criteria["preventives-failed"].status).toBe("met");
    expect(eligible.status).toBe("eligible");

    await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, chronicMigraineSince: addDays(TODAY, -90), botulinumHypersensitivity: true, fromRevision: 2 });
    const hypersensitive = await eligibility(patientId);
    expect(hypersensitive.criteria["no-contraindication"].status).toBe("not-met");
    expect(hypersensitive.status).toBe("not-eligible");
  });

  it("answers 400 naming the field for bad history or trial input, and stores nothing", async () => {
    const patientId = await newPatient();
    const trialCases: [object, string][] = [
      [{ ...TOPIRAMATE, end: "2024-12-31" }, "end"],
      [{ ...TOPIRAMATE, name: "   " }, "name"],
      [{ ...TOPIRAMATE, name: "x".repeat(201) }, "name"],
      [{ ...TOPIRAMATE, class: "triptan" }, "class"],
      [{ ...TOPIRAMATE, outcome: "failed" }, "outcome"],
      [{ ...TOPIRAMATE, start: "2025-02-30" }, "start"],
      [{ ...TOPIRAMATE, start: addDays(TODAY, 2), end: null }, "start"],
      [{ ...TOPIRAMATE, end: "2025-13-01" }, "end"],
    ];
    for (const [body, field] of trialCases) {
      const response = await staff.post(`${base(patientId)}/preventives`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), JSON.stringify(body)).toEqual([field]);
    }
    const historyCases: [object, string][] = [
      [{ ...NO_HISTORY, chronicMigraineSince: "2026-02-30" }, "chronicMigraineSince"],
      [{ ...NO_HISTORY, chronicMigraineSince: addDays(TODAY, 1) }, "chronicMigraineSince"],
      [{ ...NO_HISTORY, botulinumHypersensitivity: "yes" }, "botulinumHypersensitivity"],
      [{ ...NO_HISTORY, noPreventivesTried: null }, "noPreventivesTried"],
    ];
    for (const [body, field] of historyCases) {
      const response = await put(staff, `${base(patientId)}/history`, { ...body, fromRevision: 0 });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), JSON.stringify(body)).toEqual([field]);
    }
    expect((await staff.get(`${base(patientId)}/history`)).json().history.recordedAt).toBeNull();
    // An absent end is an ongoing trial; the patient's tomorrow is allowed for a start (travel), as for diary days.
    const ongoing = await staff.post(`${base(patientId)}/preventives`, { name: "Erenumab", class: "cgrp-antibody", start: "2026-07-01", outcome: "ongoing" });
    expect(ongoing.json().preventives[0]).toMatchObject({ name: "Erenumab", end: null });
    expect((await staff.post(`${base(patientId)}/preventives`, { ...TOPIRAMATE, start: addDays(TODAY, 1), end: null, outcome: "ongoing" })).statusCode).toBe(200);
    expect((await put(staff, `${base(patientId)}/history`, { ...NO_HISTORY, chronicMigraineSince: TODAY, fromRevision: 0 })).statusCode).toBe(200);
  });

  it("keeps clinics and patients apart: another clinic's patient or another patient's trial is not_found, a patient account is forbidden", async () => {
    const patientId = await newPatient();
    const trialId = await addTrial(patientId, TOPIRAMATE);
    const otherPatient = await newPatient();
    expect((await put(staff, `${base(otherPatient)}/preventives/${trialId}`, { ...PROPRANOLOL, fromRevision: 1 })).statusCode).toBe(404);
    expect((await withdraw(staff, otherPatient, trialId, 1)).statusCode).toBe(404);

    const clinicB = await signedIn(http, world.b.staff);
    for (const response of [
      await clinicB.get(`${base(patientId)}/history`),
      await clinicB.get(`${base(patientId, world.b.clinicId)}/history`),
      await put(clinicB, `${base(patientId, world.b.clinicId)}/history`, { ...NO_HISTORY, fromRevision: 0 }),
      await put(clinicB, `${base(patientId, world.b.clinicId)}/preventives/${trialId}`, { ...PROPRANOLOL, fromRevision: 1 }),
      await del(clinicB, `${base(patientId, world.b.clinicId)}/preventives/${trialId}?fromRevision=1`),
    ]) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    expect(await trialRevisions(t.db, world.a.clinicId, trialId)).toHaveLength(1);

    const ann = await signedIn(http, world.ann);
    for (const response of [
      await ann.get(`${base(world.ann.patientId)}/history`),
      await put(ann, `${base(world.ann.patientId)}/history`, { ...NO_HISTORY, fromRevision: 0 }),
      await ann.post(`${base(world.ann.patientId)}/preventives`, TOPIRAMATE),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("forbidden");
    }
  });

  it("audits every change with ids and verbs only: no drug, date or answer in the audit trail", async () => {
    const patientId = await newPatient();
    await put(staff, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, noPreventivesTried: true, fromRevision: 0 });
    const trialId = await addTrial(patientId, TOPIRAMATE);
    await put(staff, `${base(patientId)}/preventives/${trialId}`, { ...TOPIRAMATE, outcome: "not-tolerated", fromRevision: 1 });
    await withdraw(staff, patientId, trialId, 2);
    const events = (await listAuditEvents(t.db, world.a.clinicId)).filter((event) => event.entity === "preventive_trial" ? event.entity_id === trialId : event.entity === "clinical_history_revision");
    const mine = events.filter((event) => event.entity === "preventive_trial").map((event) => event.action);
    expect(mine).toEqual(["preventive_trial.added", "preventive_trial.amended", "preventive_trial.withdrawn"]);
    const text = JSON.stringify(events);
    for (const secret of ["Topiramate", "antiepileptic", "2025-01-01", "not-tolerated"]) expect(text).not.toContain(secret);
    for (const event of events) expect(event.actor_user_id).toBe(world.aClinician.userId);
  });
});
