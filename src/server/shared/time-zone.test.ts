import { describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { instantAtLocalTime, isLate, localDateAt } from "./time-zone.ts";

describe("a patient's calendar in their time zone", () => {
  it.each([
    ["2026-07-20T11:59:59Z", "Pacific/Auckland", "2026-07-20"],
    ["2026-07-20T12:00:00Z", "Pacific/Auckland", "2026-07-21"],
    ["2026-07-21T06:59:59Z", "America/Los_Angeles", "2026-07-20"],
    ["2026-07-21T07:00:00Z", "America/Los_Angeles", "2026-07-21"],
    ["2026-03-29T00:30:00Z", "Europe/London", "2026-03-29"],
  ])("places %s on the local date of %s", (instant, zone, date) => {
    expect(localDateAt(new Date(instant), zone)).toBe(date);
  });

  it("marks a save after local midnight as late, and one a second before as on time", () => {
    const day = plainDate("2026-07-20");
    // Auckland is UTC+12 in July: the 20th ends at 2026-07-20T12:00Z.
    expect(isLate(day, new Date("2026-07-20T11:59:59Z"), "Pacific/Auckland")).toBe(false);
    expect(isLate(day, new Date("2026-07-20T12:00:00Z"), "Pacific/Auckland")).toBe(true);
    // Los Angeles is UTC-7 in July: the same instant is still the 20th there.
    expect(isLate(day, new Date("2026-07-20T12:00:00Z"), "America/Los_Angeles")).toBe(false);
    expect(isLate(day, new Date("2026-07-21T07:00:00Z"), "America/Los_Angeles")).toBe(true);
  });

  it.each([
    ["2026-07-20", 21, 0, "Europe/London", "2026-07-20T20:00:00.000Z"],
    ["2026-01-20", 21, 0, "Europe/London", "2026-01-20T21:00:00.000Z"],
    ["2026-07-20", 21, 0, "Pacific/Auckland", "2026-07-20T09:00:00.000Z"],
    ["2026-03-08", 21, 0, "America/Los_Angeles", "2026-03-09T04:00:00.000Z"],
    ["2026-03-07", 21, 0, "America/Los_Angeles", "2026-03-08T05:00:00.000Z"],
  ])("finds the instant of %s %i:%i in %s", (date, hour, minute, zone, expected) => {
    expect(instantAtLocalTime(plainDate(date), hour, minute, zone).toISOString()).toBe(expected);
  });
});
