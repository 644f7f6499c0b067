import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { bookingWindow } from "./booking-window.ts";
import { freeSlots, hoursOn, isTimeRange, minutesOf, overlappingRanges, slotsOn, timeOf, type TimeRange, type WeeklyHours } from "./slots.ts";

const MONDAY = plainDate("2026-12-07");
const weekly: WeeklyHours[] = [
  { weekday: 1, start: "09:00", end: "10:00" },
  { weekday: 1, start: "13:30", end: "14:10" },
  { weekday: 3, start: "08:00", end: "12:00" },
];

describe("booking slots in an injector's hours", () => {
  it("cuts each range of the weekday into 15-minute slots that end inside it", () => {
    expect(slotsOn(MONDAY, weekly, [], 15)).toEqual(["09:00", "09:15", "09:30", "09:45", "13:30", "13:45"]);
    expect(slotsOn(plainDate("2026-12-08"), weekly, [], 15)).toEqual([]);
    expect(slotsOn(plainDate("2026-12-09"), weekly, [], 30)).toHaveLength(8);
  });

  it("uses a date's exception instead of the week: a day off, or other hours", () => {
    expect(slotsOn(MONDAY, weekly, [{ date: MONDAY, ranges: [] }], 15)).toEqual([]);
    expect(slotsOn(MONDAY, weekly, [{ date: MONDAY, ranges: [{ start: "16:00", end: "16:30" }] }], 15)).toEqual(["16:00", "16:15"]);
    expect(hoursOn(plainDate("2026-12-14"), weekly, [{ date: MONDAY, ranges: [] }])).toHaveLength(2);
  });

  it("leaves out the slots already booked", () => {
    expect(freeSlots(MONDAY, weekly, [], 15, ["09:15", "13:45"])).toEqual(["09:00", "09:30", "09:45", "13:30"]);
  });

  it("merges overlapping ranges without repeating a slot, and skips malformed ones", () => {
    const overlapping: WeeklyHours[] = [
      { weekday: 1, start: "09:00", end: "09:30" },
      { weekday: 1, start: "09:15", end: "09:45" },
      { weekday: 1, start: "nine", end: "10:00" },
    ];
    expect(slotsOn(MONDAY, overlapping, [], 15)).toEqual(["09:00", "09:15", "09:30"]);
    expect(() => slotsOn(MONDAY, weekly, [], 0)).toThrow(RangeError);
  });

  it("reads and writes wall-clock times", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => minutesOf(timeOf(minutes)) === minutes));
    expect(minutesOf("7:00")).toBeNull();
    expect(isTimeRange({ start: "09:00", end: "09:00" })).toBe(false);
    expect(isTimeRange({ start: "09:00", end: "17:00" })).toBe(true);
  });
});

describe("overlapping working hours", () => {
  it("names each range that overlaps an earlier one; touching ranges do not overlap", () => {
    const ranges: TimeRange[] = [
      { start: "09:00", end: "12:00" },
      { start: "11:30", end: "13:00" },
      { start: "12:00", end: "12:30" },
      { start: "13:00", end: "14:00" },
      { start: "08:00", end: "18:00" },
    ];
    expect(overlappingRanges(ranges)).toEqual([1, 2, 4]);
    expect(overlappingRanges([{ start: "13:00", end: "14:00" }, { start: "09:00", end: "13:00" }])).toEqual([]);
  });

  it("leaves malformed ranges to isTimeRange and never counts them as overlapping", () => {
    expect(overlappingRanges([{ start: "10:00", end: "09:00" }, { start: "09:00", end: "11:00" }, { start: "nine", end: "10:00" }])).toEqual([]);
  });

  it("finds an overlap exactly when two well-formed ranges share a minute", () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 })).map(([from, length]): TimeRange => ({ start: timeOf(from), end: timeOf(Math.min(1439, from + length)) }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        const shareAMinute = (minutesOf(a.start) ?? 0) < (minutesOf(b.end) ?? 0) && (minutesOf(b.start) ?? 0) < (minutesOf(a.end) ?? 0);
        return overlappingRanges([a, b]).length === (shareAMinute ? 1 : 0);
      }),
    );
  });
});

describe("the booking window (pathway-rules §7)", () => {
  const schedule = { nextEarliest: plainDate("2026-07-12"), nextDue: plainDate("2026-07-19"), nextLate: plainDate("2026-07-26") };
  it.each([
    ["2026-07-11", "early", true, -8],
    ["2026-07-12", "in-window", false, -7],
    ["2026-07-19", "in-window", false, 0],
    ["2026-07-26", "in-window", false, 7],
    ["2026-07-27", "late", true, 8],
  ])("books %s as %s (reason needed: %s, %s days from due)", (date, timing, needsReason, days) => {
    const check = bookingWindow(plainDate(date), schedule);
    expect([check.timing, check.needsReason, check.daysFromDue]).toEqual([timing, needsReason, days]);
  });

  it("has no window for a first session", () => {
    expect(bookingWindow(MONDAY, null)).toEqual({ timing: "first-session", needsReason: false, window: null, daysFromDue: null });
  });
});
