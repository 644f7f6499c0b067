import { describe, expect, it } from "vitest";
import { questionnaireProblems } from "./questionnaire-problems.ts";

describe("questionnaire answer checks (pathway-rules §9)", () => {
  it("accepts six HIT-6 answers 0-4 and five MIDAS counts 0-90 with a and b", () => {
    expect(questionnaireProblems({ instrument: "HIT-6", responses: [0, 1, 2, 3, 4, 4] })).toEqual([]);
    expect(questionnaireProblems({ instrument: "MIDAS", responses: [0, 90, 3, 4, 5], a: 90, b: 10 })).toEqual([]);
    expect(questionnaireProblems({ instrument: "MIDAS", responses: [0, 0, 0, 0, 0], a: 0, b: 0 })).toEqual([]);
    expect(questionnaireProblems({ instrument: "MIDAS", responses: [0, 0, 0, 0, 0], a: null, b: undefined })).toEqual([]);
  });

  it("treats 3.0 as the integer 3", () => {
    expect(questionnaireProblems({ instrument: "HIT-6", responses: [3.0, 1, 2, 3, 4, 4] })).toEqual([]);
  });

  it.each([
    ["HIT-6", [0, 1, 2, 3, 4], "responses", "needs exactly 6 answers, got 5"],
    ["HIT-6", [0, 1, 2, 3, 4, 4, 4], "responses", "needs exactly 6 answers, got 7"],
    ["HIT-6", [0, 1, 2, 3, 4, 5], "responses.5", "answer 6 must be a whole number 0-4"],
    ["HIT-6", [-1, 1, 2, 3, 4, 4], "responses.0", "answer 1 must be a whole number 0-4"],
    ["HIT-6", [0, 1.5, 2, 3, 4, 4], "responses.1", "answer 2 must be a whole number 0-4"],
    ["HIT-6", [0, "1", 2, 3, 4, 4], "responses.1", "answer 2 must be a whole number 0-4"],
    ["MIDAS", [1, 2, 3, 4], "responses", "needs exactly 5 day counts, got 4"],
    ["MIDAS", [1, 2, 3, 4, 91], "responses.4", "day count 5 must be a whole number 0-90"],
    ["MIDAS", [1, 2, -3, 4, 5], "responses.2", "day count 3 must be a whole number 0-90"],
    ["MIDAS", [1, 2, 3, Number.NaN, 5], "responses.3", "day count 4 must be a whole number 0-90"],
  ] as const)("rejects %s answers %j at %s", (instrument, responses, path, message) => {
    expect(questionnaireProblems({ instrument, responses })).toContainEqual({ path, message });
  });

  it.each([
    [{ a: 91 }, "a", "item A (headache days in 3 months) must be a whole number 0-90"],
    [{ a: -1 }, "a", "item A (headache days in 3 months) must be a whole number 0-90"],
    [{ a: 2.5 }, "a", "item A (headache days in 3 months) must be a whole number 0-90"],
    [{ b: 11 }, "b", "item B (average pain) must be a whole number 0-10"],
    [{ b: 7.5 }, "b", "item B (average pain) must be a whole number 0-10"],
  ])("rejects MIDAS items %j", (items, path, message) => {
    expect(questionnaireProblems({ instrument: "MIDAS", responses: [0, 0, 0, 0, 0], ...items })).toEqual([{ path, message }]);
  });

  it("leaves a and b on a HIT-6 to the boundary's unknown-field warning", () => {
    expect(questionnaireProblems({ instrument: "HIT-6", responses: [0, 0, 0, 0, 0, 0], a: 500, b: -2 })).toEqual([]);
  });

  it("reports a wrong count and each bad answer together", () => {
    expect(questionnaireProblems({ instrument: "HIT-6", responses: [9, 9] }).map((p) => p.path)).toEqual(["responses", "responses.0", "responses.1"]);
  });
});
