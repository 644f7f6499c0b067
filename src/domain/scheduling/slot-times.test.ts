import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { slotStart, slotsAfter } from "./slot-times.ts";

describe("a slot's instant in the clinic's zone", () => {
  it("turns a local slot time into the instant, across summer and winter time", () => {
    expect(new Date(slotStart(plainDate("2026-07-20"), "10:30", "Europe/London")).toISOString()).toBe("2026-07-20T09:30:00.000Z");
    expect(new Date(slotStart(plainDate("2026-12-08"), "10:30", "Europe/London")).toISOString()).toBe("2026-12-08T10:30:00.000Z");
    expect(new Date(slotStart(plainDate("2026-12-08"), "09:00", "America/New_York")).toISOString()).toBe("2026-12-08T14:00:00.000Z");
    expect(() => slotStart(plainDate("2026-12-08"), "9:00", "Europe/London")).toThrow(RangeError);
  });

  it("keeps only the slots that start after now: a slot already begun is past", () => {
    const date = plainDate("2026-07-20");
    const now = Date.UTC(2026, 6, 20, 9, 45);
    expect(slotsAfter(date, ["09:00", "10:30", "10:45", "11:00"], "Europe/London", now)).toEqual(["11:00"]);
    expect(slotsAfter(plainDate("2026-07-21"), ["09:00"], "Europe/London", now)).toEqual(["09:00"]);
    expect(slotsAfter(plainDate("2026-07-19"), ["16:00"], "Europe/London", now)).toEqual([]);
  });
});
