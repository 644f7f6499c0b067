import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { midasGrade, midasImprovement, scoreMidas } from "./midas.ts";

describe("MIDAS scoring (pathway-rules §9)", () => {
  it("adds the five day counts", () => {
    expect(scoreMidas([5, 3, 4, 2, 6])).toEqual({ score: 20, grade: "III" });
    expect(scoreMidas([90, 90, 90, 90, 90])).toEqual({ score: 450, grade: "IV" });
  });

  it.each([
    [0, "I"],
    [5, "I"],
    [6, "II"],
    [10, "II"],
    [11, "III"],
    [20, "III"],
    [21, "IV"],
  ] as const)("grades a total of %i as %s", (score, grade) => {
    expect(scoreMidas([score, 0, 0, 0, 0])).toEqual({ score, grade });
    expect(midasGrade(score)).toBe(grade);
  });

  it("scores the sum of any valid answers (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 5, maxLength: 5 }), (days) => {
        return scoreMidas(days).score === days.reduce((sum, d) => sum + d, 0);
      }),
    );
  });

  it.each([[[1, 2, 3, 4]], [[1, 2, 3, 4, 5, 6]], [[1, 2, 3, 4, 91]], [[1, 2, 3, 4, -1]], [[1, 2, 3, 4, 0.5]]])(
    "throws on answers the boundary should have rejected: %j",
    (days) => {
      expect(() => scoreMidas(days)).toThrow(RangeError);
    },
  );
});

describe("MIDAS improvement by the AHS rule (pathway-rules §8)", () => {
  it.each([
    // baseline, follow-up, rule, meaningful
    [10, 0, "baseline-10-or-less", false],
    [5, 0, "baseline-10-or-less", false],
    [11, 6, "fall-of-5-points", true],
    [11, 7, "fall-of-5-points", false],
    [20, 15, "fall-of-5-points", true],
    [20, 16, "fall-of-5-points", false],
    [21, 14, "fall-of-30-percent", true], // a fall of 7 is 33%
    [21, 15, "fall-of-30-percent", false], // a fall of 6 is 28.6%
    [30, 21, "fall-of-30-percent", true], // exactly 30%
    [30, 22, "fall-of-30-percent", false],
    [100, 70, "fall-of-30-percent", true],
    [100, 71, "fall-of-30-percent", false],
    [40, 45, "fall-of-30-percent", false],
  ] as const)("from a baseline of %i to %i applies %s and judges it meaningful: %s", (baseline, followUp, rule, meaningful) => {
    expect(midasImprovement(baseline, followUp)).toEqual({ rule, meaningful });
  });
});
