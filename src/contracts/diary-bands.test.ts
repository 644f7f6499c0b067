/**
 * The duration band in the contracts (issue 9): optional everywhere, so older records and
 * `cephalog assess` inputs stay valid; when given, its hours must lie in it; the assessment of a
 * record with bands is the assessment of the same record without them.
 */
import { describe, expect, it } from "vitest";
import { assess } from "#domain/assess/assess.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { diaryAnswersSchema } from "./diary-answers.ts";
import { parsePatientRecord } from "./patient-record.ts";

const banded = Array.from({ length: 60 }, (_, i) => {
  const date = new Date(Date.UTC(2026, 6, 20 - i)).toISOString().slice(0, 10);
  return i % 3 === 0 ? { date, headache: false } : { date, headache: true, hours: 4, duration: "4-8h", severity: 2, features: { nausea: true, pulsating: true } };
});

describe("duration bands in the contracts", () => {
  it("accepts a band with hours inside it, refuses one whose hours lie outside, and needs no band", () => {
    expect(diaryAnswersSchema.safeParse({ headache: true, hours: 4, duration: "4-8h", severity: 2 }).success).toBe(true);
    expect(diaryAnswersSchema.safeParse({ headache: true, hours: 5, severity: 2 }).success).toBe(true);
    const outside = diaryAnswersSchema.safeParse({ headache: true, hours: 3, duration: "4-8h", severity: 2 });
    expect(outside.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["hours", "must lie in the duration band"]]);
    expect(diaryAnswersSchema.safeParse({ headache: true, duration: "all-day", severity: 2 }).error?.issues.map((issue) => issue.message)).toContain("is required with a duration band");
    expect(diaryAnswersSchema.safeParse({ headache: true, hours: 4, duration: "4-6h", severity: 2 }).success).toBe(false);
  });

  it("keeps the patient record valid with or without bands, and assesses the same either way", () => {
    const withBands = parsePatientRecord({ patient: { id: "p1" }, diary: banded });
    const without = parsePatientRecord({ patient: { id: "p1" }, diary: banded.map(({ duration: _d, ...day }: { duration?: string }) => day) });
    expect(withBands.ok && without.ok).toBe(true);
    if (!withBands.ok || !without.ok) return;
    expect(withBands.value.unknownFields).toEqual([]);
    expect(withBands.value.record.diary[1]).toMatchObject({ hours: 4, duration: "4-8h" });
    const options = { asOf: plainDate("2026-07-20"), policy: "us-label" as const, settings: withBands.value.settings };
    expect(assess(withBands.value.record, options)).toEqual(assess(without.value.record, options));
    const wrong = parsePatientRecord({ patient: { id: "p1" }, diary: [{ date: "2026-07-20", headache: true, hours: 2, duration: "over-8h", severity: 2 }] });
    expect(wrong.ok ? [] : wrong.issues).toEqual([{ path: "diary[0].hours", message: "must lie in the duration band" }]);
  });
});
