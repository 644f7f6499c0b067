import { describe, expect, it } from "vitest";
import { createRandom, deriveSeed, mulberry32 } from "./prng.ts";

describe("mulberry32", () => {
  it("gives the published first value for seed 1", () => {
    expect(mulberry32(1)()).toBe(0.6270739405881613);
  });

  it("stays within [0, 1)", () => {
    const next = mulberry32(99);
    for (let i = 0; i < 10_000; i++) {
      const value = next();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe("createRandom", () => {
  it("draws integers over the whole closed range and nothing outside it", () => {
    const random = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(random.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRandom(3).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual(input);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe("deriveSeed", () => {
  it("is stable for the same seed and label and differs between labels and seeds", () => {
    expect(deriveSeed(42, "patient-3")).toBe(deriveSeed(42, "patient-3"));
    expect(deriveSeed(42, "patient-3")).not.toBe(deriveSeed(42, "patient-4"));
    expect(deriveSeed(42, "patient-3")).not.toBe(deriveSeed(43, "patient-3"));
  });
});
