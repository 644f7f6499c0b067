import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hit6Grade, isMeaningfulHit6Improvement, scoreHit6 } from "./hit6.ts";

describe("HIT-6 scoring (pathway-rules §9)", () => {
  it("weights options 0-4 as 6, 8, 10, 11 and 13 points", () => {
    for (const [option, weight] of [[0, 6], [1, 8], [2, 10], [3, 11], [4, 13]] as const) {
      expect(scoreHit6([option, 0, 0, 0, 0, 0]).score).toBe(weight + 30);
    }
  });

  it("scores the lowest answers as 36 and the highest as 78", () => {
    expect(scoreHit6([0, 0, 0, 0, 0, 0])).toEqual({ score: 36, grade: "little-or-none" });
    expect(scoreHit6([4, 4, 4, 4, 4, 4])).toEqual({ score: 78, grade: "severe" });
  });

  it("scores the contract's example answers as 69, severe", () => {
    expect(scoreHit6([4, 3, 3, 2, 4, 3])).toEqual({ score: 69, grade: "severe" });
  });

  it.each([
    [49, "little-or-none", [4, 2, 1, 0, 0, 0]],
    [50, "some", [4, 4, 0, 0, 0, 0]],
    [55, "some", [4, 4, 3, 0, 0, 0]],
    [56, "substantial", [4, 4, 2, 1, 0, 0]],
    [59, "substantial", [4, 4, 4, 1, 0, 0]],
    [60, "severe", [4, 4, 3, 3, 0, 0]],
  ] as const)("grades a total of %i as %s", (score, grade, answers) => {
    expect(scoreHit6(answers)).toEqual({ score, grade });
  });

  it("grades every reachable total by its band (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }), (answers) => {
        const { score, grade } = scoreHit6(answers);
        const expected = score <= 49 ? "little-or-none" : score <= 55 ? "some" : score <= 59 ? "substantial" : "severe";
        return score >= 36 && score <= 78 && grade === expected && hit6Grade(score) === grade;
      }),
    );
  });

  it.each([
    [[0, 0, 0, 0, 0]],
    [[0, 0, 0, 0, 0, 0, 0]],
    [[0, 0, 0, 0, 0, 5]],
    [[0, 0, 0, 0, 0, -1]],
    [[0, 0, 0, 0, 0, 1.5]],
  ])("throws on answers the boundary should have rejected: %j", (answers) => {
    expect(() => scoreHit6(answers)).toThrow(RangeError);
  });

  it("counts a fall of 5 points as meaningful and a fall of 4 as not", () => {
    expect(isMeaningfulHit6Improvement(66, 61)).toBe(true);
    expect(isMeaningfulHit6Improvement(66, 62)).toBe(false);
    expect(isMeaningfulHit6Improvement(60, 66)).toBe(false);
  });
});
