import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareInstants, instantMs } from "./instant.ts";

const MIN = Date.UTC(1, 0, 1);
const MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

describe("instants (RFC 3339)", () => {
  it("reads what toISOString writes, to the millisecond, for any instant from year 1 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (ms) => {
        expect(instantMs(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });

  it("applies a UTC offset as RFC 3339 says: local time minus the offset", () => {
    expect(instantMs("2026-07-20T10:00:00+02:00")).toBe(Date.UTC(2026, 6, 20, 8));
    expect(instantMs("2026-07-20T10:00:00-03:30")).toBe(Date.UTC(2026, 6, 20, 13, 30));
    expect(instantMs("2026-07-20T10:00:00.5Z")).toBe(Date.UTC(2026, 6, 20, 10, 0, 0, 500));
    expect(instantMs("2026-07-20T10:00:00.123456Z")).toBe(Date.UTC(2026, 6, 20, 10, 0, 0, 123));
  });

  it.each(["2026-07-20", "2026-07-20 10:00:00Z", "2026-02-30T10:00:00Z", "2026-07-20T24:00:00Z", "2026-07-20T10:00:00+25:00", "yesterday"])(
    "refuses %s as an instant",
    (text) => {
      expect(instantMs(text)).toBeNull();
    },
  );

  it("orders instants by the moment, not by the text", () => {
    expect(compareInstants("2026-07-20T08:00:00Z", "2026-07-20T09:00:00+02:00")).toBeGreaterThan(0);
    expect(compareInstants("2026-07-20T08:00:00.000Z", "2026-07-20T08:00:00Z")).toBe(0);
    expect(compareInstants("garbled", "2026-07-20T08:00:00Z")).toBeLessThan(0);
    expect(compareInstants("2026-07-20T08:00:00Z", "garbled")).toBeGreaterThan(0);
    expect(compareInstants("garbled", "also garbled")).toBe(0);
  });
});
