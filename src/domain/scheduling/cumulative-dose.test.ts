import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { cumulativeToxinUnits, cumulativeWindowStart } from "./cumulative-dose.ts";

const D = plainDate("2026-04-02");

describe("cumulative botulinum toxin dose (pathway-rules §6)", () => {
  it("counts a dose on D-91 in the default 92-day window", () => {
    expect(cumulativeToxinUnits(D, [{ date: addDays(D, -91), units: 100 }], 92).totalUnits).toBe(100);
  });

  it("does not count a dose on D-92 in the default 92-day window", () => {
    expect(cumulativeToxinUnits(D, [{ date: addDays(D, -92), units: 100 }], 92).totalUnits).toBe(0);
  });

  it("counts a dose on D itself and none after D", () => {
    expect(cumulativeToxinUnits(D, [{ date: D, units: 155 }, { date: addDays(D, 1), units: 100 }], 92).totalUnits).toBe(155);
  });

  it("follows a clinic's 84-day setting: D-83 counts, D-84 does not", () => {
    const doses = [{ date: addDays(D, -83), units: 10 }, { date: addDays(D, -84), units: 1000 }];
    expect(cumulativeToxinUnits(D, doses, 84)).toEqual({ windowStart: addDays(D, -83), windowEnd: D, totalUnits: 10 });
  });

  it("adds nothing for units that are not positive", () => {
    expect(cumulativeToxinUnits(D, [{ date: D, units: -5 }, { date: D, units: 0 }, { date: D, units: 5 }], 92).totalUnits).toBe(5);
  });

  it("names the window it used", () => {
    expect(cumulativeWindowStart(D, 92)).toBe("2026-01-01");
    expect(cumulativeWindowStart(D, 1)).toBe(D);
  });

  it("rejects a window shorter than one day as a programmer error", () => {
    expect(() => cumulativeWindowStart(D, 0)).toThrow(RangeError);
    expect(() => cumulativeWindowStart(D, 1.5)).toThrow(RangeError);
  });

  it("counts exactly the positive doses dated in the window (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: -200, max: 20 }), units: fc.integer({ min: -10, max: 400 }) })),
        fc.integer({ min: 1, max: 200 }),
        (raw, windowDays) => {
          const doses = raw.map((d) => ({ date: addDays(D, d.offset), units: d.units }));
          const expected = raw.filter((d) => d.offset <= 0 && d.offset > -windowDays && d.units > 0).reduce((sum, d) => sum + d.units, 0);
          return cumulativeToxinUnits(D, doses, windowDays).totalUnits === expected;
        },
      ),
    );
  });
});
