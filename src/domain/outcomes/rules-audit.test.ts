/**
 * An independent audit of pathway-rules §8 (response, continuation, AHS questionnaires,
 * wearing-off), sentence by sentence, on boundaries the module's own tests leave implicit.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, daysBetween, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import { POLICIES } from "../shared/record.ts";
import type { DiaryDay, PolicyId } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay, windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { assessResponse } from "./assess-response.ts";
import { CONTINUATION_RULES } from "./continuation-policies.ts";
import type { ContinuationFacts } from "./continuation.ts";
import { instrumentChange, meetsAhsChange } from "./questionnaire-benefit.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";
import { revertedToEpisodic } from "./reverted-to-episodic.ts";
import { roundHalfAwayFromZero } from "./rounding.ts";
import { treatmentTimeline } from "./treatment-timeline.ts";
import { assessWearingOff } from "./wearing-off.ts";

const F = plainDate("2026-02-01");
const day = (n: number): PlainDate => addDays(F, n);

/** A diary under construction: later fills replace earlier ones on the same dates. */
class Diary {
  private readonly days = new Map<string, DiaryDay>();
  /** `length` days from `start`: the first `headache` are headache days (6 h migraine), the rest headache-free; only the first `recorded` are recorded. */
  fill(start: PlainDate, length: number, headache: number, recorded = length): this {
    for (let i = 0; i < length; i += 1) {
      const date = addDays(start, i);
      if (i >= recorded) this.days.delete(date);
      else this.days.set(date, i < headache ? migraineDay(date) : headacheFreeDay(date));
    }
    return this;
  }
  /** Every day from `start` to `end`: a 2-hour headache (any headache, not a headache day) when `(days since F) mod 28 < perWindow`, so every 28-day window holds exactly `perWindow`. */
  shortHeadaches(start: PlainDate, end: PlainDate, perWindow: number): this {
    for (let date = start; date <= end; date = addDays(date, 1)) {
      const mod = ((daysBetween(F, date) % 28) + 28) % 28;
      this.days.set(date, mod < perWindow ? { date, headache: true, hours: 2, severity: 1 } : headacheFreeDay(date));
    }
    return this;
  }
  get all(): DiaryDay[] {
    return [...this.days.values()];
  }
}

interface Run {
  readonly policy?: PolicyId;
  readonly asOf: PlainDate;
  readonly sessions: readonly PlainDate[];
  readonly diary: Diary;
  readonly questionnaires?: readonly ScoredQuestionnaire[];
  readonly settings?: PathwaySettings;
}
const respond = (r: Run) =>
  assessResponse({
    policy: r.policy ?? "us-label",
    asOf: r.asOf,
    diary: r.diary.all,
    sessions: r.sessions.map((date) => ({ date })),
    questionnaires: r.questionnaires ?? [],
    context: { settings: r.settings ?? DEFAULT_SETTINGS },
  });

/** Baseline [F-28, F-1] with `baseline` headache days, and the window ending on `point` with `evaluation`. */
const standardDiary = (baseline: number, point: PlainDate, evaluation: number) =>
  new Diary().fill(day(-28), 28, baseline).fill(addDays(point, -27), 28, evaluation);

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

describe("pathway-rules §8 audit: reverted to episodic", () => {
  // Sessions F, F+42, F+83: E = F+82, evaluation window [F+55, F+82].
  const SESSIONS = [F, day(42), day(83)];
  const diaryWith = (perWindow: number, until: PlainDate) => new Diary().fill(day(-28), 28, 20).shortHeadaches(F, until, perWindow);

  it.each([
    ["A = F + 83 (W3 starts on F)", 83, false],
    ["A = F + 84 (W3 starts on F + 1)", 84, true],
  ])("needs W3 to start after F: %s -> reverted %s", (_, offset, reverted) => {
    const asOf = day(offset);
    const r = respond({ policy: "nice-ta260", asOf, sessions: SESSIONS, diary: diaryWith(14, asOf) });
    expect(r.status).toBe("evaluated");
    expect(r.reasons.includes("reverted_to_episodic")).toBe(reverted);
    expect(r.recommendation).toBe(reverted ? "stop" : "continue");
  });

  it.each<[PolicyId, number, boolean]>([
    ["nice-ta260", 15, false],
    ["nice-ta260", 14, true],
    ["ehf-2018", 14, false],
    ["ehf-2018", 10, false],
    ["ehf-2018", 9, true],
  ])("under %s with %i days of any headache in each of W1-W3: reverted %s", (policy, perWindow, reverted) => {
    const asOf = day(100);
    const r = respond({ policy, asOf, sessions: SESSIONS, diary: diaryWith(perWindow, asOf) });
    expect(r.status).toBe("evaluated");
    expect(r.reasons.includes("reverted_to_episodic")).toBe(reverted);
  });

  it("never names reverted_to_episodic under the AHS policies", () => {
    const asOf = day(100);
    for (const policy of ["us-label", "us-payer"] as const) {
      expect(respond({ policy, asOf, sessions: SESSIONS, diary: diaryWith(0, asOf) }).reasons).not.toContain("reverted_to_episodic");
    }
  });

  it("needs W1-W3 complete: one window with 19 recorded days is not reverted", () => {
    const windows = [1, 2, 3].map((n) => windowCountsOf(windowRange(day(200), n), { anyHeadacheDays: 0, ...(n === 2 ? { daysRecorded: 19, complete: false } : {}) }));
    expect(revertedToEpisodic(windows, F, 15)).toBe(false);
    expect(revertedToEpisodic(windows.map((w) => ({ ...w, daysRecorded: 28, complete: true })), F, 15)).toBe(true);
  });

  it("reports reverted_to_episodic only when evaluated (not when too early)", () => {
    const r = respond({ policy: "nice-ta260", asOf: day(84), sessions: [F, day(42)], diary: diaryWith(0, day(84)) });
    expect(r.status).toBe("too-early");
    expect(r.reasons).not.toContain("reverted_to_episodic");
  });
});

describe("pathway-rules §8 audit: EHF 2018", () => {
  const SESSIONS = [F, day(84), day(168), day(252)]; // E = F+167, E3 = F+251
  const lowTwoCycle = () => new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 16); // 20%

  it("asks for review on E3 - 1 and repeats on E3", () => {
    expect(respond({ policy: "ehf-2018", asOf: day(250), sessions: SESSIONS, diary: lowTwoCycle().fill(day(224), 28, 13) })).toMatchObject({ recommendation: "review", evaluationPoint: "two-cycles", percentReduction: 20 });
    expect(respond({ policy: "ehf-2018", asOf: day(251), sessions: SESSIONS, diary: lowTwoCycle().fill(day(224), 28, 13) })).toMatchObject({
      status: "evaluated", recommendation: "continue", evaluationPoint: "three-cycles",
      evaluationWindow: { start: day(224), end: day(251) }, evaluationHeadacheDays: 13, percentReduction: 35, responder30: true, responder50: false,
    });
  });

  it("stops when the three-cycle window is still below 30%, replacing the two-cycle figures", () => {
    const r = respond({ policy: "ehf-2018", asOf: day(251), sessions: SESSIONS, diary: lowTwoCycle().fill(day(224), 28, 15) });
    expect(r).toMatchObject({ recommendation: "stop", evaluationPoint: "three-cycles", evaluationHeadacheDays: 15, percentReduction: 25, responder30: false });
  });

  it("asks for review with three_cycle_window_incomplete, still evaluated, keeping the two-cycle figures", () => {
    const r = respond({ policy: "ehf-2018", asOf: day(251), sessions: SESSIONS, diary: lowTwoCycle().fill(day(224), 28, 10, 19) });
    expect(r).toMatchObject({ status: "evaluated", recommendation: "review", evaluationPoint: "two-cycles", evaluationWindow: { start: day(140), end: day(167) }, evaluationHeadacheDays: 16, percentReduction: 20 });
    expect(r.reasons).toContain("three_cycle_window_incomplete");
  });

  it("places E3 the day before a fourth session on or before A, and ignores a fourth session after A", () => {
    const sessions = [F, day(84), day(168), day(230)]; // E3 = F+229 once the fourth session is on or before A
    const diary = lowTwoCycle().fill(day(202), 28, 12);
    expect(respond({ policy: "ehf-2018", asOf: day(229), sessions, diary }).recommendation).toBe("review"); // fourth after A: E3 = F+251
    const r = respond({ policy: "ehf-2018", asOf: day(230), sessions, diary });
    expect(r).toMatchObject({ recommendation: "continue", evaluationPoint: "three-cycles", evaluationWindow: { start: day(202), end: day(229) } });
  });

  it("does not repeat the evaluation after a two-cycle response of 30% or more", () => {
    const diary = new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 14).fill(day(224), 28, 20);
    expect(respond({ policy: "ehf-2018", asOf: day(300), sessions: SESSIONS, diary })).toMatchObject({ recommendation: "continue", evaluationPoint: "two-cycles", percentReduction: 30 });
  });

  describe("pause and precedence (stop, review, pause, continue)", () => {
    // W1-W3 as of A hold 9 short headaches each (reverted below 10) and do not overlap the evaluation windows used.
    it("pauses a responder, reassessing 120 days after the last session on or before A", () => {
      const diary = new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 5).shortHeadaches(day(168), day(260), 9);
      const sessions = [F, day(84), day(168)];
      const r = respond({ policy: "ehf-2018", asOf: day(260), sessions, diary });
      expect(r).toMatchObject({ recommendation: "pause", reassessOn: day(168 + 120) });
      expect(r.reasons).toContain("reverted_to_episodic");
      // Re-run later with the same sessions: reassessOn does not move; a session after A does not move it either.
      expect(respond({ policy: "ehf-2018", asOf: day(262), sessions: [...sessions, day(263)], diary: diary.shortHeadaches(day(261), day(262), 9) }).reassessOn).toBe(day(288));
    });

    it("uses a configured pauseReassessDays", () => {
      const diary = new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 5).shortHeadaches(day(168), day(260), 9);
      const r = respond({ policy: "ehf-2018", asOf: day(260), sessions: [F, day(84), day(168)], diary, settings: resolveSettings({ pauseReassessDays: 90 }) });
      expect(r.reassessOn).toBe(day(168 + 90));
    });

    it("prefers review to pause (below 30% before E3, reverted), still naming reverted_to_episodic, with no reassessOn", () => {
      // Two-cycle window [F+140, F+167] has 16 headache days on [F+140, F+155]; W1-W3 as of F+250 are [F+167, F+250].
      const diary = new Diary().fill(day(-28), 28, 20).fill(day(140), 28, 16).shortHeadaches(day(167), day(250), 9);
      const r = respond({ policy: "ehf-2018", asOf: day(250), sessions: [F, day(84), day(168)], diary });
      expect(r).toMatchObject({ recommendation: "review", reassessOn: null, evaluationPoint: "two-cycles" });
      expect(r.reasons).toContain("reverted_to_episodic");
    });

    it("prefers stop to pause (still below 30% after three cycles, reverted later)", () => {
      const diary = lowTwoCycle().fill(day(224), 28, 15).shortHeadaches(day(252), day(340), 9);
      const r = respond({ policy: "ehf-2018", asOf: day(340), sessions: SESSIONS, diary });
      expect(r).toMatchObject({ recommendation: "stop", reassessOn: null, evaluationPoint: "three-cycles" });
      expect(r.reasons).toContain("reverted_to_episodic");
    });

    it("pauses after a three-cycle response when reverted, reassessing from the last session on or before A", () => {
      const diary = lowTwoCycle().fill(day(224), 28, 12).shortHeadaches(day(252), day(340), 9);
      const r = respond({ policy: "ehf-2018", asOf: day(340), sessions: SESSIONS, diary });
      expect(r).toMatchObject({ recommendation: "pause", reassessOn: day(252 + 120), evaluationPoint: "three-cycles" });
    });
  });
});

describe("pathway-rules §8 audit: AHS 2021 questionnaires", () => {
  const SESSIONS = [F, day(84), day(168)]; // E = F+167
  const E = day(167);
  const hit6 = (date: PlainDate, score: number): ScoredQuestionnaire => ({ instrument: "HIT-6", date, score });
  const midas = (date: PlainDate, score: number): ScoredQuestionnaire => ({ instrument: "MIDAS", date, score });
  /** 40% fewer headache days: AHS continues only on questionnaire benefit. */
  const recommend = (questionnaires: ScoredQuestionnaire[], asOf = E, policy: PolicyId = "us-label") =>
    respond({ policy, asOf, sessions: SESSIONS, diary: standardDiary(20, E, 12), questionnaires }).recommendation;

  it.each<[string, ScoredQuestionnaire[], string]>([
    ["HIT-6 66 on F to 61 on E (fell 5)", [hit6(F, 66), hit6(E, 61)], "continue"],
    ["HIT-6 66 on F to 62 on E (fell 4)", [hit6(F, 66), hit6(E, 62)], "stop"],
    ["HIT-6 baseline is the last on or before F (60 then 66), follow-up 61", [hit6(day(-20), 60), hit6(F, 66), hit6(day(100), 61)], "continue"],
    ["HIT-6 follow-up is the last in [F+1, E] (56 then 63)", [hit6(F, 66), hit6(day(60), 56), hit6(day(120), 63)], "stop"],
    ["HIT-6 on F + 1 is a follow-up, not a baseline", [hit6(F, 66), hit6(day(1), 60)], "continue"],
    ["HIT-6 only after F (no baseline)", [hit6(day(1), 70), hit6(day(100), 50)], "stop"],
    ["HIT-6 only on or before F (no follow-up)", [hit6(day(-30), 70), hit6(F, 50)], "stop"],
    ["MIDAS 10 to 0 (baseline not above 10)", [midas(F, 10), midas(E, 0)], "stop"],
    ["MIDAS 11 to 6 (fell 5)", [midas(F, 11), midas(E, 6)], "continue"],
    ["MIDAS 11 to 7 (fell 4)", [midas(F, 11), midas(E, 7)], "stop"],
    ["MIDAS 20 to 15 (fell 5)", [midas(F, 20), midas(E, 15)], "continue"],
    ["MIDAS 21 to 15 (28.6%)", [midas(F, 21), midas(E, 15)], "stop"],
    ["MIDAS 21 to 14 (33.3%)", [midas(F, 21), midas(E, 14)], "continue"],
    ["MIDAS 30 to 21 (exactly 30%)", [midas(F, 30), midas(E, 21)], "continue"],
    ["MIDAS 30 to 22 (26.7%)", [midas(F, 30), midas(E, 22)], "stop"],
    ["a HIT-6 baseline with a MIDAS follow-up (each instrument needs both)", [hit6(F, 70), midas(E, 0)], "stop"],
  ])("%s: %s", (_, questionnaires, expected) => {
    expect(recommend(questionnaires)).toBe(expected);
  });

  it("ignores a follow-up on E + 1 even when A is later", () => {
    expect(recommend([hit6(F, 66), hit6(addDays(E, 1), 40)], addDays(E, 5))).toBe("stop");
  });

  it("applies the same rule under us-payer", () => {
    expect(recommend([hit6(F, 66), hit6(E, 61)], E, "us-payer")).toBe("continue");
  });

  it("takes the baseline and follow-up with instrumentChange over the interval [F+1, E] exactly", () => {
    const change = instrumentChange([hit6(F, 60), hit6(day(1), 50), hit6(E, 55), hit6(addDays(E, 1), 40)], "HIT-6", F, E);
    expect([change.baseline?.score, change.followUp?.score, change.supportsContinuing]).toEqual([60, 55, true]);
  });

  it.each([
    ["HIT-6", 60, 55, true],
    ["HIT-6", 60, 56, false],
    ["HIT-6", 40, 35, true],
    ["MIDAS", 10, 0, false],
    ["MIDAS", 11, 6, true],
    ["MIDAS", 20, 16, false],
    ["MIDAS", 21, 14, true],
    ["MIDAS", 21, 15, false],
    ["MIDAS", 100, 70, true],
    ["MIDAS", 100, 71, false],
  ] as const)("judges %s %i to %i as supporting continuing: %s", (instrument, baseline, followUp, expected) => {
    expect(meetsAhsChange(instrument, baseline, followUp)).toBe(expected);
  });
});

describe("pathway-rules §8 audit: wearing-off", () => {
  const S = F;
  const context = { settings: DEFAULT_SETTINGS };
  const wear = (asOf: PlainDate, diary: Diary, sessions: readonly PlainDate[] = [S], settings = DEFAULT_SETTINGS) =>
    assessWearingOff({ asOf, diary: diary.all, sessions: sessions.map((date) => ({ date })), context: { settings } });
  /** Early part [S+1, S+56] and late part [S+57, S+84]. */
  const cycle = (early: number, late: number, earlyRecorded = 56, lateRecorded = 28) =>
    new Diary().fill(day(1), 56, early, earlyRecorded).fill(day(57), 28, late, lateRecorded);

  it("lists a cycle once it has ended: not on S + 83, on S + 84", () => {
    expect(wear(day(83), cycle(14, 10))).toEqual([]);
    expect(wear(day(84), cycle(14, 10))).toEqual([{ sessionDate: S, earlyRate: 0.25, lateRate: 0.357, signal: true }]);
  });

  it.each([
    [10, true], // 0.357 - 0.25 = 0.107
    [9, false], // 0.321 - 0.25 = 0.071
  ])("with 14 of 56 early and %i of 28 late headache days, signals %s", (late, expected) => {
    expect(wear(day(84), cycle(14, late))[0]?.signal).toBe(expected);
  });

  it("signals true at a rise of exactly 0.10 (0.2 to 0.3) and false just below (0.225 to 0.3)", () => {
    expect(wear(day(84), cycle(8, 6, 40, 20))[0]).toMatchObject({ earlyRate: 0.2, lateRate: 0.3, signal: true });
    expect(wear(day(84), cycle(9, 6, 40, 20))[0]).toMatchObject({ earlyRate: 0.225, lateRate: 0.3, signal: false });
  });

  it.each([
    ["late part 20 of 28 recorded", 56, 20, false],
    ["late part 19 of 28 recorded", 56, 19, true],
    ["early part 40 of 56 recorded", 40, 28, false],
    ["early part 39 of 56 recorded", 39, 28, true],
  ])("needs 70%% of each part recorded: %s -> signal null %s", (_, earlyRecorded, lateRecorded, isNull) => {
    const entry = wear(day(84), cycle(0, 28, earlyRecorded, lateRecorded))[0];
    expect(entry?.signal === null).toBe(isNull);
    expect(entry?.earlyRate).toBe(0);
    expect(entry?.lateRate).toBe(1);
  });

  it("uses a configured wearingOffMinRecordedShare", () => {
    const settings = resolveSettings({ wearingOffMinRecordedShare: 0.5 });
    expect(wear(day(84), cycle(0, 14, 28, 14), [S], settings)[0]?.signal).toBe(true);
    expect(wear(day(84), cycle(0, 13, 27, 13), [S], settings)[0]?.signal).toBeNull();
  });

  it.each([
    ["the next session on S + 70: late part [S+57, S+69], 13 days", 70, true],
    ["the next session on S + 71: late part [S+57, S+70], 14 days", 71, false],
  ])("ends the cycle the day before the next session: %s -> signal null %s", (_, next, isNull) => {
    const diary = new Diary().fill(day(1), 56, 0).fill(day(57), 28, 28);
    const entries = wear(day(next), diary, [S, day(next)]);
    expect(entries).toHaveLength(1); // the second session's cycle has not ended
    expect(entries[0]?.signal === null).toBe(isNull);
    expect(entries[0]?.lateRate).toBe(1);
  });

  it("ignores a next session after A: on S + 84 with one on S + 85, the cycle ends on S + 84", () => {
    expect(wear(day(84), cycle(14, 10), [S, day(85)])).toEqual([{ sessionDate: S, earlyRate: 0.25, lateRate: 0.357, signal: true }]);
  });

  it("lists nothing on S + 79 when a next session on S + 80 is after A (the cycle ends on S + 84)", () => {
    expect(wear(day(79), cycle(14, 10), [S, day(80)])).toEqual([]);
  });

  it("caps the cycle at S + 84 when the next session is later (days after S + 84 are not counted)", () => {
    const diary = cycle(14, 10).fill(day(85), 10, 10);
    expect(wear(day(100), diary, [S, day(95)])[0]).toMatchObject({ lateRate: 0.357 });
  });

  it("rounds each rate half away from zero to 3 decimals, reporting rates even when the signal is null", () => {
    // Early: 3 of 48 recorded = 0.0625; late: 5 of 16 recorded = 0.3125 (16 of 28 is under 70%).
    expect(wear(day(84), cycle(3, 5, 48, 16))).toEqual([{ sessionDate: S, earlyRate: 0.063, lateRate: 0.313, signal: null }]);
  });

  it("reports a null rate for a part with no recorded day", () => {
    expect(wear(day(84), cycle(2, 0, 56, 0))).toEqual([{ sessionDate: S, earlyRate: 0.036, lateRate: null, signal: null }]);
  });

  it("counts headache days (at least headacheDayMinHours), not days with any headache", () => {
    const diary = new Diary().fill(day(1), 56, 0).shortHeadaches(day(57), day(84), 28);
    expect(wear(day(84), diary)[0]).toMatchObject({ lateRate: 0, signal: false });
    expect(wear(day(84), diary, [S], resolveSettings({ headacheDayMinHours: 2 }))[0]).toMatchObject({ lateRate: 1, signal: true });
  });

  it("lists one entry per ended cycle in date order and none for a session after A", () => {
    const diary = new Diary().fill(day(1), 200, 0);
    const entries = wear(day(170), diary, [day(84), S, day(171)]);
    expect(entries.map((e) => e.sessionDate)).toEqual([S, day(84)]);
  });

  it("uses the fixed 84 days, not nextDueDays", () => {
    const settings = resolveSettings({ nextDueDays: 70 });
    expect(wear(day(83), cycle(14, 10), [S], settings)).toEqual([]);
    expect(context.settings.nextDueDays).toBe(84);
  });
});

describe("pathway-rules §1 audit, in §8: nothing dated after A moves a figure (fast-check)", () => {
  const kinds = fc.constantFrom("none", "free", "short", "migraine", "migraine", "migraine");
  const diaryArb = fc.array(kinds, { minLength: 400, maxLength: 400 }).map((list) =>
    list.flatMap((kind, i): DiaryDay[] => {
      const date = day(i - 28);
      if (kind === "none") return [];
      if (kind === "free") return [headacheFreeDay(date)];
      return [migraineDay(date, kind === "short" ? { hours: 1 } : {})];
    }),
  );
  const sessionsArb = fc.array(fc.integer({ min: 40, max: 100 }), { minLength: 0, maxLength: 4 }).map((gaps) => {
    const dates = [F];
    for (const gap of gaps) dates.push(addDays(dates[dates.length - 1] ?? F, gap));
    return dates;
  });
  const scoresArb = fc.array(
    fc.record({ instrument: fc.constantFrom("HIT-6" as const, "MIDAS" as const), offset: fc.integer({ min: -40, max: 370 }), score: fc.integer({ min: 0, max: 78 }) }),
    { maxLength: 8 },
  ).map((list) => list.map(({ instrument, offset, score }): ScoredQuestionnaire => ({ instrument, date: day(offset), score })));

  it("gives the same response and wearing-off with or without everything dated after A", () => {
    fc.assert(
      fc.property(diaryArb, sessionsArb, scoresArb, fc.constantFrom(...POLICIES), fc.integer({ min: 0, max: 360 }), (diary, sessions, scores, policy, offset) => {
        const asOf = day(offset);
        const upToA = <T extends { readonly date: PlainDate }>(items: readonly T[]) => items.filter((item) => item.date <= asOf);
        const context = { settings: DEFAULT_SETTINGS };
        const full = { policy, asOf, diary, sessions: sessions.map((date) => ({ date })), questionnaires: scores, context };
        const cut = { ...full, diary: upToA(diary), sessions: upToA(full.sessions), questionnaires: upToA(scores) };
        expect(assessResponse(full)).toEqual(assessResponse(cut));
        expect(assessWearingOff(full)).toEqual(assessWearingOff(cut));
      }),
      { numRuns: 80 },
    );
  });
});
