/**
 * GET /api/clinics/:clinicId/patients/:patientId/assessment: the stored patient's current diary
 * view assessed by the same `assess` as `cephalog assess`, with the evidence of every criterion,
 * under the clinic's policy unless the request names another.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { assess } from "#domain/assess/assess.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { patientAssessmentSchema } from "#contracts/api/assessment.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { BIRTH_DATE, httpWorld, knownDiary, NOW, overTheWire, put, signedIn, TODAY, type World } from "../../http/assessment-test-support.ts";
import type { TestApp } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";
import { insertRevisions } from "../diary/repository.ts";
import { createPatient } from "../patients/patients.ts";

describe.each(testDatabaseKinds())("patient assessment over HTTP on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  let http: TestApp;
  let world: World;
  beforeAll(() => {
    ({ http, world } = env);
  });

  const assessmentUrl = (clinicId: string, patientId: string, query = "") => `/api/clinics/${clinicId}/patients/${patientId}/assessment${query}`;

  /** The known diary stored half through the staff diary route, half by import, with day 0 corrected by the import. */
  async function storeKnownDiary(clinicId: string, patientId: string) {
    const staff = await signedIn(http, world.aClinician);
    const days = knownDiary();
    const first = days[0];
    if (first === undefined) throw new Error("the known diary is empty");
    // Day 0 first recorded without headache; the import's revision replaces it in the current view.
    await staff.post(`/api/clinics/${clinicId}/patients/${patientId}/diary`, { id: uuidv7(), date: first.date, recordedAt: `${first.date}T20:00:00Z`, headache: false });
    for (const day of days.slice(1, 14)) {
      const saved = await staff.post(`/api/clinics/${clinicId}/patients/${patientId}/diary`, { id: uuidv7(), recordedAt: `${day.date}T20:00:00Z`, ...day });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const imported = await staff.post(`/api/clinics/${clinicId}/patients/${patientId}/diary/import`, { days });
    expect(imported.json()).toEqual({ imported: 15, unchanged: 13, warnings: [] });
    return days;
  }

  it("assesses the current diary view exactly as assess() does on the same days, as of the patient's today", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const days = await storeKnownDiary(world.a.clinicId, patient.id);
    const staff = await signedIn(http, world.aClinician);
    const response = await staff.get(assessmentUrl(world.a.clinicId, patient.id));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.asOf).toBe("2026-07-20");
    expect(body.patientId).toBe(patient.id);
    expect(body.windows[0]).toMatchObject({ start: "2026-06-23", end: "2026-07-20", daysRecorded: 28, complete: true, headacheDays: 16, anyHeadacheDays: 18 });

    const parsed = parsePatientRecord({ patient: { id: patient.id, birthDate: BIRTH_DATE }, diary: days });
    if (!parsed.ok) throw new Error("the known diary is not a valid record");
    const expected = assess(parsed.value.record, { asOf: TODAY, policy: "us-label", settings: DEFAULT_SETTINGS });
    expect(body).toEqual(overTheWire(expected));
    expect(patientAssessmentSchema.safeParse(body).success).toBe(true);
  });

  it("answers the same as POST /api/assess on the same days: one assess serves both", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const days = await storeKnownDiary(world.a.clinicId, patient.id);
    const staff = await signedIn(http, world.aClinician);
    const stored = (await staff.get(assessmentUrl(world.a.clinicId, patient.id, "?policy=nice-ta260"))).json();
    const sent = await staff.post("/api/assess?asOf=2026-07-20&policy=nice-ta260", { patient: { id: patient.id, birthDate: BIRTH_DATE }, diary: days });
    expect(sent.statusCode, sent.body).toBe(200);
    const { warnings, ...assessment } = sent.json();
    expect(warnings).toEqual([]);
    expect(assessment).toEqual(stored);
  });

  it("shows the evidence and what is missing beside every criterion's verdict", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    await storeKnownDiary(world.a.clinicId, patient.id);
    const staff = await signedIn(http, world.aClinician);
    const body = (await staff.get(assessmentUrl(world.a.clinicId, patient.id, "?policy=nice-ta260"))).json();
    const byId = Object.fromEntries(body.eligibility.criteria.map((criterion: { id: string }) => [criterion.id, criterion]));
    expect(Object.keys(byId)).toEqual(["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed", "overuse-managed"]);
    expect(byId["age"]).toMatchObject({ status: "met", evidence: { birthDate: BIRTH_DATE, asOf: "2026-07-20", age: 42 }, missing: null });
    expect(byId["headache-days"]).toMatchObject({ status: "met", evidence: { daysRecorded: 28, headacheDays: 16, minHeadacheDays: 15 }, missing: null });
    // No preventive history is stored yet: unknown, and the answer says what is missing.
    expect(byId["preventives-failed"].status).toBe("unknown");
    expect(byId["preventives-failed"].missing).toEqual(expect.any(String));
    for (const criterion of body.eligibility.criteria) expect(criterion).toHaveProperty("evidence");
    expect(body.medicationOveruse.windows).toHaveLength(3);
  });

  it("uses the clinic's policy by default and the request's when it names one", async () => {
    const { clinicId, staff: admin } = world.b;
    const patient = await world.newPatient(clinicId, admin.userId);
    const client = await signedIn(http, admin);
    expect((await client.get(assessmentUrl(clinicId, patient.id))).json().policy).toBe("us-label");
    expect((await put(client, `/api/clinics/${clinicId}/settings`, { policy: "ehf-2018" })).statusCode).toBe(200);
    const byClinic = (await client.get(assessmentUrl(clinicId, patient.id))).json();
    expect(byClinic.policy).toBe("ehf-2018");
    expect(byClinic.eligibility.criteria.map((c: { id: string }) => c.id)).toEqual(["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed"]);
    const byRequest = (await client.get(assessmentUrl(clinicId, patient.id, "?policy=us-label"))).json();
    expect(byRequest.policy).toBe("us-label");
    expect(byRequest.eligibility.criteria).toHaveLength(4);
    // Another clinic keeps its own policy.
    const other = await signedIn(http, world.a.staff);
    expect((await other.get(assessmentUrl(world.a.clinicId, world.ann.patientId))).json().policy).toBe("us-label");
  });

  it("assesses as of a given date: W1 ends on it and later days do not count", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    await storeKnownDiary(world.a.clinicId, patient.id);
    const staff = await signedIn(http, world.aClinician);
    const body = (await staff.get(assessmentUrl(world.a.clinicId, patient.id, "?asOf=2026-07-10"))).json();
    expect(body.asOf).toBe("2026-07-10");
    // W1 2026-06-13..2026-07-10 holds the first 18 days of the diary (06-23..07-10): 16 of 5 hours, 2 of 2 hours.
    expect(body.windows[0]).toMatchObject({ start: "2026-06-13", end: "2026-07-10", daysRecorded: 18, headacheDays: 16, anyHeadacheDays: 18 });
  });

  it("defaults to the patient's today in their own time zone", async () => {
    const patient = await createPatient(world.deps, world.a.clinicId, world.a.staff.userId, { name: "Kiri Sample", birthDate: plainDate(BIRTH_DATE), timeZone: "Pacific/Auckland" });
    // 10:00 UTC on 2026-07-20 is 22:00 in Auckland, still 07-20; at 13:00 UTC it is already 07-21 there.
    clock.set("2026-07-20T13:00:00.000Z");
    try {
      // Signed in at that hour: a staff session sits unused for 30 minutes at most.
      const staff = await signedIn(http, world.aClinician);
      expect((await staff.get(assessmentUrl(world.a.clinicId, patient.id))).json().asOf).toBe("2026-07-21");
      expect((await staff.get(assessmentUrl(world.a.clinicId, world.ann.patientId))).json().asOf).toBe("2026-07-20");
    } finally {
      clock.set(NOW);
    }
  });

  it("answers 400 naming the field for a bad asOf or policy, never a 500", async () => {
    const staff = await signedIn(http, world.aClinician);
    for (const [query, field] of [
      ["?asOf=2026-02-30", "asOf"],
      ["?asOf=20260720", "asOf"],
      ["?asOf=2026-07-20&asOf=2026-07-21", "asOf"],
      ["?policy=nice", "policy"],
      ["?policy=", "policy"],
    ] as const) {
      const response = await staff.get(assessmentUrl(world.a.clinicId, world.ann.patientId, query));
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe("validation_failed");
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), query).toEqual([field]);
    }
  });

  it("lists at most 1000 windows for a stored patient: diary days further back are left out, never a 400", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    await staff.post(`/api/clinics/${world.a.clinicId}/patients/${patient.id}/diary/import`, { days: [{ date: "2026-07-01", headache: false }] });
    const lastOfWindow1000 = addDays(plainDate("2026-07-01"), 1000 * 28 - 1);
    const near = await staff.get(assessmentUrl(world.a.clinicId, patient.id, `?asOf=${lastOfWindow1000}`));
    expect(near.statusCode).toBe(200);
    expect(near.json().windows).toHaveLength(1000);
    expect(near.json().windows[999]).toMatchObject({ start: "2026-07-01", daysRecorded: 1 });
    for (const asOf of [addDays(lastOfWindow1000, 1), "9999-12-31"]) {
      const far = await staff.get(assessmentUrl(world.a.clinicId, patient.id, `?asOf=${asOf}`));
      expect(far.statusCode, asOf).toBe(200);
      // The 2026 day is beyond the look-back: W1-W3 alone, nothing recorded.
      expect(far.json().windows.map((window: { daysRecorded: number }) => window.daysRecorded), asOf).toEqual([0, 0, 0]);
    }
    expect((await staff.get(assessmentUrl(world.a.clinicId, patient.id, "?asOf=0001-01-01"))).statusCode).toBe(200);
  });

  it("keeps assessing a patient whose stored diary holds a day in year 1 (saved before such dates were refused)", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const days = await storeKnownDiary(world.a.clinicId, patient.id);
    await insertRevisions(env.t.db, [
      {
        clinic_id: world.a.clinicId,
        patient_id: patient.id,
        id: uuidv7(),
        date: "0001-01-01",
        answers: JSON.stringify({ headache: false }),
        recorded_at: NOW,
        received_at: NOW,
        entered_by: "staff",
        entered_by_user_id: world.aClinician.userId,
        source: "import",
        late: true,
      },
    ]);
    const staff = await signedIn(http, world.aClinician);
    const response = await staff.get(assessmentUrl(world.a.clinicId, patient.id));
    expect(response.statusCode, response.body).toBe(200);
    const parsed = parsePatientRecord({ patient: { id: patient.id, birthDate: BIRTH_DATE }, diary: days });
    if (!parsed.ok) throw new Error("the known diary is not a valid record");
    expect(response.json()).toEqual(overTheWire(assess(parsed.value.record, { asOf: TODAY, policy: "us-label", settings: DEFAULT_SETTINGS })));
  });

  it("refuses a diary date before the patient's birth date from staff and from the patient, naming date; the birth date itself is allowed to staff", async () => {
    const staff = await signedIn(http, world.aClinician);
    const ann = await signedIn(http, world.ann);
    const staffUrl = `/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/diary`;
    const save = (date: string) => ({ id: uuidv7(), date, recordedAt: NOW, headache: false });
    for (const date of ["0001-01-01", addDays(plainDate(BIRTH_DATE), -1)]) {
      for (const response of [await staff.post(staffUrl, save(date)), await ann.post("/api/me/diary", { patientId: world.ann.patientId, ...save(date) })]) {
        expect(response.statusCode, date).toBe(400);
        expect(response.json().error.details.issues).toEqual([{ path: "date", message: "must not be before the patient's birth date" }]);
      }
    }
    expect((await staff.post(staffUrl, save(BIRTH_DATE))).statusCode).toBe(200);
    // The patient's own app fills in only the last days (the clinic's late-entry window, issue 9):
    // a birth date years ago is too far back for them, not before their birth.
    const own = await ann.post("/api/me/diary", { patientId: world.ann.patientId, ...save(BIRTH_DATE) });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.details.issues[0]).toMatchObject({ path: "date", message: expect.stringMatching(/^is too far back/) });
    expect((await staff.get(assessmentUrl(world.a.clinicId, world.ann.patientId))).statusCode).toBe(200);
  });

  it("keeps clinics apart: another clinic or its patient is not_found, a patient account is forbidden", async () => {
    const admin = await signedIn(http, world.a.staff);
    for (const url of [assessmentUrl(world.b.clinicId, world.bea.patientId), assessmentUrl(world.a.clinicId, world.bea.patientId), assessmentUrl(uuidv7(), world.ann.patientId)]) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    const ann = await signedIn(http, world.ann);
    const own = await ann.get(assessmentUrl(world.a.clinicId, world.ann.patientId));
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe("forbidden");
  });
});
