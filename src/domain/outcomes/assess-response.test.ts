import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PolicyId } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { assessResponse } from "./assess-response.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";

// The first session F = 2026-02-01, then 2026-04-26 and 2026-07-19 (day 168):
// baseline [2026-01-04, 2026-01-31]; E = 2026-07-18; evaluation window [2026-06-21, 2026-07-18];
// E3 = F + 251 = 2026-10-10; three-cycle window [2026-09-13, 2026-10-10].
const F = plainDate("2026-02-01");
const E = plainDate("2026-07-18");
const E3 = plainDate("2026-10-10");
const SESSIONS = ["2026-02-01", "2026-04-26", "2026-07-19"];

interface Fill { readonly headache: number; readonly recorded?: number }
interface Scenario {
  readonly policy?: PolicyId;
  readonly asOf?: string;
  readonly sessions?: readonly string[];
  readonly baseline?: Fill;
  readonly evaluation?: Fill;
  readonly threeCycle?: Fill;
  /** Days with a short headache (any-headache, not a headache day) in each of W1-W3 as of A. */
  readonly episodic?: readonly [number, number, number];
  readonly questionnaires?: readonly ScoredQuestionnaire[];
}

/** A headache of 2 hours: counts toward anyHeadacheDays, not headacheDays. */
const shortHeadache = (date: PlainDate): DiaryDay => ({ date, headache: true, hours: 2, severity: 1 });

function run(s: Scenario) {
  const asOf = plainDate(s.asOf ?? "2026-07-20");
  const days = new Map<string, DiaryDay>();
  const fill = (start: PlainDate, { headache, recorded = 28 }: Fill, make = (d: PlainDate) => migraineDay(d)) => {
    for (let i = 0; i < 28; i += 1) {
      const date = addDays(start, i);
      if (i < recorded) days.set(date, i < headache ? make(date) : headacheFreeDay(date));
      else days.delete(date);
    }
  };
  fill(addDays(F, -28), s.baseline ?? { headache: 20 });
  if (s.evaluation) fill(addDays(E, -27), s.evaluation);
  if (s.threeCycle) fill(addDays(E3, -27), s.threeCycle);
  s.episodic?.forEach((n, i) => fill(windowRange(asOf, i + 1).start, { headache: n }, shortHeadache));
  return assessResponse({
    policy: s.policy ?? "us-label",
    asOf,
    diary: [...days.values()],
    sessions: (s.sessions ?? SESSIONS).map((date) => ({ date: plainDate(date) })),
    questionnaires: s.questionnaires ?? [],
    context: { settings: DEFAULT_SETTINGS },
  });
}

describe("response to treatment (pathway-rules §8)", () => {
  describe("status, decided in order", () => {
    it("is no-treatment without a session on or before A, with every figure null", () => {
      expect(run({ sessions: ["2026-07-21"] })).toEqual({
        status: "no-treatment", baselineWindow: null, evaluationPoint: null, baselineHeadacheDays: null,
        evaluationHeadacheDays: null, evaluationWindow: null, percentReduction: null, responder30: null,
        responder50: null, recommendation: null, reasons: ["no_treatment", "no treatment session on or before 2026-07-20"], reassessOn: null,
      });
    });

    it("is no-baseline when the baseline has 19 recorded days, still showing the baseline window", () => {
      const r = run({ baseline: { headache: 19, recorded: 19 }, evaluation: { headache: 10 } });
      expect(r).toMatchObject({ status: "no-baseline", baselineWindow: { start: "2026-01-04", end: "2026-01-31" }, baselineHeadacheDays: null, recommendation: null });
      expect(r.reasons).toContain("baseline_incomplete");
    });

    it("is evaluated with a baseline of 20 recorded days", () => {
      expect(run({ baseline: { headache: 18, recorded: 20 }, evaluation: { headache: 10 } }).status).toBe("evaluated");
    });

    it("is no-baseline when the complete baseline has no headache day, reporting 0", () => {
      const r = run({ baseline: { headache: 0 }, evaluation: { headache: 10 } });
      expect(r).toMatchObject({ status: "no-baseline", baselineHeadacheDays: 0, percentReduction: null });
      expect(r.reasons).toContain("baseline_without_headache_days");
    });

    it("shows the evaluation window once A >= E even without a baseline", () => {
      expect(run({ baseline: { headache: 0, recorded: 0 } })).toMatchObject({
        status: "no-baseline", evaluationPoint: "two-cycles", evaluationWindow: { start: "2026-06-21", end: "2026-07-18" },
      });
    });

    it("is too-early on E - 1, without an evaluation window", () => {
      const r = run({ asOf: "2026-07-17", evaluation: { headache: 10 } });
      expect(r).toMatchObject({ status: "too-early", baselineHeadacheDays: 20, evaluationWindow: null, evaluationPoint: null, recommendation: null });
      expect(r.reasons).toContain("too_early");
    });

    it("evaluates on E itself", () => {
      expect(run({ asOf: "2026-07-18", evaluation: { headache: 10 } }).status).toBe("evaluated");
    });

    it("is insufficient-data when the evaluation window has 19 recorded days", () => {
      const r = run({ evaluation: { headache: 10, recorded: 19 } });
      expect(r).toMatchObject({
        status: "insufficient-data", evaluationPoint: "two-cycles", evaluationWindow: { start: "2026-06-21", end: "2026-07-18" },
        evaluationHeadacheDays: null, percentReduction: null, responder30: null, responder50: null, recommendation: null, reassessOn: null,
      });
      expect(r.reasons).toContain("evaluation_window_incomplete");
    });

    it("is evaluated with the figures of the contract's example (20 to 11 headache days: 45.0%)", () => {
      expect(run({ evaluation: { headache: 11 } })).toMatchObject({
        status: "evaluated",
        baselineWindow: { start: "2026-01-04", end: "2026-01-31" },
        evaluationPoint: "two-cycles",
        baselineHeadacheDays: 20,
        evaluationHeadacheDays: 11,
        evaluationWindow: { start: "2026-06-21", end: "2026-07-18" },
        percentReduction: 45,
        responder30: true,
        responder50: false,
        reassessOn: null,
      });
    });
  });

  describe("percent reduction and responders", () => {
    it.each([
      [16, 15, 6.3],
      [16, 17, -6.3],
      [27, 19, 29.6],
      [20, 20, 0],
      [20, 0, 100],
    ])("from %s to %s headache days is %s%% (rounded half away from zero)", (baseline, evaluation, expected) => {
      expect(run({ baseline: { headache: baseline }, evaluation: { headache: evaluation } }).percentReduction).toBe(expected);
    });

    it.each([
      [20, 14, true, false],
      [20, 15, false, false],
      [27, 19, false, false],
      [20, 10, true, true],
      [20, 11, true, false],
    ])("from %s to %s headache days: responder30 %s, responder50 %s", (baseline, evaluation, r30, r50) => {
      expect(run({ baseline: { headache: baseline }, evaluation: { headache: evaluation } })).toMatchObject({ responder30: r30, responder50: r50 });
    });
  });

  describe("AHS 2021 (us-label, us-payer)", () => {
    it.each(["us-label", "us-payer"] as const)("%s continues at a 50%% fall", (policy) => {
      const r = run({ policy, evaluation: { headache: 10 } });
      expect(r.recommendation).toBe("continue");
      expect(r.reasons).toContain("reduction_at_least_50_percent");
    });

    it("stops at a 45% fall without questionnaire benefit", () => {
      const r = run({ evaluation: { headache: 11 } });
      expect(r.recommendation).toBe("stop");
      expect(r.reasons).toContain("no_ahs_benefit");
    });

    it.each([
      [[{ instrument: "HIT-6", date: "2026-01-25", score: 66 }, { instrument: "HIT-6", date: "2026-07-01", score: 61 }], "continue"],
      [[{ instrument: "HIT-6", date: "2026-01-25", score: 66 }, { instrument: "HIT-6", date: "2026-07-01", score: 62 }], "stop"],
      [[{ instrument: "MIDAS", date: "2026-02-01", score: 15 }, { instrument: "MIDAS", date: "2026-07-18", score: 10 }], "continue"],
      [[{ instrument: "MIDAS", date: "2026-02-01", score: 10 }, { instrument: "MIDAS", date: "2026-07-18", score: 0 }], "stop"],
      [[{ instrument: "HIT-6", date: "2026-01-25", score: 66 }, { instrument: "HIT-6", date: "2026-07-19", score: 50 }], "stop"],
    ] as const)("at a 25%% fall with questionnaires %j recommends %s", (scores, expected) => {
      const questionnaires = scores.map((q) => ({ ...q, date: plainDate(q.date) }));
      expect(run({ evaluation: { headache: 15 }, questionnaires }).recommendation).toBe(expected);
    });

    it("ignores reverting to episodic (not an AHS rule)", () => {
      const r = run({ asOf: "2026-10-10", evaluation: { headache: 5 }, episodic: [0, 0, 0] });
      expect(r.recommendation).toBe("continue");
      expect(r.reasons).not.toContain("reverted_to_episodic");
    });
  });

  describe("NICE TA260", () => {
    it("stops below a 30% fall (25%)", () => {
      const r = run({ policy: "nice-ta260", evaluation: { headache: 15 } });
      expect(r.recommendation).toBe("stop");
      expect(r.reasons).toContain("reduction_below_30_percent");
    });

    it("continues at exactly 30%", () => {
      const r = run({ policy: "nice-ta260", evaluation: { headache: 14 } });
      expect(r.recommendation).toBe("continue");
      expect(r.reasons).toContain("reduction_at_least_30_percent");
    });

    it("stops when reverted to episodic, below 15 any-headache days in W1-W3", () => {
      const r = run({ policy: "nice-ta260", asOf: "2026-10-10", evaluation: { headache: 5 }, episodic: [14, 14, 14] });
      expect(r.recommendation).toBe("stop");
      expect(r.reasons).toContain("reverted_to_episodic");
    });

    it("continues with 15 any-headache days in one window", () => {
      const r = run({ policy: "nice-ta260", asOf: "2026-10-10", evaluation: { headache: 5 }, episodic: [14, 15, 14] });
      expect(r.recommendation).toBe("continue");
      expect(r.reasons).not.toContain("reverted_to_episodic");
    });

    it("names reverted_to_episodic alongside a low reduction", () => {
      const r = run({ policy: "nice-ta260", asOf: "2026-10-01", evaluation: { headache: 15 }, episodic: [3, 3, 3] });
      expect(r.recommendation).toBe("stop");
      expect(r.reasons).toEqual(expect.arrayContaining(["reduction_below_30_percent", "reverted_to_episodic"]));
    });

    it("does not call it reverted while W3 starts on or before F", () => {
      // Sessions two weeks apart put E at 2026-02-28; as of 2026-04-20, W3 = [2026-01-27, 2026-02-23] starts before F.
      const r = run({ policy: "nice-ta260", asOf: "2026-04-20", sessions: ["2026-02-01", "2026-02-15", "2026-03-01"], episodic: [0, 0, 0] });
      expect(r).toMatchObject({ status: "evaluated", evaluationWindow: { start: "2026-02-01", end: "2026-02-28" }, recommendation: "continue" });
      expect(r.reasons).not.toContain("reverted_to_episodic");
    });
  });

  describe("EHF 2018", () => {
    const ehf = (s: Scenario) => run({ policy: "ehf-2018", ...s });

    it("continues at a 30% fall after two cycles", () => {
      expect(ehf({ evaluation: { headache: 14 } }).recommendation).toBe("continue");
    });

    it("asks for review below 30% after two cycles (one more cycle allowed), before E3", () => {
      const r = ehf({ asOf: "2026-10-09", evaluation: { headache: 15 } });
      expect(r).toMatchObject({ recommendation: "review", evaluationPoint: "two-cycles", percentReduction: 25 });
      expect(r.reasons).toContain("reduction_below_30_percent");
    });

    it("stops when still below 30% on the three-cycle window, which replaces the first evaluation", () => {
      const r = ehf({ asOf: "2026-10-10", evaluation: { headache: 15 }, threeCycle: { headache: 15 } });
      expect(r).toMatchObject({
        status: "evaluated", recommendation: "stop", evaluationPoint: "three-cycles",
        evaluationWindow: { start: "2026-09-13", end: "2026-10-10" }, evaluationHeadacheDays: 15, percentReduction: 25, responder30: false,
      });
      expect(r.reasons).toContain("reduction_below_30_percent_after_three_cycles");
    });

    it("continues when the three-cycle window reaches 30%", () => {
      const r = ehf({ asOf: "2026-10-10", evaluation: { headache: 15 }, threeCycle: { headache: 14 } });
      expect(r).toMatchObject({ recommendation: "continue", evaluationPoint: "three-cycles", evaluationHeadacheDays: 14, percentReduction: 30, responder30: true });
    });

    it("asks for review when the three-cycle window is incomplete, keeping the two-cycle figures", () => {
      const r = ehf({ asOf: "2026-10-10", evaluation: { headache: 15 }, threeCycle: { headache: 10, recorded: 19 } });
      expect(r).toMatchObject({
        status: "evaluated", recommendation: "review", evaluationPoint: "two-cycles",
        evaluationWindow: { start: "2026-06-21", end: "2026-07-18" }, evaluationHeadacheDays: 15, percentReduction: 25,
      });
      expect(r.reasons).toContain("three_cycle_window_incomplete");
    });

    it("places E3 the day before a fourth session", () => {
      const r = ehf({ asOf: "2026-10-01", sessions: [...SESSIONS, "2026-10-01"], evaluation: { headache: 15 } });
      // E3 = 2026-09-30: its window [2026-09-03, 2026-09-30] is not recorded.
      expect(r.reasons).toContain("three_cycle_window_incomplete");
    });

    it("pauses when reverted to episodic below 10 days, reassessing 120 days after the last session", () => {
      const r = ehf({ asOf: "2026-10-10", evaluation: { headache: 5 }, episodic: [9, 9, 9] });
      expect(r).toMatchObject({ recommendation: "pause", reassessOn: "2026-11-16" });
      expect(r.reasons).toContain("reverted_to_episodic");
    });

    it("keeps the same reassessOn when the assessment is re-run later", () => {
      const later = ehf({ asOf: "2026-10-20", evaluation: { headache: 5 }, episodic: [9, 9, 9] });
      expect(later).toMatchObject({ recommendation: "pause", reassessOn: "2026-11-16" });
    });

    it("continues with 10 any-headache days in a window (not below 10), though NICE would stop", () => {
      const scenario = { asOf: "2026-10-10", evaluation: { headache: 5 }, episodic: [9, 10, 9] } as const;
      expect(ehf(scenario)).toMatchObject({ recommendation: "continue", reassessOn: null });
      expect(run({ ...scenario, policy: "nice-ta260" }).recommendation).toBe("stop");
    });

    it("prefers review to pause", () => {
      const r = ehf({ asOf: "2026-10-01", evaluation: { headache: 15 }, episodic: [3, 3, 3] });
      expect(r).toMatchObject({ recommendation: "review", reassessOn: null });
      expect(r.reasons).toContain("reverted_to_episodic");
    });

    it("prefers stop to pause", () => {
      const r = ehf({ asOf: "2027-01-18", evaluation: { headache: 15 }, threeCycle: { headache: 16 }, episodic: [3, 3, 3] });
      expect(r).toMatchObject({ recommendation: "stop", reassessOn: null, evaluationPoint: "three-cycles" });
      expect(r.reasons).toContain("reverted_to_episodic");
    });

    it("pauses after a three-cycle response when reverted", () => {
      const r = ehf({ asOf: "2027-01-18", evaluation: { headache: 15 }, threeCycle: { headache: 10 }, episodic: [3, 3, 3] });
      expect(r).toMatchObject({ recommendation: "pause", reassessOn: "2026-11-16", evaluationPoint: "three-cycles" });
    });
  });

  it("does not depend on the order of diary entries or sessions", () => {
    const base = { asOf: "2026-10-10", evaluation: { headache: 5 }, episodic: [9, 9, 9] as const, policy: "ehf-2018" as const };
    const forward = run(base);
    const reversed = run({ ...base, sessions: [...SESSIONS].reverse() });
    expect(reversed).toEqual(forward);
  });
});
