/**
 * The daily check-in's server side (issue 9): duration bands kept as chosen, the patient's own
 * medicine list, and the late window for filling in missed days (the clinic's setting).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { plainDate } from "#domain/shared/plain-date.ts";
import { saveMyMedicinesBodySchema } from "#contracts/api/diary.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { makeClinic, testClock, testDeps } from "../../shared/test-support.ts";
import { createPatient } from "../patients/patients.ts";
import { readMyDiary, saveDiaryRevision } from "./diary.ts";
import { diarySettings, updateDiarySettings } from "./diary-settings.ts";
import { readMyMedicines, saveMyMedicines } from "./my-medicines.ts";
import { toDiaryDay } from "./diary-view.ts";
import { currentDay } from "./repository.ts";

describe.each(testDatabaseKinds())("the daily check-in on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  async function setUp(now = "2026-07-20T10:00:00Z") {
    const clock = testClock(now);
    const deps = testDeps(t.db, clock);
    const { clinicId, staff } = await makeClinic(deps, "admin");
    const patient = await createPatient(deps, clinicId, staff.userId, { name: "Bea Band", birthDate: plainDate("1980-05-05"), timeZone: "Europe/London" });
    const target = { clinicId, patientId: patient.id };
    const asPatient = (date: string, recordedAt: string, answers: { headache: boolean; hours?: number; severity?: number; duration?: "under-2h" | "2-4h" | "4-8h" | "over-8h" | "all-day" } = { headache: false }) =>
      saveDiaryRevision(deps, target, { userId: staff.userId, enteredBy: "patient" }, { id: uuidv7(), date: plainDate(date), recordedAt, ...answers });
    const asStaff = (date: string, recordedAt: string) => saveDiaryRevision(deps, target, { userId: staff.userId, enteredBy: "staff" }, { id: uuidv7(), date: plainDate(date), recordedAt, headache: false });
    return { clock, deps, target, staff, asPatient, asStaff };
  }

  it("keeps the duration band as chosen next to its hours; the core reads the hours", async () => {
    const { asPatient, target } = await setUp();
    const view = await asPatient("2026-07-19", "2026-07-19T20:00:00.000Z", { headache: true, hours: 4, duration: "4-8h", severity: 2 });
    expect(view).toMatchObject({ hours: 4, duration: "4-8h" });
    const row = await currentDay(t.db, target.clinicId, target.patientId, "2026-07-19");
    expect(row?.answers).toMatchObject({ hours: 4, duration: "4-8h" });
    expect(toDiaryDay(row!)).toMatchObject({ hours: 4, duration: "4-8h" });
    // A day kept in hours only reads back with no band.
    expect(await asPatient("2026-07-18", "2026-07-18T20:00:00.000Z", { headache: true, hours: 5, severity: 1 })).toMatchObject({ hours: 5, duration: null });
  });

  it("lets a patient fill in a missed day up to 7 days back by default, marked late, and refuses older with a clear error", async () => {
    const { asPatient, asStaff, deps, target } = await setUp();
    const seven = await asPatient("2026-07-13", "2026-07-20T09:00:00.000Z");
    expect(seven).toMatchObject({ late: true, recordedAt: "2026-07-20T09:00:00.000Z" });
    await expect(asPatient("2026-07-12", "2026-07-20T09:00:00.000Z")).rejects.toMatchObject({
      code: "validation_failed",
      details: { issues: [{ path: "date", message: "is too far back: a missed day can be filled in up to 7 days afterwards. Ask your clinic to add older days." }] },
    });
    // Saved on the phone in time but sent weeks later (offline): counted from when it was saved.
    expect(await asPatient("2026-07-01", "2026-07-02T09:00:00.000Z")).toMatchObject({ late: true });
    // Staff entering a paper diary are not limited.
    expect(await asStaff("2026-07-01", "2026-07-20T09:00:00.000Z")).toMatchObject({ late: true, enteredBy: "staff" });
    expect((await readMyDiary(deps, target, {})).lateEntryDays).toBe(7);
  });

  it("follows the clinic's late window when an administrator changes it, with an audit row", async () => {
    const { asPatient, deps, target, staff } = await setUp();
    expect(await diarySettings(deps, target.clinicId)).toEqual({ diaryLateEntryDays: 7 });
    expect(await updateDiarySettings(deps, target.clinicId, staff.userId, { diaryLateEntryDays: 14 })).toEqual({ diaryLateEntryDays: 14 });
    expect(await asPatient("2026-07-06", "2026-07-20T09:00:00.000Z")).toMatchObject({ late: true });
    await updateDiarySettings(deps, target.clinicId, staff.userId, { diaryLateEntryDays: 0 });
    await expect(asPatient("2026-07-19", "2026-07-20T09:00:00.000Z")).rejects.toMatchObject({ code: "validation_failed" });
    expect((await readMyDiary(deps, target, {})).lateEntryDays).toBe(0);
    const events = await listAuditEvents(t.db, target.clinicId);
    expect(events.filter((event) => event.action === "clinic.diary_settings_updated")).toHaveLength(2);
  });

  it("keeps the patient's own medicine list, replaced whole, with who changed it audited and never what", async () => {
    const { deps, target, staff } = await setUp();
    expect(await readMyMedicines(deps, target)).toEqual({ patientId: target.patientId, medicines: [] });
    const body = saveMyMedicinesBodySchema.parse({ patientId: target.patientId, medicines: [{ name: "Sumatriptan", class: "triptan" }, { name: "Brufen", class: "nsaid" }] });
    const saved = await saveMyMedicines(deps, target, staff.userId, body);
    expect(saved.medicines).toEqual([{ name: "Sumatriptan", class: "triptan" }, { name: "Brufen", class: "simple-analgesic" }]);
    const replaced = await saveMyMedicines(deps, target, staff.userId, saveMyMedicinesBodySchema.parse({ patientId: target.patientId, medicines: [{ name: "Rimegepant", class: "gepant" }] }));
    expect(replaced.medicines).toEqual([{ name: "Rimegepant", class: "gepant" }]);
    expect(await readMyMedicines(deps, target)).toEqual(replaced);
    const events = (await listAuditEvents(t.db, target.clinicId)).filter((event) => event.action === "patient.medicines_updated");
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain("Rimegepant");
  });

  it("refuses a list written for another patient (account_mismatch), storing nothing", async () => {
    const { deps, target, staff } = await setUp();
    await expect(saveMyMedicines(deps, target, staff.userId, { patientId: uuidv7(), medicines: [{ name: "Sumatriptan", class: "triptan" }] })).rejects.toMatchObject({ code: "account_mismatch" });
    expect((await readMyMedicines(deps, target)).medicines).toEqual([]);
  });

  it("refuses a repeated name, too many medicines, and an unknown class at the boundary", () => {
    const patientId = uuidv7();
    expect(saveMyMedicinesBodySchema.safeParse({ patientId, medicines: [{ name: "Ibuprofen", class: "simple-analgesic" }, { name: "ibuprofen", class: "simple-analgesic" }] }).success).toBe(false);
    expect(saveMyMedicinesBodySchema.safeParse({ patientId, medicines: Array.from({ length: 21 }, (_, i) => ({ name: `M${i}`, class: "other" })) }).success).toBe(false);
    expect(saveMyMedicinesBodySchema.safeParse({ patientId, medicines: [{ name: "X", class: "vitamin" }] }).success).toBe(false);
  });
});
