import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { EHF_EPISODIC_BELOW_DAYS, NICE_EPISODIC_BELOW_DAYS, revertedToEpisodic } from "./reverted-to-episodic.ts";

const A = plainDate("2026-10-01");
const W3_START = windowRange(A, 3).start; // 2026-07-10
const three = (any: readonly [number, number, number], complete: readonly [boolean, boolean, boolean] = [true, true, true]) =>
  [0, 1, 2].map((i) => windowCountsOf(windowRange(A, i + 1), { anyHeadacheDays: any[i] as number, complete: complete[i] as boolean }));

describe("reverted to episodic (pathway-rules §8)", () => {
  it.each([
    [[14, 14, 14], NICE_EPISODIC_BELOW_DAYS, true],
    [[14, 15, 14], NICE_EPISODIC_BELOW_DAYS, false],
    [[9, 9, 9], EHF_EPISODIC_BELOW_DAYS, true],
    [[9, 10, 9], EHF_EPISODIC_BELOW_DAYS, false],
  ] as const)("with any-headache days %j below %s: %s", (any, below, expected) => {
    expect(revertedToEpisodic(three(any), plainDate("2026-02-01"), below)).toBe(expected);
  });

  it("needs W1-W3 complete", () => {
    expect(revertedToEpisodic(three([0, 0, 0], [true, false, true]), plainDate("2026-02-01"), 15)).toBe(false);
  });

  it("needs W3 to start after the first session", () => {
    expect(revertedToEpisodic(three([0, 0, 0]), W3_START, 15)).toBe(false);
    expect(revertedToEpisodic(three([0, 0, 0]), plainDate("2026-07-09"), 15)).toBe(true);
  });

  it("refuses fewer than three windows (programmer error)", () => {
    expect(() => revertedToEpisodic(three([0, 0, 0]).slice(0, 2), plainDate("2026-02-01"), 15)).toThrow(RangeError);
  });
});
