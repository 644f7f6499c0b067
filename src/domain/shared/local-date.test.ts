import { describe, expect, it } from "vitest";
import { isKnownTimeZone, localDateAt } from "./local-date.ts";

describe("the local date of an instant (pathway-rules §1)", () => {
  it.each([
    [Date.UTC(2026, 6, 20, 13), "Pacific/Auckland", "2026-07-21"],
    [Date.UTC(2026, 6, 20, 13), "America/Los_Angeles", "2026-07-20"],
    [Date.UTC(2026, 2, 29, 0, 30), "Europe/London", "2026-03-29"],
    [Date.UTC(2026, 9, 25, 23, 30), "Europe/London", "2026-10-25"],
    [Date.UTC(2026, 9, 25, 23, 30), "UTC", "2026-10-25"],
    [Date.UTC(2026, 11, 31, 23, 0), "Asia/Tokyo", "2027-01-01"],
  ])("puts %s in %s on %s", (instant, zone, date) => {
    expect(localDateAt(instant, zone)).toBe(date);
  });

  it("knows real zones and refuses made-up ones", () => {
    expect(isKnownTimeZone("Europe/London")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
    expect(() => localDateAt(0, "Mars/Olympus")).toThrow(RangeError);
  });
});
