/**
 * The assembly `assess()` (src/domain/assess): the contract's parts in order, every field present,
 * nothing dated after the assessment date counting (pathway-rules §1), and every output
 * conforming to the assessment schema, for any valid record (fast-check properties).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, recordAsOf } from "#domain/assess/assess.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import {
  ACUTE_MEDICATION_CLASSES,
  MUSCLES,
  POLICIES,
  SIDES,
  SYMPTOM_CODES,
  type DiaryDay,
  type PatientRecord,
  type PolicyId,
  type TreatmentSession,
} from "#domain/shared/record.ts";
import { assessmentSchema } from "#contracts/assessment.ts";

const ORIGIN = plainDate("2025-09-01");
const dateIn = (maxDays: number) => fc.integer({ min: 0, max: maxDays }).map((n) => addDays(ORIGIN, n));

const diaryDayArb = (date: PlainDate): fc.Arbitrary<DiaryDay> =>
  fc.oneof(
    fc.constant<DiaryDay>({ date, headache: false }),
    fc.record({
      hours: fc.integer({ min: 0, max: 24 }),
      severity: fc.constantFrom(0, 1, 2, 3 as const),
      unilateral: fc.boolean(),
      pulsating: fc.boolean(),
      nausea: fc.boolean(),
      aura: fc.boolean(),
      medications: fc.array(fc.record({ class: fc.constantFrom(...ACUTE_MEDICATION_CLASSES), relief: fc.boolean() }), { maxLength: 2 }),
    }).map(({ hours, severity, medications, ...features }): DiaryDay => ({ date, headache: true, hours, severity, features, medications })),
  );

/** A diary over ~400 days: each day recorded with some probability, so windows are complete or not. */
const diaryArb = fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }).chain((recorded) =>
  fc.tuple(...recorded.flatMap((isRecorded, n) => (isRecorded ? [diaryDayArb(addDays(ORIGIN, n))] : []))),
);

const sessionsArb = fc.uniqueArray(dateIn(400), { maxLength: 5 }).chain((dates) =>
  fc.tuple(...dates.map((date) =>
    fc.array(fc.record({ muscle: fc.constantFrom(...MUSCLES), side: fc.constantFrom(...SIDES), units: fc.constantFrom(5, 5, 5, 10, 0), followThePain: fc.boolean() }), { maxLength: 40 })
      .map((injections): TreatmentSession => ({ date, injections, overrideReason: null })),
  )),
);

const recordArb: fc.Arbitrary<PatientRecord> = fc.record({
  patient: fc.record({ id: fc.constant("p1"), birthDate: fc.option(fc.constantFrom(plainDate("1980-02-29"), plainDate("2009-01-01")), { nil: undefined }) }),
  history: fc.option(fc.record({ botulinumHypersensitivity: fc.boolean(), injectionSiteInfection: fc.boolean(), overuseManaged: fc.boolean(), chronicMigraineSince: dateIn(400) }), { nil: undefined }),
  diary: diaryArb,
  preventives: fc.option(fc.array(fc.record({
    name: fc.constantFrom("topiramate", "propranolol", " Topiramate "),
    class: fc.constantFrom("antiepileptic" as const, "beta-blocker" as const, "other" as const),
    start: dateIn(200),
    outcome: fc.constantFrom("ineffective" as const, "not-tolerated" as const, "ongoing" as const),
  }), { maxLength: 4 }), { nil: undefined }),
  treatments: sessionsArb,
  otherToxinDoses: fc.array(fc.record({ date: dateIn(400), units: fc.integer({ min: 1, max: 300 }) }), { maxLength: 3 }),
  questionnaires: fc.array(fc.oneof(
    fc.record({ instrument: fc.constant("HIT-6" as const), date: dateIn(400), responses: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }) }),
    fc.record({ instrument: fc.constant("MIDAS" as const), date: dateIn(400), responses: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 5, maxLength: 5 }) }),
  ), { maxLength: 4 }),
  sideEffectReports: fc.array(fc.record({ date: dateIn(400), symptoms: fc.array(fc.constantFrom(...SYMPTOM_CODES), { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
});

const optionsArb = fc.record({ asOf: dateIn(420), policy: fc.constantFrom<PolicyId>(...POLICIES) });

/** Output as a script reads it. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("assess()", () => {
  it("lists the contract's parts in its order, every one present", () => {
    const output = assess({ patient: { id: "p1" }, diary: [], treatments: [], otherToxinDoses: [], questionnaires: [], sideEffectReports: [] },
      { asOf: plainDate("2026-07-20"), policy: "us-label", settings: DEFAULT_SETTINGS });
    expect(Object.keys(output)).toEqual([
      "schema", "rulesVersion", "patientId", "asOf", "policy", "settings", "windows", "chronicMigraine", "medicationOveruse",
      "eligibility", "treatment", "injectionChecks", "response", "questionnaires", "wearingOff", "sideEffects",
    ]);
    expect(output.treatment).toBeNull();
    expect(output.response.status).toBe("no-treatment");
    expect(Object.keys(output.response)).toEqual([
      "status", "baselineWindow", "evaluationPoint", "baselineHeadacheDays", "evaluationHeadacheDays", "evaluationWindow",
      "percentReduction", "responder30", "responder50", "recommendation", "reasons", "reassessOn",
    ]);
    expect(output.windows).toHaveLength(3);
  });

  it("conforms to the assessment schema for any valid record, as of any date, under any policy (property)", () => {
    fc.assert(
      fc.property(recordArb, optionsArb, (record, { asOf, policy }) => {
        const output = asJson(assess(record, { asOf, policy, settings: DEFAULT_SETTINGS }));
        const result = assessmentSchema.safeParse(output);
        if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
        // Fields that do not apply are null, never absent: no key is lost on the way to JSON.
        expect(JSON.stringify(output)).not.toContain("undefined");
      }),
      { numRuns: 60 },
    );
  });

  it("ignores everything dated after the assessment date (pathway-rules §1, property)", () => {
    fc.assert(
      fc.property(recordArb, optionsArb, (record, { asOf, policy }) => {
        const options = { asOf, policy, settings: DEFAULT_SETTINGS };
        expect(asJson(assess(record, options))).toEqual(asJson(assess(recordAsOf(record, asOf), options)));
      }),
      { numRuns: 40 },
    );
  });

  it("counts a preventive's end after the assessment date as that date", () => {
    const record: PatientRecord = {
      patient: { id: "p1" }, diary: [], treatments: [], otherToxinDoses: [], questionnaires: [], sideEffectReports: [],
      preventives: [
        { name: "topiramate", class: "antiepileptic", start: plainDate("2026-01-01"), end: plainDate("2027-01-01"), outcome: "ineffective" },
        { name: "erenumab", class: "cgrp-antibody", start: plainDate("2026-08-01"), outcome: "ineffective" },
      ],
    };
    expect(recordAsOf(record, plainDate("2026-03-01")).preventives).toEqual([
      { name: "topiramate", class: "antiepileptic", start: "2026-01-01", end: "2026-03-01", outcome: "ineffective" },
    ]);
  });

  it("is pure: it leaves its input as it was and gives the same answer twice", () => {
    fc.assert(
      fc.property(recordArb, optionsArb, (record, { asOf, policy }) => {
        const before = structuredClone(record);
        const options = { asOf, policy, settings: DEFAULT_SETTINGS };
        const first = asJson(assess(record, options));
        expect(record).toEqual(before);
        expect(asJson(assess(record, options))).toEqual(first);
      }),
      { numRuns: 15 },
    );
  });
});
