/**
 * The whole record in and out on both databases (assess-contract.md, `cephalog.patient-record/1`):
 * the export holds every record type; `cephalog assess` on the export gives the stored patient's
 * assessment (a property over random records); the import is all or nothing, idempotent, names
 * every bad field, and a dry run writes nothing; other clinics and patients are refused.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { assess } from "#domain/assess/assess.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { POLICIES, SYMPTOM_CODES, type PolicyId } from "#domain/shared/record.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, overTheWire, put, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

const TODAY = plainDate("2026-12-03");
const BIRTH = "1984-02-29";

/** A plausible record: a diary of the last 200 days, sessions 84+ days apart, questionnaires, doses, reports. */
const recordArb = fc
  .record({
    days: fc.array(
      fc.record({
        back: fc.integer({ min: 0, max: 199 }),
        headache: fc.boolean(),
        hours: fc.integer({ min: 0, max: 24 }),
        severity: fc.constantFrom(1, 2, 3),
        nausea: fc.boolean(),
        pulsating: fc.boolean(),
        triptan: fc.boolean(),
      }),
      { maxLength: 160 },
    ),
    sessionsBack: fc.uniqueArray(fc.constantFrom(10, 100, 190), { maxLength: 3 }),
    dose: fc.option(fc.record({ back: fc.integer({ min: 0, max: 150 }), units: fc.integer({ min: 10, max: 300 }) }), { nil: null }),
    hit6: fc.array(fc.record({ back: fc.integer({ min: 0, max: 199 }), responses: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }) }), { maxLength: 2 }),
    reports: fc.array(fc.record({ back: fc.integer({ min: 0, max: 150 }), symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOM_CODES), { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
    history: fc.record({ botulinumHypersensitivity: fc.boolean(), injectionSiteInfection: fc.boolean(), overuseManaged: fc.boolean() }),
    preventives: fc.option(fc.array(fc.record({ name: fc.constantFrom("topiramate", "propranolol", "amitriptyline", "candesartan"), class: fc.constantFrom("antiepileptic", "beta-blocker", "antidepressant", "arb-ace"), back: fc.integer({ min: 200, max: 900 }), length: fc.integer({ min: 20, max: 180 }), outcome: fc.constantFrom("ineffective", "not-tolerated", "effective") }), { maxLength: 3 }), { nil: undefined }),
    policy: fc.constantFrom(...POLICIES),
  })
  .map((g) => {
    const byDate = new Map(g.days.map((d) => [d.back, d]));
    const date = (back: number) => addDays(TODAY, -back);
    return {
      policy: g.policy as PolicyId,
      record: {
        patient: { id: "sent-id", birthDate: BIRTH },
        history: g.history,
        diary: [...byDate.values()].map((d) =>
          d.headache
            ? { date: date(d.back), headache: true, hours: d.hours, severity: d.severity, features: { nausea: d.nausea, pulsating: d.pulsating }, medications: d.triptan ? [{ class: "triptan", relief: true }] : [] }
            : { date: date(d.back), headache: false },
        ),
        ...(g.preventives === undefined ? {} : { preventives: g.preventives.map((p) => ({ name: p.name, class: p.class, start: date(p.back), end: date(p.back - p.length), outcome: p.outcome })) }),
        treatments: g.sessionsBack.map((back) => ({ date: date(back), injections: preemptFixedInjections() })),
        otherToxinDoses: g.dose === null ? [] : [{ date: date(g.dose.back), units: g.dose.units, indication: "spasticity" }],
        questionnaires: g.hit6.filter((q, i, all) => all.findIndex((o) => o.back === q.back) === i).map((q) => ({ instrument: "HIT-6", date: date(q.back), responses: q.responses })),
        sideEffectReports: g.reports.filter((r, i, all) => all.findIndex((o) => o.back === r.back) === i).map((r) => ({ date: date(r.back), symptoms: r.symptoms })),
      },
    };
  });

describe.each(testDatabaseKinds())("the patient record in and out on %s", (kind) => {
  const clock = testClock("2026-12-03T12:00:00.000Z");
  const env = httpWorld(kind, clock);
  const recordUrl = (patientId: string, query = "") => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}/record${query}`;
  const newPatient = async () => (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;

  it("exports what cephalog assess reads, and assess on the export is the stored patient's assessment (any record)", async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async ({ record, policy }) => {
        const patientId = await newPatient();
        const imported = await env.clinician.post(recordUrl(patientId), record);
        expect(imported.statusCode, imported.body).toBe(200);
        const exported = await env.clinician.get(recordUrl(patientId));
        expect(exported.statusCode).toBe(200);
        const parsed = parsePatientRecord(exported.json());
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        expect(parsed.value.record.patient).toMatchObject({ id: patientId, birthDate: BIRTH });
        const stored = await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}/assessment?asOf=${TODAY}&policy=${policy}`);
        const cli = assess(parsed.value.record, { asOf: TODAY, policy, settings: parsed.value.settings });
        expect(stored.json()).toEqual(overTheWire(cli));
      }),
      { numRuns: 12 },
    );
  });

  it("holds every record type in the export, with the clinic's policy and the app's patient id", async () => {
    const patientId = await newPatient();
    const record = {
      patient: { id: "MRN-0001", birthDate: BIRTH, sex: "female" },
      history: { botulinumHypersensitivity: false, injectionSiteInfection: false, chronicMigraineSince: "2025-01-01" },
      diary: [{ date: TODAY, headache: true, hours: 6, severity: 2 }],
      preventives: [{ name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" }],
      treatments: [{ date: addDays(TODAY, -30), injections: preemptFixedInjections() }],
      otherToxinDoses: [{ date: addDays(TODAY, -20), units: 100, indication: "spasticity" }],
      questionnaires: [{ instrument: "MIDAS", date: addDays(TODAY, -10), responses: [5, 3, 4, 2, 6], a: 40, b: 7 }],
      sideEffectReports: [{ date: addDays(TODAY, -25), symptoms: ["neck-pain"] }],
    };
    expect((await env.clinician.post(recordUrl(patientId), record)).json()).toMatchObject({
      dryRun: false,
      created: { diary: 1, history: 1, preventives: 1, treatments: 1, otherToxinDoses: 1, questionnaires: 1, sideEffectReports: 1 },
    });
    const exported = (await env.clinician.get(recordUrl(patientId))).json();
    expect(exported).toMatchObject({
      schema: "cephalog.patient-record/1",
      policy: "us-label",
      patient: { id: patientId, birthDate: BIRTH, sex: "female" },
      history: { botulinumHypersensitivity: false, injectionSiteInfection: false, chronicMigraineSince: "2025-01-01" },
      diary: [{ date: TODAY, headache: true, hours: 6, severity: 2 }],
      preventives: [{ name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" }],
      treatments: [{ date: addDays(TODAY, -30), overrideReason: null }],
      otherToxinDoses: [{ date: addDays(TODAY, -20), units: 100, indication: "spasticity" }],
      questionnaires: [{ instrument: "MIDAS", responses: [5, 3, 4, 2, 6], a: 40, b: 7 }],
      sideEffectReports: [{ symptoms: ["neck-pain"] }],
    });
    expect(exported.treatments[0].injections).toHaveLength(31);
    // The patient's details gained the sex the record gave.
    expect((await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}`)).json().patient.sex).toBe("female");
    // The same record again stores nothing.
    const again = (await env.clinician.post(recordUrl(patientId), record)).json();
    expect(again.created).toEqual({ diary: 0, history: 0, preventives: 0, treatments: 0, otherToxinDoses: 0, questionnaires: 0, sideEffectReports: 0 });
    expect(again.unchanged).toMatchObject({ diary: 1, history: 1, preventives: 1, treatments: 1, otherToxinDoses: 1, questionnaires: 1, sideEffectReports: 1 });
  });

  it("appends an imported history after the one saved in the app, as its next revision (the import follows the revision it read under the patient's lock)", async () => {
    const patientId = await newPatient();
    const historyUrl = `/api/clinics/${env.world.a.clinicId}/patients/${patientId}/history`;
    const saved = await put(env.clinician, historyUrl, { chronicMigraineSince: null, botulinumHypersensitivity: null, injectionSiteInfection: false, overuseManaged: null, noPreventivesTried: false, fromRevision: 0 });
    expect(saved.json().history.revision).toBe(1);
    const imported = await env.clinician.post(recordUrl(patientId), { patient: { id: "x" }, history: { botulinumHypersensitivity: false }, preventives: [] });
    expect(imported.json()).toMatchObject({ created: { history: 1 } });
    // The answer the record left out keeps the app's; "none tried" came from the empty list.
    expect((await env.clinician.get(historyUrl)).json().history).toMatchObject({ revision: 2, botulinumHypersensitivity: false, injectionSiteInfection: false, preventiveHistory: "none-tried" });
  });

  it("only reports on a dry run, and writes nothing", async () => {
    const patientId = await newPatient();
    const dry = await env.clinician.post(recordUrl(patientId, "?dryRun=true"), { patient: { id: "x" }, diary: [{ date: TODAY, headache: false }], treatments: [{ date: TODAY, injections: preemptFixedInjections() }] });
    expect(dry.json()).toMatchObject({ dryRun: true, created: { diary: 1, treatments: 1 } });
    const exported = (await env.clinician.get(recordUrl(patientId))).json();
    expect(exported.diary).toEqual([]);
    expect(exported.treatments).toEqual([]);
  });

  it("refuses the whole record when one item is bad, naming every bad field, and writes nothing", async () => {
    const patientId = await newPatient();
    const bad = await env.clinician.post(recordUrl(patientId), {
      patient: { id: "x" },
      diary: [{ date: TODAY, headache: false }, { date: addDays(TODAY, -1), headache: true, hours: 30, severity: 2 }],
      sideEffectReports: [{ date: TODAY, symptoms: [] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(["diary[1].hours", "sideEffectReports[0].symptoms"]);
    const late = await env.clinician.post(recordUrl(patientId), { patient: { id: "x", birthDate: "1999-01-01" }, diary: [{ date: addDays(TODAY, 5), headache: false }], treatments: [{ date: addDays(TODAY, 3), injections: [] }] });
    expect(late.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(["patient.birthDate", "treatments[0].date"]);
    expect((await env.clinician.get(recordUrl(patientId))).json().diary).toEqual([]);
  });

  it("refuses a different session on a date that already has one (amend it instead)", async () => {
    const patientId = await newPatient();
    const date = addDays(TODAY, -40);
    await env.clinician.post(recordUrl(patientId), { patient: { id: "x" }, treatments: [{ date, injections: preemptFixedInjections() }] });
    const other = await env.clinician.post(recordUrl(patientId), { patient: { id: "x" }, treatments: [{ date, injections: preemptFixedInjections().slice(0, 10) }] });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details.issues).toEqual([expect.objectContaining({ path: "treatments[0].date" })]);
  });

  it("refuses another clinic's staff and a patient account, and a coordinator's import", async () => {
    const patientId = await newPatient();
    expect((await (await signedIn(env.http, env.world.b.staff)).get(recordUrl(patientId))).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(recordUrl(env.world.ann.patientId))).statusCode).toBe(403);
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    expect((await coordinator.get(recordUrl(patientId))).statusCode).toBe(200);
    expect((await coordinator.post(recordUrl(patientId), { patient: { id: "x" } })).statusCode).toBe(403);
  });
});
