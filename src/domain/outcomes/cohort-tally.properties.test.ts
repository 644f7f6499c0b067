/**
 * Invariants of the clinic cohort over generated clinics (fast-check): every rate in [0, 1] and
 * null exactly when out of nothing, every figure's n consistent with the patients treated, and
 * the figures independent of the order patients are read in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { POLICIES, SYMPTOM_CODES, type DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { clinicCohort, RESPONSE_EXCLUSIONS, type CohortRate } from "./cohort-tally.ts";
import { testRecord } from "./cohort-test-support.ts";

const ORIGIN = plainDate("2025-06-01");

/** A patient (three in four treated): a first session 0-300 days after the origin, then 0-4 more 60-110 days apart; a sparse diary; a few reports. */
const patientArb = fc.record({
  start: fc.integer({ min: 0, max: 300 }),
  gaps: fc.array(fc.integer({ min: 60, max: 110 }), { maxLength: 4 }),
  treated: fc.constantFrom(true, true, true, false),
  diary: fc.array(fc.constantFrom("none", "free", "free", "migraine", "migraine", "migraine"), { minLength: 700, maxLength: 700 }),
  reports: fc.array(fc.record({ day: fc.integer({ min: 0, max: 700 }), symptoms: fc.uniqueArray(fc.constantFrom(...SYMPTOM_CODES), { minLength: 1, maxLength: 3 }) }), { maxLength: 4 }),
});

type PatientSpec = typeof patientArb extends fc.Arbitrary<infer T> ? T : never;

function toRecord(spec: PatientSpec, index: number) {
  const sessions: string[] = [];
  if (spec.treated) {
    let date = addDays(ORIGIN, spec.start);
    sessions.push(date);
    for (const gap of spec.gaps) sessions.push((date = addDays(date, gap)));
  }
  const diary = spec.diary.flatMap((kind, i): DiaryDay[] => {
    const date = addDays(ORIGIN, i - 28);
    return kind === "none" ? [] : [kind === "free" ? headacheFreeDay(date) : migraineDay(date)];
  });
  return testRecord({ id: `p${index}`, sessions, diary, reports: spec.reports.map((r) => ({ date: addDays(ORIGIN, r.day), symptoms: r.symptoms })) });
}

const rangeArb = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom(...POLICIES));

function expectRate(rate: CohortRate): void {
  expect(rate.count).toBeGreaterThanOrEqual(0);
  expect(rate.count).toBeLessThanOrEqual(rate.of);
  if (rate.of === 0) expect(rate.rate).toBeNull();
  else {
    expect(rate.rate).toBeGreaterThanOrEqual(0);
    expect(rate.rate).toBeLessThanOrEqual(1);
  }
}

describe("clinic cohort invariants (fast-check)", () => {
  it("keeps rates in [0, 1], each n consistent, and does not depend on the order of patients", () => {
    fc.assert(
      fc.property(fc.array(patientArb, { minLength: 1, maxLength: 6 }), rangeArb, (specs, [fromOffset, length, asOfLag, policy]) => {
        const records = specs.map(toRecord);
        const from = addDays(ORIGIN, fromOffset);
        const to = addDays(from, length);
        const options = { from, to, asOf: addDays(to, -Math.min(asOfLag, length)), policy, settings: DEFAULT_SETTINGS };
        const figures = clinicCohort(records, options);

        expect(figures.recordsRead).toBe(records.length);
        expect(figures.patientsTreated).toBeLessThanOrEqual(records.length);
        expect(figures.patientsStarting).toBeLessThanOrEqual(figures.patientsTreated);
        expect(figures.sessions).toBeGreaterThanOrEqual(figures.patientsTreated);
        const { response, intervals } = figures;
        const excluded = RESPONSE_EXCLUSIONS.reduce((sum, reason) => sum + response.excluded[reason], 0);
        expect(response.evaluated + excluded).toBe(figures.patientsTreated);
        expect(Object.values(response.recommendations).reduce((sum, n) => sum + n, 0)).toBe(response.evaluated);
        for (const rate of [response.responder30, response.responder50, intervals.onTime, intervals.patientsWithLateInterval]) expectRate(rate);
        expect(response.responder30.of).toBe(response.evaluated);
        expect(response.responder50.count).toBeLessThanOrEqual(response.responder30.count);
        expect(response.changeInHeadacheDays.n).toBe(response.evaluated);
        expect(intervals.patientsWithLateInterval.of + intervals.patientsWithoutInterval).toBe(figures.patientsTreated);
        expect(intervals.onTime.of).toBe(intervals.meanDays.n);
        expect(intervals.onTime.of).toBeLessThanOrEqual(figures.sessions);
        for (const symptom of figures.sideEffects) {
          expectRate(symptom.patients);
          expectRate(symptom.sessions);
          expect(symptom.patients.of).toBe(figures.patientsTreated);
          expect(symptom.sessions.of).toBe(figures.sessions);
          expect(symptom.sessions.count).toBeGreaterThanOrEqual(symptom.patients.count);
        }
        expect(clinicCohort([...records].reverse(), options)).toEqual(figures);
      }),
      { numRuns: 60 },
    );
  });
});
