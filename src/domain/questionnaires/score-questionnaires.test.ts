import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { QuestionnaireAnswers } from "../shared/record.ts";
import { scoreQuestionnaires } from "./score-questionnaires.ts";

const hit6 = (date: string, responses: number[]): QuestionnaireAnswers => ({ instrument: "HIT-6", date: plainDate(date), responses });
const midas = (date: string, responses: number[]): QuestionnaireAnswers => ({ instrument: "MIDAS", date: plainDate(date), responses });

describe("the assessment's questionnaire list (pathway-rules §9)", () => {
  it("gives each score its grade and its change from the previous score of the same instrument", () => {
    const scored = scoreQuestionnaires([
      hit6("2026-01-25", [4, 3, 3, 2, 4, 3]), // 69
      midas("2026-01-25", [5, 3, 4, 2, 6]), // 20
      hit6("2026-04-20", [3, 3, 3, 2, 3, 2]), // 64
      midas("2026-04-20", [2, 3, 4, 2, 4]), // 15
    ]);
    expect(scored).toEqual([
      { instrument: "HIT-6", date: "2026-01-25", score: 69, grade: "severe", change: null, meaningfulImprovement: null },
      { instrument: "MIDAS", date: "2026-01-25", score: 20, grade: "III", change: null, meaningfulImprovement: null },
      { instrument: "HIT-6", date: "2026-04-20", score: 64, grade: "severe", change: -5, meaningfulImprovement: true },
      { instrument: "MIDAS", date: "2026-04-20", score: 15, grade: "III", change: -5, meaningfulImprovement: true },
    ]);
  });

  it("judges a HIT-6 fall of 4 as not meaningful and a rise as a positive change", () => {
    const scored = scoreQuestionnaires([hit6("2026-01-01", [4, 4, 4, 4, 4, 4]), hit6("2026-02-01", [4, 4, 3, 3, 4, 4]), hit6("2026-03-01", [4, 4, 4, 4, 4, 4])]);
    expect(scored.map((q) => [q.change, q.meaningfulImprovement])).toEqual([[null, null], [-4, false], [4, false]]);
  });

  it("applies the AHS rule to MIDAS: no improvement counts from a baseline of 10 or less", () => {
    const scored = scoreQuestionnaires([midas("2026-01-01", [10, 0, 0, 0, 0]), midas("2026-02-01", [0, 0, 0, 0, 0])]);
    expect(scored[1]).toMatchObject({ change: -10, meaningfulImprovement: false });
  });

  it("sorts by date and keeps input order among equal dates", () => {
    const scored = scoreQuestionnaires([
      hit6("2026-03-01", [1, 1, 1, 1, 1, 1]), // 48
      hit6("2026-01-01", [4, 4, 4, 4, 4, 4]), // 78
      hit6("2026-03-01", [0, 0, 0, 0, 0, 0]), // 36
    ]);
    expect(scored.map((q) => [q.date, q.score, q.change])).toEqual([
      ["2026-01-01", 78, null],
      ["2026-03-01", 48, -30],
      ["2026-03-01", 36, -12],
    ]);
  });

  it("ignores questionnaires dated after the assessment date (pathway-rules §1)", () => {
    const list = [hit6("2026-01-01", [0, 0, 0, 0, 0, 0]), hit6("2026-01-02", [4, 4, 4, 4, 4, 4])];
    expect(scoreQuestionnaires(list, plainDate("2026-01-01")).map((q) => q.date)).toEqual(["2026-01-01"]);
    expect(scoreQuestionnaires(list, plainDate("2026-01-02"))).toHaveLength(2);
    expect(scoreQuestionnaires(list, plainDate("2025-12-31"))).toEqual([]);
  });
});
