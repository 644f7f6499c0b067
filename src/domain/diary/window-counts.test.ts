import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { consecutiveDays, headacheFreeDay, migraineDay } from "./diary-builders.ts";
import { countDays, countMatchingDays } from "./window-counts.ts";

const context = { settings: DEFAULT_SETTINGS };
const start = plainDate("2026-01-01");
const end = plainDate("2026-01-28");
const range = { start, end };

describe("counting a range of diary days (pathway-rules §1-2)", () => {
  it.each([
    [19, false],
    [20, true],
    [28, true],
    [0, false],
  ])("calls a 28-day window with %s recorded days complete: %s", (recorded, complete) => {
    const diary = consecutiveDays(start, recorded, (date) => headacheFreeDay(date));
    const counts = countDays(diary, range, context);
    expect(counts.daysRecorded).toBe(recorded);
    expect(counts.complete).toBe(complete);
  });

  it("uses the configured minRecordedDays", () => {
    const diary = consecutiveDays(start, 20, (date) => headacheFreeDay(date));
    expect(countDays(diary, range, { settings: resolveSettings({ minRecordedDays: 21 }) }).complete).toBe(false);
    expect(countDays([], range, { settings: resolveSettings({ minRecordedDays: 0 }) }).complete).toBe(true);
  });

  it("counts both ends of the range and nothing outside it", () => {
    const diary = [addDays(start, -1), start, end, addDays(end, 1)].map((date) => migraineDay(date));
    const counts = countDays(diary, range, context);
    expect(counts).toMatchObject({ start, end, daysRecorded: 2, anyHeadacheDays: 2, headacheDays: 2, migraineDays: 2 });
  });

  it("counts raw days over recorded days without rescaling, leaving unrecorded days unknown", () => {
    const diary = consecutiveDays(start, 14, (date) => migraineDay(date));
    const counts = countDays(diary, range, context);
    expect(counts).toMatchObject({ daysRecorded: 14, complete: false, anyHeadacheDays: 14, headacheDays: 14 });
  });

  it("fills every count of the contract from a mixed window", () => {
    const diary: DiaryDay[] = [
      migraineDay(plainDate("2026-01-01"), { medications: [{ class: "triptan", relief: true }] }),
      migraineDay(plainDate("2026-01-02"), { hours: 3, severity: 1, features: {}, medications: [{ class: "simple-analgesic" }, { class: "opioid" }] }),
      migraineDay(plainDate("2026-01-03"), { severity: 1, features: { unilateral: true } }),
      headacheFreeDay(plainDate("2026-01-04"), { medications: [{ class: "gepant" }] }),
      headacheFreeDay(plainDate("2026-01-05"), { medications: [{ class: "ergot" }, { class: "ditan" }, { class: "combination-analgesic" }, { class: "other" }] }),
      headacheFreeDay(plainDate("2026-01-06")),
    ];
    expect(countDays(diary, range, context)).toEqual({
      start, end, daysRecorded: 6, complete: false,
      anyHeadacheDays: 3, headacheDays: 2, migraineDays: 1, moderateSevereDays: 1, acuteMedicationDays: 4,
      triptanDays: 1, ergotDays: 1, simpleAnalgesicDays: 1, opioidDays: 1, combinationAnalgesicDays: 1,
      gepantDays: 1, ditanDays: 1, otherAcuteDays: 1,
    });
  });

  it("counts any range, not only 28 days", () => {
    const diary = consecutiveDays(start, 60, (date) => migraineDay(date));
    expect(countDays(diary, { start: plainDate("2026-01-10"), end: plainDate("2026-02-20") }, context).headacheDays).toBe(42);
  });

  it("counts the days a custom test selects", () => {
    const diary = [
      migraineDay(plainDate("2026-01-01"), { medications: [{ class: "triptan" }] }),
      migraineDay(plainDate("2026-01-02"), { medications: [{ class: "gepant" }] }),
      migraineDay(plainDate("2026-02-02"), { medications: [{ class: "triptan" }] }),
    ];
    expect(countMatchingDays(diary, range, context, (day) => day.triptan)).toBe(1);
  });
});
