/**
 * statedDiagnosis: the diagnosis a document states (the FHIR Condition) is judged on the
 * assessment's date before treatment and on the eve of the first session after it (ADR 0026's
 * renewal choice), with the packet's ICD-10-CM rule and aura count.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { addDays, plainDate as d, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PatientRecord } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { statedDiagnosis } from "./stated-diagnosis.ts";

/** `days` days from `from`: migraine on the first `perWindow` of every 28 (aura on the first `aura` of them all), else none. */
function diary(from: PlainDate, days: number, perWindow: number, aura = 0): DiaryDay[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    return i % 28 < perWindow ? migraineDay(date, i < aura ? { features: { unilateral: true, pulsating: true, nausea: true, aura: true } } : {}) : headacheFreeDay(date);
  });
}

const record = (days: DiaryDay[], treatments: PatientRecord["treatments"] = []): PatientRecord =>
  ({ patient: { id: "p1" }, diary: days, treatments, otherToxinDoses: [], questionnaires: [], sideEffectReports: [] });
const options = (asOf: string) => ({ asOf: d(asOf), policy: "us-label", settings: DEFAULT_SETTINGS }) as const;

describe("statedDiagnosis", () => {
  it("before any session, is the assessment's own verdict on its date, with the packet's code and aura days", () => {
    const r = record(diary(d("2026-04-28"), 84, 18, 2)); // W3-W1 end 2026-07-20
    const stated = statedDiagnosis(r, assess(r, options("2026-07-20")));
    expect(stated).toMatchObject({ asOf: "2026-07-20", beforeFirstSession: false, status: "met", icd10: { code: "G43.709", auraDays: 2 } });
  });

  it("after the first session, is judged on its eve: a responder's later diary does not refute it", () => {
    // 84 days of chronic migraine to 2026-01-31, a session on 2026-02-01, then 140 days of 4 migraine days a window.
    const days = [...diary(d("2025-11-09"), 84, 18), ...diary(d("2026-02-01"), 140, 4)];
    const r = record(days, [{ date: d("2026-02-01"), injections: [] }]);
    const now = assess(r, options("2026-06-20"));
    expect(now.chronicMigraine.status).toBe("not-met");
    expect(statedDiagnosis(r, now)).toMatchObject({ asOf: "2026-01-31", beforeFirstSession: true, status: "met", icd10: { code: "G43.709" } });
  });

  it("not met: no code", () => {
    const r = record(diary(d("2026-04-28"), 84, 10));
    expect(statedDiagnosis(r, assess(r, options("2026-07-20")))).toMatchObject({ status: "not-met", icd10: { code: null } });
  });
});
