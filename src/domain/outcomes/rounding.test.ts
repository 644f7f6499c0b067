import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { roundHalfAwayFromZero } from "./rounding.ts";

describe("rounding half away from zero (pathway-rules §8)", () => {
  it.each([
    [6.25, 1, 6.3],
    [-6.25, 1, -6.3],
    [6.249, 1, 6.2],
    [45, 1, 45],
    [33.333333, 1, 33.3],
    [66.666666, 1, 66.7],
    [1.005, 2, 1.01],
    [0.0625, 3, 0.063],
    [0.3575, 3, 0.358],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [2.5, 0, 3],
    [1e-7, 3, 0],
    [-1e-7, 3, 0],
    [1.5e21, 1, 1.5e21],
  ])("rounds %s to %s decimals as %s", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it("never reports negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.0001, 1), 0)).toBe(true);
  });

  it.each([
    [1, -1],
    [1, 0.5],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
  ])("refuses to round %s to %s decimals (programmer error)", (value, decimals) => {
    expect(() => roundHalfAwayFromZero(value, decimals)).toThrow(RangeError);
  });

  it("is symmetric around zero and within half a unit of the value (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const rounded = roundHalfAwayFromZero(value, decimals);
        return rounded === -roundHalfAwayFromZero(-value, decimals) && Math.abs(rounded - value) <= 0.5 * 10 ** -decimals + 1e-9;
      }),
    );
  });
});
