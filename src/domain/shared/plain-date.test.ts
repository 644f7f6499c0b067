import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addDaysWithinRange, ageOn, isoWeekday, compareDates, daysBetween, daysInMonth, formatDate, fromEpochDay, isPlainDate, isWithin, maxDate, minDate, plainDate, toEpochDay } from "./plain-date.ts";

describe("plain dates (pathway-rules §1)", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-01", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    // One range, years 1 to 9999 (issue 7, finding 4): PostgreSQL has no year 0.
    ["0000-01-01", false],
    ["0000-12-31", false],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["10000-01-01", false],
  ])("recognises %s as a calendar date: %s", (text, expected) => {
    expect(isPlainDate(text)).toBe(expected);
  });

  it("rejects values that are not strings, and throws when a malformed date is branded", () => {
    expect(isPlainDate(20260101)).toBe(false);
    expect(isPlainDate(null)).toBe(false);
    expect(() => plainDate("2026-02-30")).toThrow(RangeError);
  });

  it("knows the length of every month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(formatDate(987, 3, 1)).toBe("0987-03-01");
  });

  it("orders dates and closes ranges at both ends (§1: ranges include both ends)", () => {
    const [a, b] = [plainDate("2026-01-02"), plainDate("2026-01-10")];
    expect([compareDates(a, b), compareDates(b, a), compareDates(a, a)]).toEqual([-1, 1, 0]);
    expect([minDate(a, b), minDate(b, a), maxDate(a, b), maxDate(b, a)]).toEqual([a, a, b, b]);
    expect([isWithin(a, a, b), isWithin(b, a, b), isWithin(plainDate("2026-01-11"), a, b), isWithin(plainDate("2026-01-01"), a, b)]).toEqual([true, true, false, false]);
  });

  it("steps across a leap day", () => {
    expect(addDays(plainDate("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(plainDate("2024-02-29"), 1)).toBe("2024-03-01");
    expect(addDays(plainDate("2026-02-28"), 1)).toBe("2026-03-01");
  });

  it("counts whole days between dates", () => {
    expect(daysBetween(plainDate("2026-02-01"), plainDate("2026-04-26"))).toBe(84);
    expect(toEpochDay(plainDate("1970-01-01"))).toBe(0);
  });

  it("turns 18 on the 18th birthday, not the day before", () => {
    expect(ageOn(plainDate("2008-07-20"), plainDate("2026-07-19"))).toBe(17);
    expect(ageOn(plainDate("2008-07-20"), plainDate("2026-07-20"))).toBe(18);
  });

  it("ages a 29 February birthday on 1 March in common years", () => {
    expect(ageOn(plainDate("2008-02-29"), plainDate("2026-02-28"))).toBe(17);
    expect(ageOn(plainDate("2008-02-29"), plainDate("2026-03-01"))).toBe(18);
    expect(ageOn(plainDate("2008-02-29"), plainDate("2028-02-29"))).toBe(20);
  });

  it("round-trips every epoch day (property)", () => {
    fc.assert(
      // 0001-01-01 .. 9999-12-30: the next day of 9999-12-31 has no four-digit year.
      fc.property(fc.integer({ min: -719_162, max: 2_932_895 }), (n) => {
        const date = fromEpochDay(n);
        return isPlainDate(date) && toEpochDay(date) === n && addDays(date, 1) > date;
      }),
    );
  });

  it("knows the ISO weekday of any date, Monday 1 to Sunday 7", () => {
    expect(["2026-12-07", "2026-12-08", "2026-12-12", "2026-12-13", "1970-01-01", "1969-12-31", "2000-02-29"].map((d) => isoWeekday(plainDate(d)))).toEqual([1, 2, 6, 7, 4, 3, 2]);
    fc.assert(fc.property(fc.integer({ min: -700000, max: 2900000 }), (day) => {
      expect(isoWeekday(addDays(fromEpochDay(day), 7))).toBe(isoWeekday(fromEpochDay(day)));
      expect(isoWeekday(fromEpochDay(day + 1)) % 7).toBe((isoWeekday(fromEpochDay(day)) + 1) % 7);
    }));
  });

  it("holds a derived range within the years 1 to 9999, and adds days like addDays inside it", () => {
    expect(addDaysWithinRange(plainDate("9999-12-20"), 83)).toBe("9999-12-31");
    expect(addDaysWithinRange(plainDate("0001-01-10"), -83)).toBe("0001-01-01");
    expect(() => addDays(plainDate("9999-12-31"), 1)).toThrow(RangeError);
    const first = toEpochDay(plainDate("0001-01-01"));
    const last = toEpochDay(plainDate("9999-12-31"));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -100_000, max: 100_000 }), (n, days) => {
        const moved = addDaysWithinRange(fromEpochDay(n), days);
        const expected = Math.min(last, Math.max(first, n + days));
        return isPlainDate(moved) && toEpochDay(moved) === expected;
      }),
    );
  });
});
