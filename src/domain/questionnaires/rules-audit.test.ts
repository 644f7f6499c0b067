/**
 * An independent audit of pathway-rules §9 (questionnaires): HIT-6 and MIDAS scoring, grade
 * boundaries on both sides, answer checks and the change from the previous score.
 */
import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { QuestionnaireAnswers } from "../shared/record.ts";
import { hit6Grade, scoreHit6 } from "./hit6.ts";
import { midasGrade, scoreMidas } from "./midas.ts";
import { questionnaireProblems } from "./questionnaire-problems.ts";
import { scoreQuestionnaires } from "./score-questionnaires.ts";

describe("pathway-rules §9 audit: HIT-6", () => {
  it.each([
    [[0, 0, 0, 0, 0, 0], 36],
    [[4, 4, 4, 4, 4, 4], 78],
    [[1, 0, 0, 0, 0, 0], 38],
    [[2, 0, 0, 0, 0, 0], 40],
    [[3, 0, 0, 0, 0, 0], 41],
    [[4, 0, 0, 0, 0, 0], 43],
    [[0, 0, 0, 0, 0, 4], 43],
    [[2, 2, 2, 2, 2, 2], 60],
    [[3, 3, 3, 3, 3, 3], 66],
  ])("weights options 6, 8, 10, 11, 13 whatever the item: %j scores %i", (responses, score) => {
    expect(scoreHit6(responses).score).toBe(score);
  });

  it.each([
    [36, "little-or-none"],
    [49, "little-or-none"],
    [50, "some"],
    [55, "some"],
    [56, "substantial"],
    [59, "substantial"],
    [60, "severe"],
    [78, "severe"],
  ])("grades %i as %s", (score, grade) => {
    expect(hit6Grade(score)).toBe(grade);
  });

  it("grades scored answers at the boundaries: 49 little-or-none, 50 some, 56 substantial, 60 severe", () => {
    expect(scoreHit6([4, 2, 1, 0, 0, 0])).toEqual({ score: 49, grade: "little-or-none" });
    expect(scoreHit6([4, 4, 0, 0, 0, 0])).toEqual({ score: 50, grade: "some" });
    expect(scoreHit6([4, 4, 2, 1, 0, 0])).toEqual({ score: 56, grade: "substantial" });
    expect(scoreHit6([2, 2, 2, 2, 2, 2])).toEqual({ score: 60, grade: "severe" });
  });
});

describe("pathway-rules §9 audit: MIDAS", () => {
  it.each([
    [[0, 0, 0, 0, 0], 0],
    [[90, 90, 90, 90, 90], 450],
    [[1, 2, 3, 4, 5], 15],
  ])("sums %j to %i", (responses, score) => {
    expect(scoreMidas(responses).score).toBe(score);
  });

  it.each([
    [0, "I"],
    [5, "I"],
    [6, "II"],
    [10, "II"],
    [11, "III"],
    [20, "III"],
    [21, "IV"],
    [450, "IV"],
  ])("grades %i as %s", (score, grade) => {
    expect(midasGrade(score)).toBe(grade);
  });
});

describe("pathway-rules §9 audit: answer checks", () => {
  it.each<[string, Parameters<typeof questionnaireProblems>[0], string[]]>([
    ["HIT-6 with six answers 0-4", { instrument: "HIT-6", responses: [0, 1, 2, 3, 4, 4] }, []],
    ["HIT-6 with 3.0 (the integer 3)", { instrument: "HIT-6", responses: [3.0, 3, 3, 3, 3, 3] }, []],
    ["HIT-6 with five answers", { instrument: "HIT-6", responses: [0, 1, 2, 3, 4] }, ["responses"]],
    ["HIT-6 with seven answers", { instrument: "HIT-6", responses: [0, 1, 2, 3, 4, 4, 4] }, ["responses"]],
    ["HIT-6 with a 5", { instrument: "HIT-6", responses: [0, 1, 2, 3, 4, 5] }, ["responses.5"]],
    ["HIT-6 with a -1", { instrument: "HIT-6", responses: [-1, 1, 2, 3, 4, 4] }, ["responses.0"]],
    ["HIT-6 with 2.5", { instrument: "HIT-6", responses: [0, 2.5, 2, 3, 4, 4] }, ["responses.1"]],
    ["HIT-6 with a string", { instrument: "HIT-6", responses: [0, "2", 2, 3, 4, 4] }, ["responses.1"]],
    ["MIDAS with five counts 0-90", { instrument: "MIDAS", responses: [0, 90, 45, 1, 2] }, []],
    ["MIDAS with 91", { instrument: "MIDAS", responses: [0, 91, 45, 1, 2] }, ["responses.1"]],
    ["MIDAS with 1.5", { instrument: "MIDAS", responses: [0, 1.5, 45, 1, 2] }, ["responses.1"]],
    ["MIDAS with four counts", { instrument: "MIDAS", responses: [0, 1, 2, 3] }, ["responses"]],
    ["MIDAS with a 0-90 and b 0-10", { instrument: "MIDAS", responses: [0, 0, 0, 0, 0], a: 90, b: 10 }, []],
    ["MIDAS with a 91", { instrument: "MIDAS", responses: [0, 0, 0, 0, 0], a: 91 }, ["a"]],
    ["MIDAS with a 2.5", { instrument: "MIDAS", responses: [0, 0, 0, 0, 0], a: 2.5 }, ["a"]],
    ["MIDAS with b 11", { instrument: "MIDAS", responses: [0, 0, 0, 0, 0], b: 11 }, ["b"]],
    ["MIDAS with b -1", { instrument: "MIDAS", responses: [0, 0, 0, 0, 0], b: -1 }, ["b"]],
    ["MIDAS with b 7.5", { instrument: "MIDAS", responses: [0, 0, 0, 0, 0], b: 7.5 }, ["b"]],
  ])("%s: problems at %j", (_, questionnaire, paths) => {
    expect(questionnaireProblems(questionnaire).map((p) => p.path)).toEqual(paths);
  });
});

describe("pathway-rules §9 audit: change from the previous score of the same instrument", () => {
  const hit6 = (date: string, responses: number[]): QuestionnaireAnswers => ({ instrument: "HIT-6", date: plainDate(date), responses });
  const midas = (date: string, responses: number[]): QuestionnaireAnswers => ({ instrument: "MIDAS", date: plainDate(date), responses });

  it("is null for each instrument's first score and the difference from its own previous one otherwise", () => {
    const scored = scoreQuestionnaires([
      midas("2026-03-01", [5, 5, 5, 5, 5]), // 25
      hit6("2026-01-01", [3, 3, 3, 3, 3, 3]), // 66
      midas("2026-01-01", [10, 10, 10, 0, 0]), // 30
      hit6("2026-03-01", [2, 2, 2, 2, 2, 2]), // 60
      hit6("2026-02-01", [4, 4, 4, 4, 4, 4]), // 78
    ]);
    expect(scored.map((q) => [q.instrument, q.date, q.score, q.change])).toEqual([
      ["HIT-6", "2026-01-01", 66, null],
      ["MIDAS", "2026-01-01", 30, null],
      ["HIT-6", "2026-02-01", 78, 12],
      ["MIDAS", "2026-03-01", 25, -5],
      ["HIT-6", "2026-03-01", 60, -18],
    ]);
  });

  it("takes input order among equal dates, the later one changing from the earlier", () => {
    const scored = scoreQuestionnaires([hit6("2026-01-01", [3, 3, 3, 3, 3, 3]), hit6("2026-01-01", [2, 2, 2, 2, 2, 2])]);
    expect(scored.map((q) => [q.score, q.change])).toEqual([[66, null], [60, -6]]);
  });

  it("leaves out questionnaires after A, so they are no one's previous score", () => {
    const scored = scoreQuestionnaires([hit6("2026-01-01", [3, 3, 3, 3, 3, 3]), hit6("2026-01-03", [0, 0, 0, 0, 0, 0]), hit6("2026-01-02", [2, 2, 2, 2, 2, 2])], plainDate("2026-01-02"));
    expect(scored.map((q) => [q.date, q.change])).toEqual([["2026-01-01", null], ["2026-01-02", -6]]);
  });

  it.each([
    [[3, 3, 3, 3, 3, 3], [0, 3, 3, 3, 3, 3], true], // 66 to 61: fell 5
    [[3, 3, 3, 3, 3, 3], [1, 3, 3, 3, 3, 3], false], // 66 to 63: fell 3
    [[3, 3, 3, 3, 3, 3], [1, 2, 3, 3, 3, 3], false], // 66 to 62: fell 4
  ])("marks a HIT-6 fall of 5 or more as meaningful: %j to %j -> %s", (before, after, meaningful) => {
    const scored = scoreQuestionnaires([hit6("2026-01-01", before), hit6("2026-04-01", after)]);
    expect(scored[1]?.meaningfulImprovement).toBe(meaningful);
  });
});
