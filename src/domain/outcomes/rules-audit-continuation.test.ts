/**
 * An independent audit of continuation: reverted to episodic, EHF 2018 and the AHS 2021 questionnaires.
 * pathway-rules §8, sentence by sentence, on boundaries the module's own tests leave implicit.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { PolicyId } from "../shared/record.ts";
import { resolveSettings } from "../shared/settings.ts";
import { windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { instrumentChange, meetsAhsChange } from "./questionnaire-benefit.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";
import { revertedToEpisodic } from "./reverted-to-episodic.ts";
import { Diary, F, day, respond, standardDiary } from "./rules-audit-test-support.ts";

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
