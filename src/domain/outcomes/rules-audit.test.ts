/**
 * An independent audit of the response: status, evaluation point, percent reduction and responders.
 * pathway-rules §8, sentence by sentence, on boundaries the module's own tests leave implicit.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { CONTINUATION_RULES } from "./continuation-policies.ts";
import type { ContinuationFacts } from "./continuation.ts";
import { roundHalfAwayFromZero } from "./rounding.ts";
import { treatmentTimeline } from "./treatment-timeline.ts";
import { Diary, F, day, respond, standardDiary } from "./rules-audit-test-support.ts";

describe("pathway-rules §8 audit: response status and the evaluation point", () => {
  const SESSIONS_168 = [F, day(84), day(168)];

  it("is no-treatment when every session is after A, with no baseline window", () => {
    const r = respond({ asOf: day(-1), sessions: SESSIONS_168, diary: standardDiary(20, day(167), 10) });
    expect(r).toMatchObject({ status: "no-treatment", baselineWindow: null, evaluationWindow: null, recommendation: null });
  });

  it("is no-treatment on F - 1 and not on F", () => {
    const diary = standardDiary(20, day(167), 10);
    expect(respond({ asOf: day(-1), sessions: [F], diary }).status).toBe("no-treatment");
    expect(respond({ asOf: F, sessions: [F], diary }).status).toBe("too-early");
  });

  it("puts no-baseline before too-early: an incomplete baseline on F + 10", () => {
    const r = respond({ asOf: day(10), sessions: SESSIONS_168, diary: new Diary().fill(day(-28), 28, 20, 19) });
    expect(r.status).toBe("no-baseline");
    expect(r.baselineHeadacheDays).toBeNull();
  });

  it("is no-baseline when the complete baseline has headache days of under 4 hours only (headacheDays 0)", () => {
    const diary = new Diary().shortHeadaches(day(-28), day(-1), 28).fill(addDays(day(167), -27), 28, 5);
    const r = respond({ asOf: day(170), sessions: SESSIONS_168, diary });
    expect(r).toMatchObject({ status: "no-baseline", baselineHeadacheDays: 0, percentReduction: null, recommendation: null });
  });

  // `firstEvaluated` is the first A evaluated: E itself, or the third session's date when only
  // that session (on or before A) brings E forward.
  it.each([
    ["the third session on F + 168: E = F + 167", [F, day(84), day(168)], 167, 167],
    ["the third session on F + 200: E = F + 167", [F, day(84), day(200)], 167, 167],
    ["the third session on F + 150: E = F + 149", [F, day(84), day(150)], 149, 150],
    ["no third session: E = F + 167", [F, day(84)], 167, 167],
    ["sessions given out of order", [day(150), F, day(84)], 149, 150],
  ])("places E with %s", (_, sessions, e, firstEvaluated) => {
    const point = day(e);
    const diary = standardDiary(20, point, 10);
    expect(respond({ asOf: day(firstEvaluated - 1), sessions, diary }).status).toBe("too-early");
    const r = respond({ asOf: day(firstEvaluated), sessions, diary });
    expect(r.status).toBe("evaluated");
    expect(r.evaluationWindow).toEqual({ start: addDays(point, -27), end: point });
  });

  it("ignores a third session after A: on F + 149 with a third session on F + 150, E is F + 167 (too-early)", () => {
    const diary = standardDiary(20, day(149), 10);
    expect(respond({ asOf: day(149), sessions: [F, day(84), day(150)], diary }).status).toBe("too-early");
  });

  it("is insufficient-data when the evaluation window [E-27, E] has 19 recorded days, with no recommendation", () => {
    const diary = new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 10, 19);
    const r = respond({ asOf: day(200), sessions: SESSIONS_168, diary });
    expect(r).toMatchObject({ status: "insufficient-data", evaluationPoint: "two-cycles", evaluationHeadacheDays: null, percentReduction: null, responder30: null, recommendation: null, reassessOn: null });
  });

  it("does not let diary days outside [E-27, E] (e.g. after E, up to A) fill the evaluation window", () => {
    const diary = new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 10, 19).fill(day(168), 30, 0);
    expect(respond({ asOf: day(197), sessions: SESSIONS_168, diary }).status).toBe("insufficient-data");
  });

  it("counts headache days (4 hours or more) in the reduction, not days with any headache", () => {
    const diary = new Diary().fill(day(-28), 28, 20).shortHeadaches(day(140), day(167), 28);
    const r = respond({ asOf: day(167), sessions: SESSIONS_168, diary });
    expect(r).toMatchObject({ status: "evaluated", evaluationHeadacheDays: 0, percentReduction: 100 });
  });
});

describe("pathway-rules §8 audit: percentReduction and the responder flags", () => {
  const SESSIONS = [F, day(84), day(168)];
  it.each([
    [16, 15, 6.3],
    [16, 17, -6.3],
    [16, 13, 18.8],
    [16, 19, -18.8],
    [16, 11, 31.3],
    [20, 14, 30],
    [20, 10, 50],
    [3, 2, 33.3],
    [3, 4, -33.3],
    [28, 28, 0],
    [12, 28, -133.3],
  ])("reports baseline %i to %i headache days as %d", (baseline, evaluation, expected) => {
    const r = respond({ asOf: day(167), sessions: SESSIONS, diary: standardDiary(baseline, day(167), evaluation) });
    expect(r.percentReduction).toBe(expected);
    expect(Object.is(r.percentReduction, -0)).toBe(false);
  });

  it.each([
    [20, 14, true, false], // exactly 30%
    [20, 15, false, false], // 25%
    [20, 10, true, true], // exactly 50%
    [20, 11, true, false], // 45%
    [16, 17, false, false], // negative
  ])("flags baseline %i to %i: responder30 %s, responder50 %s", (baseline, evaluation, r30, r50) => {
    const r = respond({ asOf: day(167), sessions: SESSIONS, diary: standardDiary(baseline, day(167), evaluation) });
    expect([r.responder30, r.responder50]).toEqual([r30, r50]);
  });

  describe("every policy threshold compares the unrounded value", () => {
    const timeline = treatmentTimeline(SESSIONS.map((date) => ({ date })), day(167));
    if (timeline === null) throw new Error("fixture has sessions");
    const notReverted = [1, 2, 3].map((n) => windowCountsOf(windowRange(day(167), n), { anyHeadacheDays: 20 }));
    const facts = (percentReduction: number): ContinuationFacts => ({
      asOf: day(167),
      timeline,
      baselineHeadacheDays: 20,
      twoCycle: { point: "two-cycles", window: { start: day(140), end: day(167) }, headacheDays: 14, percentReduction },
      windows: notReverted,
      diary: [],
      context: { settings: DEFAULT_SETTINGS },
      questionnaires: [],
    });
    it("rounds 29.96 to 30.0 for the report, yet NICE stops and EHF asks for review", () => {
      expect(roundHalfAwayFromZero(29.96, 1)).toBe(30);
      expect(CONTINUATION_RULES["nice-ta260"](facts(29.96)).recommendation).toBe("stop");
      expect(CONTINUATION_RULES["ehf-2018"](facts(29.96)).recommendation).toBe("review");
      expect(CONTINUATION_RULES["nice-ta260"](facts(30)).recommendation).toBe("continue");
    });
    it("rounds 49.96 to 50.0, yet AHS stops without questionnaire benefit", () => {
      expect(CONTINUATION_RULES["us-label"](facts(49.96)).recommendation).toBe("stop");
      expect(CONTINUATION_RULES["us-payer"](facts(50)).recommendation).toBe("continue");
    });
  });

  it.each([
    [-6.25, 1, -6.3],
    [6.25, 1, 6.3],
    [-0.05, 1, -0.1],
    [-0.04, 1, 0],
    [0.0625, 3, 0.063],
    [-0.0625, 3, -0.063],
    [0.3125, 3, 0.313],
    [2 / 3, 3, 0.667],
    [1 / 3, 3, 0.333],
    [100 / 3, 1, 33.3],
    [-200 / 3, 1, -66.7],
    [18.75, 1, 18.8],
  ])("rounds %d to %i decimals half away from zero: %d", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });
});
