import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { byPrecedence, describeEvaluation, percentReduction } from "./continuation.ts";

const window = { start: plainDate("2026-06-21"), end: plainDate("2026-07-18") };

describe("continuation building blocks (pathway-rules §8)", () => {
  it.each([
    [[], "continue"],
    [["continue", "pause"], "pause"],
    [["pause", "review"], "review"],
    [["pause", "review", "stop"], "stop"],
  ] as const)("ranks %j as %s (stop, review, pause, continue)", (applying, expected) => {
    expect(byPrecedence(applying)).toBe(expected);
  });

  it.each([
    [16, 15, 6.25],
    [16, 17, -6.25],
    [20, 0, 100],
  ])("computes the unrounded reduction from %s to %s as %s", (baseline, current, expected) => {
    expect(percentReduction(baseline, current)).toBe(expected);
  });

  it("refuses a baseline without headache days (the status is no-baseline before this is reached)", () => {
    expect(() => percentReduction(0, 3)).toThrow(RangeError);
  });

  it("describes a rise in headache days as more, not fewer", () => {
    const text = describeEvaluation(16, { point: "two-cycles", window, headacheDays: 17, percentReduction: -6.25 });
    expect(text).toBe("two-cycles 2026-06-21..2026-07-18: 17 headache days against 16 at baseline (6.3% more)");
  });
});
