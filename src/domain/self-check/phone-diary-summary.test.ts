import { describe, expect, it } from "vitest";
import { consecutiveDays, headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { countDays } from "../diary/window-counts.ts";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { phoneDiaryPeriod, summarizePhoneDiary } from "./phone-diary-summary.ts";

const start = plainDate("2026-07-01");

describe("the phone diary's summary (issue 9 §5)", () => {
  it("covers the 28 days from the first recorded day, or from today when empty", () => {
    expect(phoneDiaryPeriod([], start)).toEqual({ start, end: plainDate("2026-07-28") });
    const days: DiaryDay[] = [headacheFreeDay(plainDate("2026-07-05")), headacheFreeDay(plainDate("2026-07-03"))];
    expect(phoneDiaryPeriod(days, plainDate("2026-07-20"))).toEqual({ start: plainDate("2026-07-03"), end: plainDate("2026-07-30") });
  });

  it("counts exactly as the clinic's window counts do", () => {
    const diary = [
      ...consecutiveDays(start, 10, (date) => migraineDay(date)),
      ...consecutiveDays(addDays(start, 10), 8, (date) => headacheFreeDay(date)),
    ];
    const summary = summarizePhoneDiary(diary, plainDate("2026-07-20"));
    expect(summary.counts).toEqual(countDays(diary, { start, end: plainDate("2026-07-28") }, { settings: DEFAULT_SETTINGS }));
    expect(summary.counts.daysRecorded).toBe(18);
    expect(summary.counts.migraineDays).toBe(10);
  });

  it("counts short headaches as headache days of any length only, and medicines by class", () => {
    const diary: DiaryDay[] = [
      { date: start, headache: true, hours: 2, severity: 1, medications: [{ class: "simple-analgesic" }] },
      { date: addDays(start, 1), headache: true, hours: 6, severity: 3, features: { nausea: true, pulsating: true }, medications: [{ class: "triptan", relief: true }] },
      { date: addDays(start, 2), headache: false },
    ];
    const { counts } = summarizePhoneDiary(diary, addDays(start, 2));
    expect(counts).toMatchObject({ daysRecorded: 3, anyHeadacheDays: 2, headacheDays: 1, migraineDays: 1, acuteMedicationDays: 2, simpleAnalgesicDays: 1, triptanDays: 1 });
  });

  it("leaves out days after the 28th", () => {
    const diary = consecutiveDays(start, 35, (date) => migraineDay(date));
    const { counts } = summarizePhoneDiary(diary, addDays(start, 40));
    expect(counts.daysRecorded).toBe(28);
    expect(counts.complete).toBe(true);
  });
});
