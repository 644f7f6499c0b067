/**
 * The clinic cohort on small cohorts worked out by hand (docs/reports.md, "Clinic outcomes"):
 * who is treated in the range, sessions, intervals against §7's 91 days, the two-cycle response
 * (§8) with who is left out and why, and side effects per patient and per session.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess.ts";
import { addDays } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { patientOutcome, type CohortOptions } from "./cohort-patient.ts";
import { addToTally, clinicCohort, cohortFigures, emptyTally } from "./cohort-tally.ts";
import { d, freeDays, stretch, testRecord } from "./cohort-test-support.ts";

/** `count` 28-day stretches from `start`, each with `headacheDays` migraine days. */
const repeated = (start: string, count: number, headacheDays: number) =>
  Array.from({ length: count }, (_, i) => stretch(addDays(d(start), i * 28), headacheDays)).flat();

const options: CohortOptions = { from: d("2026-01-01"), to: d("2026-06-30"), asOf: d("2026-06-30"), policy: "us-label", settings: DEFAULT_SETTINGS };

// A: new in the range; baseline 20, evaluation window [05-25, 06-21] 8: 60% fewer, change -12. Intervals 84, 84.
const a = testRecord({
  id: "a", sessions: ["2026-01-05", "2026-03-30", "2026-06-22"],
  diary: [...stretch("2025-12-08", 20), ...repeated("2026-01-05", 6, 8)],
  reports: [{ date: "2025-12-20", symptoms: ["neck-pain"] }, { date: "2026-01-07", symptoms: ["neck-pain"] }],
});
// B: new; baseline 24; two-cycle point 07-18 is after the as-of date: too early. Interval 103 days: late.
const b = testRecord({ id: "b", sessions: ["2026-02-01", "2026-05-15"], diary: stretch("2026-01-04", 24) });
// C: started 2025-10-01 (before the range); baseline 15, evaluation [02-18, 03-17] 12: 20% fewer, change -3.
// Intervals ending in the range: 101 (late; the one before is outside the range) and 81.
const c = testRecord({
  id: "c", sessions: ["2025-10-01", "2026-01-10", "2026-04-01"],
  diary: [...stretch("2025-09-03", 15), ...stretch("2026-02-18", 12)],
});
// D: new; no diary: baseline incomplete. 195 U (8 follow-the-pain sites). Neck pain twice and a droop after its one session.
const dPatient = testRecord({
  id: "d", sessions: ["2026-03-01"], extraSites: { "2026-03-01": 8 },
  reports: [{ date: "2026-03-04", symptoms: ["neck-pain", "eyelid-droop"] }, { date: "2026-03-20", symptoms: ["neck-pain"] }],
});
// E: treated only before the range: read, not counted.
const e = testRecord({ id: "e", sessions: ["2025-06-01"], reports: [{ date: "2026-02-01", symptoms: ["bruising"] }] });

describe("the clinic cohort, worked by hand", () => {
  const figures = clinicCohort([a, b, c, dPatient, e], options);

  it("counts treated patients, new patients, sessions and units in the range", () => {
    expect(figures).toMatchObject({ recordsRead: 5, patientsTreated: 4, patientsStarting: 3, sessions: 8 });
    expect(figures.sessionsPerPatient).toEqual({ n: 4, mean: 2 });
    expect(figures.unitsPerSession).toEqual({ n: 8, mean: (7 * 155 + 195) / 8 });
  });

  it("judges intervals ending in the range against 91 days, per interval and per patient", () => {
    expect(figures.intervals.onTime).toEqual({ count: 3, of: 5, rate: 0.6 });
    expect(figures.intervals.meanDays).toEqual({ n: 5, mean: (84 + 84 + 103 + 101 + 81) / 5 });
    expect(figures.intervals.patientsWithoutInterval).toBe(1);
    expect(figures.intervals.patientsWithLateInterval).toEqual({ count: 2, of: 3, rate: 2 / 3 });
  });

  it("takes the two-cycle response from the domain and says who is left out and why", () => {
    const { response } = figures;
    expect(response.evaluated).toBe(2);
    expect(response.excluded).toEqual({ "too-early": 1, "baseline-incomplete": 1, "baseline-without-headache-days": 0, "evaluation-window-incomplete": 0 });
    expect(response.responder30).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(response.responder50).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(response.baselineHeadacheDays).toEqual({ n: 2, mean: 17.5 });
    expect(response.evaluationHeadacheDays).toEqual({ n: 2, mean: 10 });
    expect(response.changeInHeadacheDays).toEqual({ n: 2, mean: -7.5 });
    expect(response.recommendations).toEqual({ continue: 1, review: 0, pause: 0, stop: 1 });
    // The same figures the patient's own assessment has.
    expect(assess(a, { asOf: options.asOf, policy: "us-label", settings: DEFAULT_SETTINGS }).response).toMatchObject({ percentReduction: 60, responder50: true, recommendation: "continue" });
    expect(assess(c, { asOf: options.asOf, policy: "us-label", settings: DEFAULT_SETTINGS }).response).toMatchObject({ percentReduction: 20, responder30: false, recommendation: "stop" });
  });

  it("counts a side effect once per session and once per patient, only after a session in the range", () => {
    const bySymptom = new Map(figures.sideEffects.map((figure) => [figure.symptom, figure]));
    // Neck pain: A after its first session (its report before any session is not counted), D twice after one session.
    expect(bySymptom.get("neck-pain")).toMatchObject({ level: "green", patients: { count: 2, of: 4, rate: 0.5 }, sessions: { count: 2, of: 8, rate: 0.25 } });
    expect(bySymptom.get("eyelid-droop")).toMatchObject({ level: "amber", patients: { count: 1, of: 4 }, sessions: { count: 1, of: 8 } });
    // E's bruising follows a session before the range.
    expect(bySymptom.get("bruising")?.patients.count).toBe(0);
    expect(figures.sideEffects).toHaveLength(21);
  });

  it("adds up patient by patient the same as all at once, and an empty cohort has no rates", () => {
    let tally = emptyTally();
    for (const record of [e, dPatient, c, b, a]) tally = addToTally(tally, patientOutcome(record, options));
    expect(cohortFigures(tally, options)).toEqual(figures);
    const empty = clinicCohort([], options);
    expect(empty.response.responder50).toEqual({ count: 0, of: 0, rate: null });
    expect(empty.intervals.onTime.rate).toBeNull();
    expect(empty.unitsPerSession.mean).toBeNull();
  });

  it("ignores what is dated after the as-of date", () => {
    const early = clinicCohort([a, b, c, dPatient], { ...options, asOf: d("2026-03-15") });
    // Sessions after 03-15 (A's 03-30 and 06-22, B's 05-15, C's 04-01) are not counted yet; D's report on 03-20 neither.
    expect(early.sessions).toBe(4);
    expect(early.intervals.onTime).toEqual({ count: 0, of: 1, rate: 0 });
    expect(early.response.evaluated).toBe(0);
  });
});

describe("the two-cycle point under EHF", () => {
  // Baseline 20; two-cycle window [05-18, 06-14] 16 (20%: review); three-cycle window [08-10, 09-06] 8 (60%).
  const ehf = testRecord({
    id: "ehf", sessions: ["2026-01-05", "2026-03-30", "2026-06-15", "2026-09-07"],
    diary: [...stretch("2025-12-08", 20), ...freeDays("2026-01-05", "2026-05-17"), ...stretch("2026-05-18", 16), ...freeDays("2026-06-15", "2026-08-09"), ...stretch("2026-08-10", 8), ...freeDays("2026-09-07", "2026-09-20")],
  });
  const ehfOptions: CohortOptions = { from: d("2026-01-01"), to: d("2026-09-20"), asOf: d("2026-09-20"), policy: "ehf-2018", settings: DEFAULT_SETTINGS };

  it("reports the two-cycle figures when the assessment has moved on to three cycles", () => {
    const assessed = assess(ehf, { asOf: ehfOptions.asOf, policy: "ehf-2018", settings: DEFAULT_SETTINGS }).response;
    expect(assessed).toMatchObject({ evaluationPoint: "three-cycles", evaluationHeadacheDays: 8 });
    const figures = clinicCohort([ehf], ehfOptions);
    expect(figures.response.responder30).toEqual({ count: 0, of: 1, rate: 0 });
    expect(figures.response.evaluationHeadacheDays).toEqual({ n: 1, mean: 16 });
    expect(figures.response.changeInHeadacheDays).toEqual({ n: 1, mean: -4 });
    // The policy's advice is the assessment's own.
    expect(figures.response.recommendations[assessed.recommendation as "pause"]).toBe(1);
  });
});
