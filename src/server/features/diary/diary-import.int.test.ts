/**
 * POST /api/clinics/:clinicId/patients/:patientId/diary/import: diary days in the patient
 * record's format, validated as a record's diary, each stored as a new revision (source
 * "import", entered by staff) unless it equals the current view; one transaction, one audit row.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { httpWorld, knownDiary, NOW, signedIn, type World } from "../../http/assessment-test-support.ts";
import type { TestApp } from "../../http/test-app.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { testClock } from "../../shared/test-support.ts";

describe.each(testDatabaseKinds())("diary import over HTTP on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  let t: TestDatabase;
  let http: TestApp;
  let world: World;
  beforeAll(() => {
    ({ t, http, world } = env);
  });

  const importUrl = (clinicId: string, patientId: string) => `/api/clinics/${clinicId}/patients/${patientId}/diary/import`;
  const revisionCount = async (patientId: string) =>
    (await t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", patientId).execute()).length;

  it("stores each day as a revision from an import, shown with its source in the patient's diary", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    const days = knownDiary().slice(-3);
    const response = await staff.post(importUrl(world.a.clinicId, patient.id), { days });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 3, unchanged: 0, warnings: [] });
    const detail = (await staff.get(`/api/clinics/${world.a.clinicId}/patients/${patient.id}`)).json();
    expect(detail.diary.map((day: { date: string }) => day.date)).toEqual(["2026-07-20", "2026-07-19", "2026-07-18"]);
    for (const day of detail.diary) expect(day).toMatchObject({ source: "import", enteredBy: "staff", recordedAt: NOW, receivedAt: NOW, revisions: 1 });
    // Recorded after their day ended in London: late; today's day is not.
    expect(detail.diary.map((day: { late: boolean }) => day.late)).toEqual([false, true, true]);
    const rows = await t.db.selectFrom("diary_revisions").select(["entered_by_user_id", "source"]).where("patient_id", "=", patient.id).execute();
    expect(rows).toEqual(Array.from({ length: 3 }, () => ({ entered_by_user_id: world.aClinician.userId, source: "import" })));
  });

  it("is idempotent: the same days again store nothing; a changed day alone becomes a new revision", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    const days = knownDiary();
    expect((await staff.post(importUrl(world.a.clinicId, patient.id), { days })).json()).toMatchObject({ imported: 28, unchanged: 0 });
    expect((await staff.post(importUrl(world.a.clinicId, patient.id), { days })).json()).toMatchObject({ imported: 0, unchanged: 28 });
    expect(await revisionCount(patient.id)).toBe(28);

    const changed = days.map((day, index) => (index === 27 ? { date: day.date, headache: true, hours: 8, severity: 3 } : day));
    expect((await staff.post(importUrl(world.a.clinicId, patient.id), { days: changed })).json()).toMatchObject({ imported: 1, unchanged: 27 });
    expect(await revisionCount(patient.id)).toBe(29);
    const detail = (await staff.get(`/api/clinics/${world.a.clinicId}/patients/${patient.id}`)).json();
    expect(detail.diary[0]).toMatchObject({ date: "2026-07-20", hours: 8, severity: 3, revisions: 2, source: "import" });
  });

  it("treats a day saying the same in other words as unchanged: nsaid for simple-analgesic, false features, no medications", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    await staff.post(`/api/clinics/${world.a.clinicId}/patients/${patient.id}/diary`, {
      id: uuidv7(), date: "2026-07-19", recordedAt: "2026-07-19T20:00:00Z", headache: true, hours: 5, severity: 2, medications: [{ class: "simple-analgesic" }],
    });
    await staff.post(`/api/clinics/${world.a.clinicId}/patients/${patient.id}/diary`, { id: uuidv7(), date: "2026-07-18", recordedAt: "2026-07-18T20:00:00Z", headache: false });
    const response = await staff.post(importUrl(world.a.clinicId, patient.id), {
      days: [
        { date: "2026-07-19", headache: true, hours: 5, severity: 2, features: { nausea: false, aura: null }, medications: [{ class: "nsaid" }] },
        { date: "2026-07-18", headache: false, medications: [], features: {} },
      ],
    });
    expect(response.json()).toEqual({ imported: 0, unchanged: 2, warnings: [] });
  });

  it("refuses bad days with 400 naming days[i].field as a record's diary would, storing none of them", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    const response = await staff.post(importUrl(world.a.clinicId, patient.id), {
      days: [
        { date: "2026-07-01", headache: false },
        { date: "2026-07-02", headache: true, hours: 25, severity: 2 },
        { date: "2026-02-30", headache: false },
        { date: "2026-07-04", headache: true, hours: 3, severity: 4 },
        { date: "2026-07-05", headache: true },
        { date: "2026-07-01", headache: true, hours: 1, severity: 1 },
        { date: "2026-07-07", headache: false, medications: [{ class: "aspirin-ish" }] },
      ],
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe("validation_failed");
    const issues = Object.fromEntries(error.details.issues.map((issue: { path: string; message: string }) => [issue.path, issue.message]));
    expect(issues).toEqual({
      "days[1].hours": "must be 0-24 hours",
      "days[2].date": "must be a calendar date YYYY-MM-DD",
      "days[3].severity": "must be 0-3",
      "days[4].hours": "is required when headache is true",
      "days[4].severity": "is required when headache is true",
      "days[5].date": "has the same date as days[0]; one per date",
      "days[6].medications[0].class": expect.stringContaining("must be a known medication class"),
    });
    expect(await revisionCount(patient.id)).toBe(0);
  });

  it("refuses days after the patient's today, more than 1000 days, or no days list, naming the field", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    const future = await staff.post(importUrl(world.a.clinicId, patient.id), { days: [{ date: "2026-07-21", headache: false }, { date: "2026-07-22", headache: false }] });
    expect(future.statusCode).toBe(400);
    // Tomorrow is allowed (a patient travelling ahead of their home zone), the day after is not.
    expect(future.json().error.details.issues).toEqual([{ path: "days[1].date", message: "must not be after today" }]);
    const dates = Array.from({ length: 1001 }, (_, index) => new Date(Date.UTC(2023, 0, 1 + index)).toISOString().slice(0, 10));
    const tooMany = await staff.post(importUrl(world.a.clinicId, patient.id), { days: dates.map((date) => ({ date, headache: false })) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["days"]);
    const exactly1000 = await staff.post(importUrl(world.a.clinicId, patient.id), { days: dates.slice(0, 1000).map((date) => ({ date, headache: false })) });
    expect(exactly1000.json()).toMatchObject({ imported: 1000, unchanged: 0 });
    for (const payload of [{}, { days: "many" }]) {
      const response = await staff.post(importUrl(world.a.clinicId, patient.id), payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.issues[0].path).toBe("days");
    }
  });

  it("refuses days before the patient's birth date, naming days[i].date and storing none; the birth date itself is allowed", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    const response = await staff.post(importUrl(world.a.clinicId, patient.id), {
      days: [
        { date: "2026-07-01", headache: false },
        { date: "0001-01-01", headache: false },
        { date: "1984-02-28", headache: false },
        { date: "1984-02-29", headache: false },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues).toEqual([
      { path: "days[1].date", message: "must not be before the patient's birth date" },
      { path: "days[2].date", message: "must not be before the patient's birth date" },
    ]);
    expect(await revisionCount(patient.id)).toBe(0);
    const onBirthDate = await staff.post(importUrl(world.a.clinicId, patient.id), { days: [{ date: "1984-02-29", headache: false }] });
    expect(onBirthDate.json()).toMatchObject({ imported: 1 });
  });

  it("lists unknown fields as warnings by their days[i] path", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const staff = await signedIn(http, world.aClinician);
    const response = await staff.post(importUrl(world.a.clinicId, patient.id), { days: [{ date: "2026-07-01", headache: false, severty: 2 }] });
    expect(response.json()).toEqual({ imported: 1, unchanged: 0, warnings: ["unknown field days[0].severty"] });
  });

  it("writes one audit row per import, naming the patient and no health data", async () => {
    const patient = await world.newPatient(world.b.clinicId, world.b.staff.userId);
    const admin = await signedIn(http, world.b.staff);
    const before = (await listAuditEvents(t.db, world.b.clinicId)).length;
    await admin.post(importUrl(world.b.clinicId, patient.id), { days: knownDiary() });
    const events = (await listAuditEvents(t.db, world.b.clinicId)).slice(before);
    expect(events).toEqual([expect.objectContaining({ action: "diary.imported", entity: "patient", entity_id: patient.id, actor_user_id: world.b.staff.userId })]);
  });

  it("keeps clinics apart: another clinic or its patient is not_found, a patient account is forbidden", async () => {
    const admin = await signedIn(http, world.a.staff);
    const days = [{ date: "2026-07-01", headache: false }];
    for (const url of [importUrl(world.b.clinicId, world.bea.patientId), importUrl(world.a.clinicId, world.bea.patientId), importUrl(uuidv7(), world.ann.patientId)]) {
      const response = await admin.post(url, { days });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    const ann = await signedIn(http, world.ann);
    const own = await ann.post(importUrl(world.a.clinicId, world.ann.patientId), { days });
    expect(own.statusCode).toBe(403);
    expect(await revisionCount(world.bea.patientId)).toBe(0);
    expect(await revisionCount(world.ann.patientId)).toBe(0);
  });
});
