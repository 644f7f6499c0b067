import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "./diary-builders.ts";
import { windowRange, windowsAsOf } from "./windows.ts";

const context = { settings: DEFAULT_SETTINGS };
const A = plainDate("2026-07-20");

describe("28-day windows as of the assessment date (pathway-rules §1)", () => {
  it.each([
    [1, "2026-06-23", "2026-07-20"],
    [2, "2026-05-26", "2026-06-22"],
    [3, "2026-04-28", "2026-05-25"],
  ])("places W%s at [%s, %s]", (n, start, end) => {
    expect(windowRange(A, n)).toEqual({ start, end });
  });

  it("rejects a window number below 1 (programmer error)", () => {
    expect(() => windowRange(A, 0)).toThrow(RangeError);
    expect(() => windowRange(A, 1.5)).toThrow(RangeError);
  });

  it("lists W1-W3 even with an empty diary", () => {
    const windows = windowsAsOf([], A, context);
    expect(windows.map((w) => [w.start, w.end, w.daysRecorded])).toEqual([
      ["2026-06-23", "2026-07-20", 0],
      ["2026-05-26", "2026-06-22", 0],
      ["2026-04-28", "2026-05-25", 0],
    ]);
  });

  it.each([
    ["the first day of W4", addDays(A, -84), 4],
    ["the last day of W3", addDays(A, -83), 3],
    ["a day in W7", addDays(A, -170), 7],
  ])("lists down to the window holding the earliest diary date (%s)", (_label, earliest, count) => {
    expect(windowsAsOf([headacheFreeDay(A), headacheFreeDay(earliest)], A, context)).toHaveLength(count);
  });

  it("ignores entries after the assessment date, for the count of windows as for the counts", () => {
    const diary = [migraineDay(addDays(A, 1)), migraineDay(A), headacheFreeDay(addDays(A, -30))];
    const windows = windowsAsOf(diary, A, context);
    expect(windows[0]).toMatchObject({ daysRecorded: 1, anyHeadacheDays: 1 });
    expect(windows[1]).toMatchObject({ daysRecorded: 1, anyHeadacheDays: 0 });
  });

  it("places each day in its own window across a leap day (W1 ends 2024-03-27 and starts 2024-02-29)", () => {
    const leapA = plainDate("2024-03-27");
    const windows = windowsAsOf([migraineDay(plainDate("2024-02-29")), migraineDay(plainDate("2024-02-28"))], leapA, context);
    expect(windows[0]).toMatchObject({ start: "2024-02-29", end: "2024-03-27", anyHeadacheDays: 1 });
    expect(windows[1]).toMatchObject({ start: "2024-02-01", end: "2024-02-28", anyHeadacheDays: 1 });
  });

  it("spans 28 days over a common-year February (W1 ending 2026-03-27 starts 2026-02-28)", () => {
    expect(windowRange(plainDate("2026-03-27"), 1)).toEqual({ start: "2026-02-28", end: "2026-03-27" });
  });
});
