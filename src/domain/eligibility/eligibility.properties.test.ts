import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PatientHistory, PolicyId } from "../shared/record.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { windowsAsOf } from "../diary/windows.ts";
import { assessChronicMigraine } from "../diagnosis/chronic-migraine.ts";
import { assessMedicationOveruse } from "../diagnosis/medication-overuse.ts";
import { assessEligibility } from "./assess-eligibility.ts";

const A = plainDate("2026-07-20");
const birthDate = plainDate("1980-01-01");
const context = { birthDate, settings: DEFAULT_SETTINGS };
const preventives = [
  { name: "topiramate", class: "antiepileptic" as const, start: plainDate("2024-01-01"), outcome: "not-tolerated" as const },
  { name: "propranolol", class: "beta-blocker" as const, start: plainDate("2024-06-01"), outcome: "not-tolerated" as const },
  { name: "amitriptyline", class: "antidepressant" as const, start: plainDate("2025-01-01"), outcome: "not-tolerated" as const },
];

/** The whole chain of pathway-rules §1-5, as the assessment runs it. */
function eligibility(diary: readonly DiaryDay[], policy: PolicyId, history: PatientHistory) {
  const windows = windowsAsOf(diary, A, context);
  const chronicMigraine = assessChronicMigraine({ windows, asOf: A, history, settings: DEFAULT_SETTINGS }).status;
  const medicationOveruse = assessMedicationOveruse(diary, A, context).status;
  return assessEligibility({ policy, asOf: A, birthDate, history, preventives, w1: windows[0] as (typeof windows)[0], chronicMigraine, medicationOveruse, settings: DEFAULT_SETTINGS }).status;
}

/** Dense diaries over W1-W3, mostly headache days, so that many patients are eligible. */
const dayArb = fc.record({
  kind: fc.oneof(
    { arbitrary: fc.constant("migraine" as const), weight: 14 },
    { arbitrary: fc.constantFrom("short" as const, "free" as const, "unrecorded" as const), weight: 3 },
  ),
  triptan: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
});
const diaryArb = fc.array(dayArb, { minLength: 84, maxLength: 84 }).map((plan) =>
  plan.flatMap(({ kind, triptan }, back): DiaryDay[] => {
    const date = addDays(A, -back);
    const medications = triptan ? [{ class: "triptan" as const }] : [];
    if (kind === "unrecorded") return [];
    if (kind === "free") return [headacheFreeDay(date, { medications })];
    return [migraineDay(date, kind === "short" ? { hours: 1, features: {}, medications } : { medications })];
  }),
);
const historyArb = fc.record({
  chronicMigraineSince: fc.option(fc.constant(plainDate("2025-01-01")), { nil: undefined }),
  botulinumHypersensitivity: fc.constant(false),
  injectionSiteInfection: fc.constant(false),
  overuseManaged: fc.option(fc.boolean(), { nil: undefined }),
});
const addedDayArb = fc.tuple(fc.integer({ min: 0, max: 83 }), fc.boolean(), fc.boolean());

/**
 * The diary with one more headache day: an unrecorded or headache-free date becomes a headache
 * day. A date that already holds a headache day is left as it is: replacing a 6-hour day by a
 * 1-hour one would remove a headache day, not add one (fast-check found that case).
 */
function withHeadacheDay(diary: readonly DiaryDay[], [back, long, triptan]: [number, boolean, boolean]): DiaryDay[] {
  const date = addDays(A, -back);
  const existing = diary.find((d) => d.date === date);
  if (existing?.headache === true) return [...diary];
  const medications = [...(existing?.medications ?? []), ...(triptan ? [{ class: "triptan" as const }] : [])];
  const day = migraineDay(date, long ? { medications } : { hours: 1, medications });
  return [...diary.filter((d) => d.date !== date), day];
}

describe("eligibility invariants (fast-check)", () => {
  it.each(["us-label", "us-payer", "ehf-2018"] as const)("under %s, adding a headache day never turns an eligible patient ineligible", (policy) => {
    fc.assert(fc.property(diaryArb, historyArb, addedDayArb, (diary, history, added) => {
      fc.pre(eligibility(diary, policy, history) === "eligible");
      expect(eligibility(withHeadacheDay(diary, added), policy, history)).toBe("eligible");
    }), { numRuns: 150 });
  });

  it("under nice-ta260 with overuse managed, adding a headache day never turns an eligible patient ineligible", () => {
    fc.assert(fc.property(diaryArb, historyArb, addedDayArb, (diary, history, added) => {
      const managed = { ...history, overuseManaged: true };
      fc.pre(eligibility(diary, "nice-ta260", managed) === "eligible");
      expect(eligibility(withHeadacheDay(diary, added), "nice-ta260", managed)).toBe("eligible");
    }), { numRuns: 150 });
  });

  it("under nice-ta260 without managed overuse, one more headache day can reveal medication overuse (ICHD-3 8.2 A)", () => {
    // W1 qualifies with an attested history; W2 and W3 have 14 days with headache; triptans on 10 days everywhere.
    const history = { botulinumHypersensitivity: false, injectionSiteInfection: false, chronicMigraineSince: plainDate("2025-01-01") };
    const diary = Array.from({ length: 84 }, (_, back): DiaryDay => {
      const date = addDays(A, -back);
      const inWindow = back % 28;
      const medications = inWindow < 10 ? [{ class: "triptan" as const }] : [];
      const headacheDays = back < 28 ? 15 : 14;
      return inWindow < headacheDays ? migraineDay(date, { medications }) : headacheFreeDay(date, { medications });
    });
    expect(eligibility(diary, "nice-ta260", history)).toBe("eligible");
    const moreHeadache = withHeadacheDay(withHeadacheDay(diary, [28 + 20, true, false]), [56 + 20, true, false]);
    expect(eligibility(moreHeadache, "nice-ta260", history)).toBe("not-eligible");
  });
});
