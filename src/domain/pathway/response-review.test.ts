/**
 * What the response review shows besides the assessment (pathway-rules §8): when the review opens
 * (two cycles, and three under EHF after a "review"), the days of its windows, HIT-6 and MIDAS
 * against their baseline, and whether the clinician's decision follows the recommendation.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../assess/assess.ts";
import { consecutiveDays, headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { preemptFixedInjections } from "../injections/preempt-protocol.ts";
import { TREATMENT_DECISIONS } from "./pathway-status.ts";
import { treatmentTimeline } from "../outcomes/treatment-timeline.ts";
import { addDays, plainDate, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PatientRecord, PolicyId } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { DECISIONS_FOLLOWING, followsRecommendation } from "./decision-agreement.ts";
import { instrumentReviews } from "./review-questionnaires.ts";
import { reviewSchedule } from "./review-schedule.ts";
import { windowDays } from "./window-days.ts";

const FIRST = plainDate("2026-02-01");
const SECOND = addDays(FIRST, 84);
const context = { settings: DEFAULT_SETTINGS };

/** Headache days per 28 from `from`: `before` until the first session, `after` from it on; every day recorded. */
function diary(before: number, after: number, days = 400): DiaryDay[] {
  const from = addDays(FIRST, -120);
  return consecutiveDays(from, days, (date, i) => (i % 28 < (date < FIRST ? before : after) ? migraineDay(date) : headacheFreeDay(date)));
}

function record(days: DiaryDay[], sessions: PlainDate[], questionnaires: PatientRecord["questionnaires"] = []): PatientRecord {
  return {
    patient: { id: "p1", birthDate: plainDate("1980-05-05") },
    history: {},
    preventives: [],
    diary: days,
    treatments: sessions.map((date) => ({ date, injections: preemptFixedInjections() })),
    otherToxinDoses: [],
    questionnaires,
    sideEffectReports: [],
  };
}

function scheduleOf(rec: PatientRecord, asOf: PlainDate, policy: PolicyId) {
  const assessment = assess(rec, { asOf, policy, settings: DEFAULT_SETTINGS });
  return { assessment, schedule: reviewSchedule(assessment.response, treatmentTimeline(rec.treatments, asOf)) };
}

describe("when the response review opens", () => {
  it("has no review without a session", () => {
    expect(scheduleOf(record(diary(18, 18), []), FIRST, "us-label").schedule).toEqual({ current: null, next: null });
  });

  it("says the two-cycle point before it is reached: 167 days after the first session without a third", () => {
    const { assessment, schedule } = scheduleOf(record(diary(18, 8), [FIRST, SECOND]), addDays(FIRST, 120), "us-label");
    expect(assessment.response.status).toBe("too-early");
    expect(schedule).toEqual({ current: { point: "two-cycles", opensOn: addDays(FIRST, 167) }, next: null });
  });

  it("moves the two-cycle point to the day before a third session given earlier", () => {
    const third = addDays(SECOND, 80);
    const { schedule } = scheduleOf(record(diary(18, 8), [FIRST, SECOND, third]), addDays(third, 10), "nice-ta260");
    expect(schedule.current).toEqual({ point: "two-cycles", opensOn: addDays(third, -1) });
  });

  it("under EHF, after a review at two cycles (below 30%), says the three-cycle point next; once judged there, nothing further", () => {
    const third = addDays(SECOND, 84);
    const rec = record(diary(18, 16), [FIRST, SECOND, third]);
    const atTwo = scheduleOf(rec, addDays(third, 1), "ehf-2018");
    expect(atTwo.assessment.response.recommendation).toBe("review");
    expect(atTwo.schedule).toEqual({ current: { point: "two-cycles", opensOn: addDays(third, -1) }, next: { point: "three-cycles", opensOn: addDays(FIRST, 251) } });
    const atThree = scheduleOf(rec, addDays(FIRST, 260), "ehf-2018");
    expect(atThree.assessment.response.evaluationPoint).toBe("three-cycles");
    expect(atThree.schedule).toEqual({ current: { point: "three-cycles", opensOn: addDays(FIRST, 251) }, next: null });
  });

  it("has no three-cycle review under the other policies, whatever the reduction", () => {
    const third = addDays(SECOND, 84);
    for (const policy of ["us-label", "us-payer", "nice-ta260"] as const) {
      expect(scheduleOf(record(diary(18, 16), [FIRST, SECOND, third]), addDays(third, 1), policy).schedule.next, policy).toBeNull();
    }
  });
});

describe("the days of a review window", () => {
  it("lists every date of the window in order, unrecorded days as unknown rather than headache-free", () => {
    const range = { start: plainDate("2026-01-01"), end: plainDate("2026-01-28") };
    const days = windowDays([migraineDay(plainDate("2026-01-02")), headacheFreeDay(plainDate("2026-01-03"))], range, context);
    expect(days).toHaveLength(28);
    expect(days.map((d) => d.date)).toEqual(Array.from({ length: 28 }, (_, i) => addDays(range.start, i)));
    expect(days[0]).toEqual({ date: "2026-01-01", recorded: false, anyHeadache: false, severity: null, hours: null, headacheDay: false, migraine: false, acuteMedication: false });
    expect(days[1]).toMatchObject({ recorded: true, anyHeadache: true, severity: 2, hours: 6, headacheDay: true, migraine: true });
    expect(days[2]).toMatchObject({ recorded: true, anyHeadache: false, severity: 0, hours: null, headacheDay: false, migraine: false });
  });

  it("classifies each day by the diary's rule: a 3-hour headache is not a headache day; medication is marked", () => {
    const range = { start: plainDate("2026-01-01"), end: plainDate("2026-01-01") };
    const [day] = windowDays([migraineDay(plainDate("2026-01-01"), { hours: 3, severity: 3, medications: [{ class: "triptan", relief: false }] })], range, context);
    expect(day).toMatchObject({ anyHeadache: true, severity: 3, hours: 3, headacheDay: false, acuteMedication: true });
  });

  it("agrees with the assessment's counts over the baseline", () => {
    const rec = record(diary(18, 8), [FIRST, SECOND]);
    const assessment = assess(rec, { asOf: addDays(FIRST, 200), policy: "us-label", settings: DEFAULT_SETTINGS });
    const baseline = assessment.response.baselineWindow;
    if (baseline === null) throw new Error("expected a baseline");
    const days = windowDays(rec.diary, baseline, context);
    expect(days.filter((d) => d.headacheDay).length).toBe(assessment.response.baselineHeadacheDays);
  });
});

describe("HIT-6 and MIDAS in the review", () => {
  const timeline = treatmentTimeline([{ date: FIRST }, { date: SECOND }], addDays(FIRST, 200));
  const scored = (instrument: "HIT-6" | "MIDAS", date: string, score: number) => ({ instrument, date: plainDate(date), score, grade: "x" });

  it("pairs the last score on or before the first session with the last up to the two-cycle point, keeping the grade", () => {
    const reviews = instrumentReviews([scored("HIT-6", "2026-01-10", 66), scored("HIT-6", "2026-01-25", 64), scored("HIT-6", "2026-06-01", 57), scored("HIT-6", "2026-12-01", 40)], timeline);
    expect(reviews[0]).toEqual({ instrument: "HIT-6", baseline: scored("HIT-6", "2026-01-25", 64), followUp: scored("HIT-6", "2026-06-01", 57), change: -7, supportsContinuing: true });
    expect(reviews[1]).toEqual({ instrument: "MIDAS", baseline: null, followUp: null, change: null, supportsContinuing: false });
  });

  it("does not let a MIDAS baseline of 10 or less support continuing, whatever the fall", () => {
    const [, midas] = instrumentReviews([scored("MIDAS", "2026-01-25", 10), scored("MIDAS", "2026-06-01", 0)], timeline);
    expect(midas).toMatchObject({ change: -10, supportsContinuing: false });
  });

  it("has nothing to pair without a session", () => {
    expect(instrumentReviews([scored("HIT-6", "2026-01-25", 64)], null).map((r) => r.baseline)).toEqual([null, null]);
  });
});

describe("a decision against the recommendation", () => {
  it("follows when it is the recommendation; switching follows stop; continuing follows an EHF review", () => {
    expect(followsRecommendation("continue", "continue")).toBe(true);
    expect(followsRecommendation("stop", "stop")).toBe(true);
    expect(followsRecommendation("switch", "stop")).toBe(true);
    expect(followsRecommendation("continue", "review")).toBe(true);
    expect(followsRecommendation("pause", "pause")).toBe(true);
  });

  it("differs otherwise, and has nothing to follow when the response was not evaluated", () => {
    expect(followsRecommendation("continue", "stop")).toBe(false);
    expect(followsRecommendation("switch", "continue")).toBe(false);
    expect(followsRecommendation("stop", "review")).toBe(false);
    expect(followsRecommendation("pause", "continue")).toBe(false);
    for (const decision of TREATMENT_DECISIONS) expect(followsRecommendation(decision, null)).toBeNull();
  });

  it("names only decisions that exist, and some decision for every recommendation", () => {
    for (const following of Object.values(DECISIONS_FOLLOWING)) {
      expect(following.length).toBeGreaterThan(0);
      for (const decision of following) expect(TREATMENT_DECISIONS).toContain(decision);
    }
  });
});
