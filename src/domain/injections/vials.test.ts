import { describe, expect, it } from "vitest";
import { STANDARD_SALINE_ML, STANDARD_UNITS_PER_ML, unitsPerMl, vialUsage, volumeMl } from "./vials.ts";

describe("vials, dilution and waste (pathway-rules §6)", () => {
  it("dilutes 100 U in 2 mL and 200 U in 4 mL to 50 U/mL, 5 U in 0.1 mL", () => {
    expect(unitsPerMl(100, STANDARD_SALINE_ML[100])).toBe(50);
    expect(unitsPerMl(200, STANDARD_SALINE_ML[200])).toBe(50);
    expect(STANDARD_UNITS_PER_ML).toBe(50);
    expect(volumeMl(5)).toBe(0.1);
  });

  it("gives the volume for a site's units, to the microlitre", () => {
    expect(volumeMl(7.5)).toBe(0.15);
    expect(volumeMl(15)).toBe(0.3);
    expect(volumeMl(5, 25)).toBe(0.2);
    expect(volumeMl(155)).toBe(3.1);
  });

  it.each([
    [[200], 155, 45, 4],
    [[200], 195, 5, 4],
    [[100, 100], 200, 0, 4],
    [[100, 100], 155, 45, 4],
    [[100, 200], 295, 5, 6],
  ] as const)("from vials %j with %i U given wastes %i U (saline %i mL)", (vials, given, wasted, saline) => {
    expect(vialUsage(vials, given)).toEqual({ vialUnitsOpened: vials.reduce((a, b) => a + b, 0), salineMl: saline, unitsGiven: given, unitsWasted: wasted, problem: null });
  });

  it("flags more units given than the vials held instead of a negative waste", () => {
    expect(vialUsage([100], 155)).toEqual({
      vialUnitsOpened: 100,
      salineMl: 2,
      unitsGiven: 155,
      unitsWasted: null,
      problem: { code: "units_given_exceed_vials", message: "155 U given but only 100 U in the vials opened; record every vial used" },
    });
  });

  it("rejects a dilution without saline or a concentration of zero as programmer errors", () => {
    expect(() => unitsPerMl(100, 0)).toThrow(RangeError);
    expect(() => volumeMl(5, 0)).toThrow(RangeError);
  });
});
