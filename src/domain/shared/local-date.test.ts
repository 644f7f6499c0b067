import { describe, expect, it } from "vitest";
import { instantAtLocalTime, isKnownTimeZone, localDateAt, localTimeAt } from "./local-date.ts";
import { plainDate } from "./plain-date.ts";

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

  it.each([
    ["2026-07-20", 21, 0, "Europe/London", "2026-07-20T20:00:00.000Z"],
    ["2026-01-20", 21, 0, "Europe/London", "2026-01-20T21:00:00.000Z"],
    ["2026-07-20", 9, 30, "America/New_York", "2026-07-20T13:30:00.000Z"],
    ["2026-07-21", 0, 15, "Pacific/Auckland", "2026-07-20T12:15:00.000Z"],
    // 01:30 does not exist in London on 29 March 2026 (clocks go 01:00 -> 02:00): the time just after.
    ["2026-03-29", 1, 30, "Europe/London", "2026-03-29T01:30:00.000Z"],
  ])("puts %s %s:%s in %s at %s", (date, hour, minute, zone, iso) => {
    expect(new Date(instantAtLocalTime(plainDate(date), hour, minute, zone)).toISOString()).toBe(iso);
  });

  it("reads an instant's wall-clock time back in the zone", () => {
    const instant = instantAtLocalTime(plainDate("2026-07-20"), 14, 45, "Europe/London");
    expect(localTimeAt(instant, "Europe/London")).toBe("14:45");
    expect(localTimeAt(instant, "UTC")).toBe("13:45");
  });

  it("counts the year before 1 AD as year 0, where Intl says 1 BC (London's midnight of 0001-01-01 falls in it)", () => {
    const firstInstantOfYearOne = -62_135_596_800_000;
    expect(localDateAt(firstInstantOfYearOne, "Europe/London")).toBe("0000-12-31");
    expect(new Date(instantAtLocalTime(plainDate("0001-01-01"), 0, 0, "Europe/London")).toISOString()).toBe("0001-01-01T00:01:00.000Z");
  });
});
