/**
 * `GET /fhir/R4/Patient/:id/$everything` on both databases (issue 10 §4): the stored patient's
 * Bundle, valid FHIR R4 (the official definitions, required bindings included: ADR 0023), with the
 * server's ids and address, read back by the import into the same record; audited as a read of the
 * patient; and an OperationOutcome, valid too, for every refusal: signed out (401), a patient
 * account (403), another clinic's patient or no such patient (404), an address the API does not
 * have (404), a broken address (400).
 */
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "#fhir/bundle-to-record.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { fhirProblems } from "../../../../test/fhir/fhir-validator.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";
import { writeSessionWithLots } from "./fhir-test-support.ts";

const PUBLIC_URL = "https://cephalog.example.org";
const BIRTH = "1984-02-29";

/** A record of every kind, 2026 dates before the clock's today (2026-07-20). */
const record = {
  patient: { id: "MRN-0001", birthDate: BIRTH, sex: "female" },
  history: { botulinumHypersensitivity: false, injectionSiteInfection: false, chronicMigraineSince: "2025-01-01" },
  diary: [
    { date: "2026-07-18", headache: true, hours: 6, severity: 2, features: { nausea: true }, medications: [{ name: "sumatriptan", class: "triptan", relief: true }] },
    { date: "2026-07-19", headache: false },
  ],
  preventives: [{ name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" }],
  treatments: [{ date: "2026-03-01", injections: preemptFixedInjections() }],
  otherToxinDoses: [{ date: "2026-02-01", units: 100, indication: "spasticity" }],
  questionnaires: [{ instrument: "MIDAS", date: "2026-07-10", responses: [5, 3, 4, 2, 6], a: 40, b: 7 }],
  sideEffectReports: [{ date: "2026-03-05", symptoms: ["neck-pain"] }],
};

interface Outcome {
  resourceType: string;
  issue: { severity: string; code: string; diagnostics?: string; expression?: string[]; details?: { coding: { code: string }[] } }[];
}

/** The answer is an OperationOutcome with this status and IssueType, in FHIR's JSON, and valid R4. */
function expectOutcome(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number, code: string): Outcome {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers["content-type"])).toMatch(/^application\/fhir\+json/);
  const outcome = response.json() as Outcome;
  expect(outcome.resourceType).toBe("OperationOutcome");
  expect(outcome.issue.map((issue) => issue.code)).toEqual(outcome.issue.map(() => code));
  expect(fhirProblems(outcome)).toEqual([]);
  return outcome;
}

describe.each(testDatabaseKinds())("FHIR Patient $everything on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock, { publicUrl: PUBLIC_URL });
  const everything = (patientId: string) => `/fhir/R4/Patient/${patientId}/$everything`;
  let patientId = "";

  async function patientWithRecord(): Promise<string> {
    if (patientId !== "") return patientId;
    patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
    const imported = await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}/record`, record);
    expect(imported.statusCode, imported.body).toBe(200);
    await writeSessionWithLots(env.world.deps, { clinicId: env.world.a.clinicId, patientId }, env.world.aClinician.userId, "2026-06-01", [{ lotNumber: "C7788", expiry: "2027-06-30", vials: 1 }]);
    return patientId;
  }

  it("answers the patient's Bundle as application/fhir+json, valid FHIR R4 in every resource", async () => {
    const id = await patientWithRecord();
    const response = await env.clinician.get(everything(id));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/fhir+json; charset=utf-8");
    const bundle = response.json();
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", timestamp: "2026-07-20T10:00:00.000Z", link: [{ relation: "self", url: `${PUBLIC_URL}/fhir/R4/Patient/${id}/$everything` }] });
    expect(fhirProblems(bundle)).toEqual([]);
    for (const entry of bundle.entry) expect(fhirProblems(entry.resource), entry.resource.resourceType).toEqual([]);
    const types = new Set(bundle.entry.map((entry: { resource: { resourceType: string } }) => entry.resource.resourceType));
    for (const type of ["Patient", "Parameters", "Condition", "Observation", "List", "MedicationStatement", "QuestionnaireResponse", "Procedure", "Medication", "MedicationAdministration", "AdverseEvent", "Appointment", "CarePlan"]) expect(types).toContain(type);
  });

  it("gives the server's ids: the Patient is the app's patient, every other id is unique, and each fullUrl is PUBLIC_URL's", async () => {
    const id = await patientWithRecord();
    const bundle = (await env.clinician.get(everything(id))).json();
    const entries = bundle.entry as { fullUrl: string; resource: { resourceType: string; id: string } }[];
    const patient = entries.find((entry) => entry.resource.resourceType === "Patient");
    expect(patient?.resource.id).toBe(id);
    expect(patient?.fullUrl).toBe(`${PUBLIC_URL}/fhir/R4/Patient/${id}`);
    for (const entry of entries) expect(entry.fullUrl).toBe(`${PUBLIC_URL}/fhir/R4/${entry.resource.resourceType}/${entry.resource.id}`);
    expect(new Set(entries.map((entry) => entry.fullUrl)).size).toBe(entries.length);
    // References follow the ids: every Observation's subject is this patient.
    const subjects = entries.filter((entry) => entry.resource.resourceType === "Observation").map((entry) => (entry.resource as unknown as { subject: { reference: string } }).subject.reference);
    expect(new Set(subjects)).toEqual(new Set([`Patient/${id}`]));
    // The same patient gives the same ids again.
    const again = (await env.clinician.get(everything(id))).json();
    expect(again.entry.map((entry: { fullUrl: string }) => entry.fullUrl)).toEqual(entries.map((entry) => entry.fullUrl));
  });

  it("is read back by the import into the stored record, the session's single lot included", async () => {
    const id = await patientWithRecord();
    const bundle = (await env.clinician.get(everything(id))).json();
    const back = bundleToRecord(bundle);
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    const exported = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${id}/record`)).json();
    expect(back.record).toMatchObject({ patient: { id, birthDate: BIRTH, sex: "female" }, policy: exported.policy });
    const sessions = back.record["treatments"] as { date: string; lot?: string; expiry?: string }[];
    expect(sessions.map((s) => [s.date, s.lot, s.expiry])).toEqual([
      ["2026-03-01", undefined, undefined],
      ["2026-06-01", "C7788", "2027-06-30"],
    ]);
    for (const key of ["diary", "preventives", "otherToxinDoses", "questionnaires", "sideEffectReports"]) expect(back.record[key], key).toEqual(exported[key]);
  });

  it("writes a read of the patient to the audit log, with the route's pattern", async () => {
    const id = await patientWithRecord();
    const since = "00000000-0000-0000-0000-000000000000";
    await env.clinician.get(everything(id));
    const rows = await env.t.db.selectFrom("audit_events").selectAll().where("clinic_id", "=", env.world.a.clinicId).where("id", ">", since).where("route", "=", "/fhir/R4/Patient/:patientId/$everything").execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)).toMatchObject({ kind: "read", action: "patient.read", patient_id: id, actor_user_id: env.world.aClinician.userId, method: "GET" });
  });

  it("answers 404 not-found for another clinic's patient, an unknown patient and an id that is not ours, and writes no read", async () => {
    const id = await patientWithRecord();
    const other = await signedIn(env.http, env.world.b.staff);
    const before = await env.t.db.selectFrom("audit_events").select("id").where("route", "=", "/fhir/R4/Patient/:patientId/$everything").execute();
    expectOutcome(await other.get(everything(id)), 404, "not-found");
    expectOutcome(await other.get(everything(env.world.ann.patientId)), 404, "not-found");
    expectOutcome(await env.clinician.get(everything("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")), 404, "not-found");
    expectOutcome(await env.clinician.get(everything("patient")), 404, "not-found");
    const after = await env.t.db.selectFrom("audit_events").select("id").where("route", "=", "/fhir/R4/Patient/:patientId/$everything").execute();
    expect(after.length).toBe(before.length);
  });

  it("answers 401 login when signed out, and 403 forbidden to a patient account, even for their own record", async () => {
    const id = await patientWithRecord();
    const outcome = expectOutcome(await new TestClient(env.http.app).get(everything(id)), 401, "login");
    expect(outcome.issue[0]).toMatchObject({ severity: "error", diagnostics: "Please sign in.", details: { coding: [{ code: "unauthenticated" }] } });
    const ann = await signedIn(env.http, env.world.ann);
    expectOutcome(await ann.get(everything(env.world.ann.patientId)), 403, "forbidden");
  });

  it("answers an OperationOutcome, never the API's error shape or the web app, for an address or method it does not have and a broken address", async () => {
    expectOutcome(await env.clinician.get("/fhir/R4/Patient"), 404, "not-found");
    expectOutcome(await env.clinician.get("/fhir/R4/metadata-nothing/x"), 404, "not-found");
    expectOutcome(await env.clinician.post(everything(await patientWithRecord()), {}), 404, "not-found");
    expectOutcome(await env.clinician.get("/fhir/R4/Patient/%E0%A4%A/$everything"), 400, "invalid");
  });
});
