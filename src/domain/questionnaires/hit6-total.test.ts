import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { isPossibleHit6Total, scoreHit6, scoreHit6Total } from "./hit6.ts";
import { questionnaireProblems } from "./questionnaire-problems.ts";
import { scoreQuestionnaire, scoreQuestionnaires } from "./score-questionnaires.ts";

describe("a HIT-6 entered as its total only (pathway-rules §9: a score-entry form)", () => {
  it("takes every total six answers can add up to, and none other", () => {
    // Every one of the 5^6 ways to answer, scored.
    const possible = new Set<number>();
    for (let n = 0; n < 5 ** 6; n += 1) possible.add(scoreHit6(Array.from({ length: 6 }, (_, item) => Math.floor(n / 5 ** item) % 5)).score);
    for (let total = 30; total <= 80; total += 1) expect(isPossibleHit6Total(total), String(total)).toBe(possible.has(total));
    expect([37, 39, 77].map(isPossibleHit6Total)).toEqual([false, false, false]);
    expect([36, 38, 76, 78, 62.5].map(isPossibleHit6Total)).toEqual([true, true, true, true, false]);
  });

  it("grades a total as answers with that total are graded", () => {
    expect(scoreHit6Total(49)).toEqual({ score: 49, grade: "little-or-none" });
    expect(scoreHit6Total(50)).toEqual({ score: 50, grade: "some" });
    expect(scoreHit6Total(60)).toEqual({ score: 60, grade: "severe" });
    expect(() => scoreHit6Total(37)).toThrow(RangeError);
  });

  it("scores and tracks the change of a total-only HIT-6 like one with answers", () => {
    expect(scoreQuestionnaire({ instrument: "HIT-6", date: plainDate("2026-01-25"), responses: [], score: 64 })).toEqual({ score: 64, grade: "severe" });
    const scored = scoreQuestionnaires([
      { instrument: "HIT-6", date: plainDate("2026-01-25"), responses: [4, 3, 3, 2, 4, 3] },
      { instrument: "HIT-6", date: plainDate("2026-04-20"), responses: [], score: 62 },
    ]);
    expect(scored.map((q) => [q.score, q.change, q.meaningfulImprovement])).toEqual([
      [69, null, null],
      [62, -7, true],
    ]);
  });

  it("names the score when the total is out of range, impossible, or not the answers' total", () => {
    const hit6 = (responses: unknown[], score: unknown) => questionnaireProblems({ instrument: "HIT-6", responses, score });
    expect(hit6([], 62)).toEqual([]);
    expect(hit6([], 35)).toEqual([{ path: "score", message: "must be a whole number 36-78 (the HIT-6 total)" }]);
    expect(hit6([], 60.5)).toEqual([{ path: "score", message: "must be a whole number 36-78 (the HIT-6 total)" }]);
    expect(hit6([], "62")).toEqual([{ path: "score", message: "must be a whole number 36-78 (the HIT-6 total)" }]);
    expect(hit6([], 77)).toEqual([{ path: "score", message: "is not a total six HIT-6 answers can add up to: check the sum" }]);
    expect(hit6([4, 3, 3, 2, 4, 3], 69)).toEqual([]);
    expect(hit6([4, 3, 3, 2, 4, 3], 68)).toEqual([{ path: "score", message: "does not match the total of the answers given" }]);
    // Answers that cannot be scored are named as before; the total is not compared with them.
    expect(hit6([4, 3, 3], 68)).toEqual([{ path: "responses", message: "needs exactly 6 answers, got 3" }]);
    // Without a score, no answers is still six missing answers.
    expect(questionnaireProblems({ instrument: "HIT-6", responses: [] })).toEqual([{ path: "responses", message: "needs exactly 6 answers, got 0" }]);
  });

  it("ignores a score on a MIDAS (its total is always the sum of its five answers)", () => {
    expect(questionnaireProblems({ instrument: "MIDAS", responses: [1, 2, 3, 4, 5], score: 999 })).toEqual([]);
  });
});
