/**
 * An independent audit of the shared ground of pathway-rules: §1 dates and ages, and every value
 * marked "(config)" with its default and its exact name.
 */
import { describe, expect, it } from "vitest";
import { addDays, ageOn, daysBetween, isPlainDate, isWithin, plainDate } from "./plain-date.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "./settings.ts";

describe("pathway-rules audit: every (config) value, named and defaulted as the rules say", () => {
  const RULES_DEFAULTS = {
    minRecordedDays: 20, // §1
    headacheDayMinHours: 4, // §2
    migraineDayRule: "probable-counts", // §2
    attestedHistoryMinDays: 90, // §3
    minPreventiveTrialDays: 60, // §5
    maxSessionUnits: 195, // §6
    cumulativeDoseWindowDays: 92, // §6
    cumulativeDoseMaxUnits: 400, // §6
    minIntervalDays: 77, // §6, §7
    nextDueDays: 84, // §7
    nextLateDays: 91, // §7
    pauseReassessDays: 120, // §8
    wearingOffMinRise: 0.1, // §8
    wearingOffMinRecordedShare: 0.7, // §8
  };

  it("has exactly the configurable values of the rules, with their defaults", () => {
    expect({ ...DEFAULT_SETTINGS }).toEqual(RULES_DEFAULTS);
  });

  it("treats null as the default and keeps a clinic's value", () => {
    expect(resolveSettings({ minRecordedDays: null, migraineDayRule: "ichd-strict" })).toEqual({ ...RULES_DEFAULTS, migraineDayRule: "ichd-strict" });
  });
});

describe("pathway-rules §1 audit: dates and ages", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2026-03-29", 1, "2026-03-30"], // a European DST change: whole days, no time zones
    ["2026-11-01", 1, "2026-11-02"], // a US DST change
    ["2026-01-01", -1, "2025-12-31"],
    ["2100-02-28", 1, "2100-03-01"], // 2100 is not a leap year
    ["2000-02-28", 1, "2000-02-29"], // 2000 is
  ])("steps %s by %i day to %s", (from, days, to) => {
    expect(addDays(plainDate(from), days)).toBe(to);
    expect(daysBetween(plainDate(from), plainDate(to))).toBe(days);
  });

  it("includes both ends of a range [X, Y]", () => {
    const [x, y] = [plainDate("2026-01-04"), plainDate("2026-01-31")];
    expect([isWithin(x, x, y), isWithin(y, x, y), isWithin(addDays(x, -1), x, y), isWithin(addDays(y, 1), x, y)]).toEqual([true, true, false, false]);
  });

  it.each([
    ["1990-06-15", "2026-06-14", 35],
    ["1990-06-15", "2026-06-15", 36],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2008-02-29", "2028-02-28", 19],
    ["2008-02-29", "2028-02-29", 20],
    ["2008-12-31", "2026-12-30", 17],
    ["2008-12-31", "2026-12-31", 18],
  ])("gives someone born %s an age in completed years on %s: %i", (birth, on, age) => {
    expect(ageOn(plainDate(birth), plainDate(on))).toBe(age);
  });

  it.each(["2026-02-29", "2026-13-01", "2026-1-01", "2026-01-01T00:00:00Z", "20260101"])("rejects %j as a plain date", (text) => {
    expect(isPlainDate(text)).toBe(false);
  });
});
