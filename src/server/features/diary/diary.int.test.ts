import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { makeClinic, testClock, testDeps } from "../../shared/test-support.ts";
import { createPatient, patientDetail } from "../patients/patients.ts";
import { CLOCK_DRIFT_ALLOWED_MS, readMyDiary, saveDiaryRevision, type DiaryRevisionInput } from "./diary.ts";

const migraineDay = { headache: true, hours: 6, severity: 3, features: { pulsating: true, nausea: true } };

describe.each(testDatabaseKinds())("diary revisions on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  async function setUp(timeZone = "Europe/London", now = "2026-07-20T10:00:00Z") {
    const clock = testClock(now);
    const deps = testDeps(t.db, clock);
    const { clinicId, staff } = await makeClinic(deps, "clinician");
    const patient = await createPatient(deps, clinicId, staff.userId, { name: "Gus Fauxley", birthDate: plainDate("1980-05-05"), timeZone });
    const target = { clinicId, patientId: patient.id };
    const author = { userId: staff.userId, enteredBy: "staff" as const };
    const save = (date: string, recordedAt: string, answers: Omit<DiaryRevisionInput, "id" | "date" | "recordedAt"> = migraineDay, id = uuidv7()) =>
      saveDiaryRevision(deps, target, author, { id, date: plainDate(date), recordedAt, ...answers });
    return { clock, deps, target, staff, save };
  }

  it("stores each save as a new revision and shows the latest by recorded time", async () => {
    const { save, deps, target } = await setUp();
    await save("2026-07-19", "2026-07-19T20:00:00.000Z", { headache: false });
    const second = await save("2026-07-19", "2026-07-19T21:00:00.000Z", migraineDay);
    expect(second).toMatchObject({ headache: true, hours: 6, severity: 3, revisions: 2, enteredBy: "staff", source: "app" });
    // An older edit arriving later (from an offline phone) does not replace the newer one.
    const stale = await save("2026-07-19", "2026-07-19T20:30:00.000Z", { headache: false });
    expect(stale).toMatchObject({ revisionId: second.revisionId, headache: true, revisions: 3 });
    const rows = await t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", target.patientId).execute();
    expect(rows).toHaveLength(3);
    const diary = await readMyDiary(deps, target, {});
    expect(diary.patientId).toBe(target.patientId);
    expect(diary.days.map((day) => [day.date, day.revisionId])).toEqual([["2026-07-19", second.revisionId]]);
  });

  it("breaks a tie in recorded time by the time the server received it", async () => {
    const { save, clock } = await setUp();
    await save("2026-07-18", "2026-07-18T20:00:00.000Z", { headache: false });
    clock.advance(1000);
    const later = await save("2026-07-18", "2026-07-18T20:00:00.000Z", migraineDay);
    expect(later).toMatchObject({ revisionId: later.revisionId, headache: true, revisions: 2 });
  });

  it("returns the stored revision when the same id is sent again, adding nothing", async () => {
    const { save, target, deps } = await setUp();
    const id = uuidv7();
    const first = await save("2026-07-17", "2026-07-17T20:00:00.000Z", migraineDay, id);
    const again = await save("2026-07-17", "2026-07-17T20:00:00.000Z", { headache: false }, id);
    expect(again).toEqual(first);
    const rows = await t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", target.patientId).execute();
    expect(rows).toHaveLength(1);
    const events = await listAuditEvents(t.db, target.clinicId);
    expect(events.filter((event) => event.action === "diary.revision_saved").map((event) => event.entity_id)).toEqual([id]);
    expect((await readMyDiary(deps, target, {})).days).toHaveLength(1);
  });

  it("refuses a revision id already used for another patient of the clinic", async () => {
    const first = await setUp();
    const id = uuidv7();
    await first.save("2026-07-17", "2026-07-17T20:00:00.000Z", migraineDay, id);
    const other = await createPatient(first.deps, first.target.clinicId, first.staff.userId, { name: "Other", birthDate: plainDate("1970-01-01"), timeZone: "Europe/London" });
    await expect(
      saveDiaryRevision(first.deps, { clinicId: first.target.clinicId, patientId: other.id }, { userId: first.staff.userId, enteredBy: "staff" }, { id, date: plainDate("2026-07-17"), recordedAt: "2026-07-17T20:00:00.000Z", ...migraineDay }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it.each([
    // 2026-07-20T12:00Z is already the 21st in Auckland (UTC+12) but still the 20th in Los Angeles (UTC-7).
    ["Pacific/Auckland", "2026-07-20T11:59:59.000Z", false],
    ["Pacific/Auckland", "2026-07-20T12:00:00.000Z", true],
    ["America/Los_Angeles", "2026-07-20T12:00:00.000Z", false],
    ["America/Los_Angeles", "2026-07-21T06:59:59.000Z", false],
    ["America/Los_Angeles", "2026-07-21T07:00:00.000Z", true],
  ])("for a patient in %s, a day of 2026-07-20 recorded at %s is late: %s", async (zone, recordedAt, late) => {
    const { save } = await setUp(zone, "2026-07-21T10:00:00Z");
    expect((await save("2026-07-20", recordedAt)).late).toBe(late);
  });

  it("gives the patient's today in their own zone", async () => {
    const auckland = await setUp("Pacific/Auckland", "2026-07-20T13:00:00Z");
    const losAngeles = await setUp("America/Los_Angeles", "2026-07-20T13:00:00Z");
    expect((await readMyDiary(auckland.deps, auckland.target, {})).today).toBe("2026-07-21");
    expect((await readMyDiary(losAngeles.deps, losAngeles.target, {})).today).toBe("2026-07-20");
  });

  it("accepts tomorrow (a traveller ahead of home) but not the day after", async () => {
    const { save } = await setUp("Europe/London", "2026-07-20T10:00:00Z");
    await expect(save("2026-07-21", "2026-07-20T10:00:00.000Z")).resolves.toMatchObject({ date: "2026-07-21" });
    await expect(save("2026-07-22", "2026-07-20T10:00:00.000Z")).rejects.toMatchObject({ code: "validation_failed", details: { issues: [{ path: "date" }] } });
  });

  it("accepts a recordedAt up to 5 minutes ahead of the server's clock (device clock drift) and refuses one a millisecond later", async () => {
    const now = "2026-07-20T10:00:00.000Z";
    const { save, target } = await setUp("Europe/London", now);
    const edge = new Date(Date.parse(now) + CLOCK_DRIFT_ALLOWED_MS).toISOString();
    const beyond = new Date(Date.parse(now) + CLOCK_DRIFT_ALLOWED_MS + 1).toISOString();
    expect(CLOCK_DRIFT_ALLOWED_MS).toBe(5 * 60 * 1000);
    await expect(save("2026-07-20", edge)).resolves.toMatchObject({ recordedAt: edge });
    const refused = await save("2026-07-20", beyond).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "validation_failed", details: { issues: [{ path: "recordedAt" }] } });
    expect(JSON.stringify({ message: (refused as Error).message, details: (refused as { details: unknown }).details })).not.toMatch(/2026|10:05/);
    const rows = await t.db.selectFrom("diary_revisions").select("recorded_at").where("patient_id", "=", target.patientId).execute();
    expect(rows.map((row) => row.recorded_at)).toEqual([edge]);
  });

  it("does not let a far-future recordedAt fix a day: a later correction still replaces the answers", async () => {
    const { save, clock } = await setUp("Europe/London", "2026-07-20T10:00:00Z");
    await expect(save("2026-07-19", "2030-01-01T00:00:00.000Z", migraineDay)).rejects.toMatchObject({ code: "validation_failed" });
    await save("2026-07-19", "2026-07-19T20:00:00.000Z", migraineDay);
    clock.advance(60 * 60 * 1000);
    const corrected = await save("2026-07-19", "2026-07-20T11:00:00.000Z", { headache: false });
    expect(corrected).toMatchObject({ headache: false, revisions: 2 });
  });

  it.each([
    // The start of the day before the date, in the patient's zone: 2026-07-19 00:00 local.
    ["Europe/London", "2026-07-18T23:00:00.000Z", "2026-07-18T22:59:59.999Z"],
    ["Pacific/Auckland", "2026-07-18T12:00:00.000Z", "2026-07-18T11:59:59.999Z"],
    ["America/Los_Angeles", "2026-07-19T07:00:00.000Z", "2026-07-19T06:59:59.999Z"],
  ])("for a patient in %s, a day of 2026-07-20 may be recorded from %s (a day's travel allowance) but not at %s", async (zone, earliest, tooEarly) => {
    const { save } = await setUp(zone, "2026-07-21T10:00:00Z");
    await expect(save("2026-07-20", earliest)).resolves.toMatchObject({ late: false });
    const refused = await save("2026-07-20", tooEarly).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "validation_failed", message: "recordedAt must not be before the diary date begins", details: { issues: [{ path: "recordedAt" }] } });
  });

  it("does not find a patient of another clinic", async () => {
    const a = await setUp();
    const b = await setUp();
    await expect(
      saveDiaryRevision(b.deps, { clinicId: b.target.clinicId, patientId: a.target.patientId }, { userId: b.staff.userId, enteredBy: "staff" }, { id: uuidv7(), date: plainDate("2026-07-19"), recordedAt: "2026-07-19T20:00:00.000Z", ...migraineDay }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(patientDetail(b.deps, b.target.clinicId, a.target.patientId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows W1-W3 counted by the clinical core from the current view of each day", async () => {
    const { save, deps, target } = await setUp("Europe/London", "2026-07-20T10:00:00Z");
    const today = plainDate("2026-07-20");
    const recordedOn = (date: PlainDate) => `${date}T20:00:00.000Z`;
    // W1: 22 recorded days, 16 of them 6-hour severe pulsating days with nausea (migraine days).
    for (let back = 0; back < 22; back += 1) {
      const date = addDays(today, -back);
      await save(date, back === 0 ? "2026-07-20T09:00:00.000Z" : recordedOn(date), back < 16 ? migraineDay : { headache: false });
    }
    // A day first saved as a migraine day, then corrected to headache-free: only the correction counts.
    await save("2026-07-19", "2026-07-19T23:00:00.000Z", { headache: false });
    // W2: 5 recorded days (incomplete). W3: nothing.
    for (let back = 28; back < 33; back += 1) await save(addDays(today, -back), recordedOn(addDays(today, -back)), migraineDay);
    const detail = await patientDetail(deps, target.clinicId, target.patientId);
    expect(detail.today).toBe("2026-07-20");
    expect(detail.windows).toEqual([
      { start: "2026-06-23", end: "2026-07-20", daysRecorded: 22, complete: true, anyHeadacheDays: 15, headacheDays: 15, migraineDays: 15, moderateSevereDays: 15, acuteMedicationDays: 0 },
      { start: "2026-05-26", end: "2026-06-22", daysRecorded: 5, complete: false, anyHeadacheDays: 5, headacheDays: 5, migraineDays: 5, moderateSevereDays: 5, acuteMedicationDays: 0 },
      { start: "2026-04-28", end: "2026-05-25", daysRecorded: 0, complete: false, anyHeadacheDays: 0, headacheDays: 0, migraineDays: 0, moderateSevereDays: 0, acuteMedicationDays: 0 },
    ]);
    expect(detail.diary).toHaveLength(27);
    expect(detail.diary[0]?.date).toBe("2026-07-20");
    expect(detail.diary.find((day) => day.date === "2026-07-19")).toMatchObject({ headache: false, revisions: 2 });
  });

  it("reads a chosen range and refuses a reversed one", async () => {
    const { save, deps, target } = await setUp();
    await save("2026-07-01", "2026-07-01T20:00:00.000Z");
    await save("2026-07-10", "2026-07-10T20:00:00.000Z");
    const diary = await readMyDiary(deps, target, { from: plainDate("2026-07-01"), to: plainDate("2026-07-05") });
    expect(diary.days.map((day) => day.date)).toEqual(["2026-07-01"]);
    await expect(readMyDiary(deps, target, { from: plainDate("2026-07-05"), to: plainDate("2026-07-01") })).rejects.toMatchObject({ code: "validation_failed" });
  });
});
