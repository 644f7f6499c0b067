import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, daysBetween, plainDate } from "../shared/plain-date.ts";
import { ACUTE_MEDICATION_CLASSES, HEADACHE_FEATURES } from "../shared/record.ts";
import type { DiaryDay } from "../shared/record.ts";
import { resolveSettings } from "../shared/settings.ts";
import type { DiaryContext } from "./diary-context.ts";
import { countDays } from "./window-counts.ts";
import type { WindowCounts } from "./window-counts.ts";
import { WINDOW_DAYS, windowsAsOf } from "./windows.ts";

const A = plainDate("2026-07-20");
const COUNT_NAMES = [
  "anyHeadacheDays", "headacheDays", "migraineDays", "moderateSevereDays", "acuteMedicationDays",
  "triptanDays", "ergotDays", "simpleAnalgesicDays", "opioidDays", "combinationAnalgesicDays", "gepantDays", "ditanDays", "otherAcuteDays",
] as const;
const CLASS_COUNTS = COUNT_NAMES.slice(5);

const answersArb = (headache: fc.Arbitrary<boolean>) => fc.record({
  headache,
  hours: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.double({ min: 0, max: 24, noNaN: true })),
  severity: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  features: fc.record(Object.fromEntries(HEADACHE_FEATURES.map((f) => [f, fc.boolean()])) as Record<(typeof HEADACHE_FEATURES)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] }),
  medications: fc.array(fc.record({ class: fc.constantFrom(...ACUTE_MEDICATION_CLASSES), relief: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 3 }),
});
/** Diary days from 5 days after A back to 200 days before it, one per date. */
const diaryArb = fc.uniqueArray(
  fc.tuple(fc.integer({ min: -5, max: 200 }), answersArb(fc.boolean())).map(([back, answers]): DiaryDay => ({ date: addDays(A, -back), ...answers })),
  { selector: (day) => day.date, maxLength: 160 },
);
const contextArb: fc.Arbitrary<DiaryContext> = fc.record({
  birthDate: fc.option(fc.integer({ min: 0, max: 40 * 365 }).map((n) => addDays(plainDate("1990-01-01"), n)), { nil: undefined }),
  settings: fc.record({
    minRecordedDays: fc.integer({ min: 0, max: 28 }),
    headacheDayMinHours: fc.constantFrom(0, 2, 4, 6.5),
    migraineDayRule: fc.constantFrom("probable-counts" as const, "ichd-strict" as const),
  }).map((partial) => resolveSettings(partial)),
});
const shuffled = <T,>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

function expectConsistent(w: WindowCounts): void {
  for (const name of COUNT_NAMES) expect(w[name]).toBeLessThanOrEqual(w.daysRecorded);
  expect(w.headacheDays).toBeLessThanOrEqual(w.anyHeadacheDays);
  expect(w.moderateSevereDays).toBeLessThanOrEqual(w.headacheDays);
  expect(w.migraineDays).toBeLessThanOrEqual(w.anyHeadacheDays);
  for (const name of CLASS_COUNTS) expect(w[name]).toBeLessThanOrEqual(w.acuteMedicationDays);
  expect(w.daysRecorded).toBeLessThanOrEqual(Math.max(0, daysBetween(w.start, w.end) + 1));
}

describe("diary counting invariants (fast-check)", () => {
  it("never counts more days than were recorded, and nests headache counts within each other", () => {
    fc.assert(fc.property(diaryArb, contextArb, (diary, context) => {
      windowsAsOf(diary, A, context).forEach(expectConsistent);
    }));
  });

  it("keeps the same invariants over any range", () => {
    fc.assert(fc.property(diaryArb, contextArb, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 120 }), (diary, context, back, length) => {
      const start = addDays(A, -back);
      expectConsistent(countDays(diary, { start, end: addDays(start, length) }, context));
    }));
  });

  it("tiles the range with 28-day windows, newest first, without gaps or overlaps, losing no day on or before A", () => {
    fc.assert(fc.property(diaryArb, contextArb, (diary, context) => {
      const windows = windowsAsOf(diary, A, context);
      expect(windows.length).toBeGreaterThanOrEqual(3);
      expect(windows[0]?.end).toBe(A);
      windows.forEach((w, i) => {
        expect(daysBetween(w.start, w.end)).toBe(WINDOW_DAYS - 1);
        const older = windows[i + 1];
        if (older) expect(addDays(older.end, 1)).toBe(w.start);
      });
      const onOrBeforeA = diary.filter((d) => d.date <= A);
      expect(windows.reduce((sum, w) => sum + w.daysRecorded, 0)).toBe(onOrBeforeA.length);
      const earliest = onOrBeforeA.map((d) => d.date).sort()[0];
      const oldest = windows[windows.length - 1] as WindowCounts;
      if (earliest !== undefined) expect(oldest.start <= earliest).toBe(true);
      // No window beyond the one holding the earliest date, unless W1-W3 are needed anyway.
      if (windows.length > 3) expect(earliest !== undefined && earliest <= oldest.end).toBe(true);
    }));
  });

  it("does not depend on the order of diary entries", () => {
    fc.assert(fc.property(diaryArb.chain((diary) => fc.tuple(fc.constant(diary), shuffled(diary))), contextArb, ([diary, reordered], context) => {
      expect(windowsAsOf(reordered, A, context)).toEqual(windowsAsOf(diary, A, context));
    }));
  });

  it("never lowers a count when a headache day is added on an unrecorded date", () => {
    fc.assert(fc.property(diaryArb, contextArb, fc.integer({ min: 0, max: 200 }), answersArb(fc.constant(true)), (diary, context, back, answers) => {
      const date = addDays(A, -back);
      fc.pre(!diary.some((d) => d.date === date));
      const before = windowsAsOf(diary, A, context);
      const after = windowsAsOf([...diary, { date, ...answers }], A, context);
      before.forEach((w, i) => {
        for (const name of COUNT_NAMES) expect(after[i]?.[name]).toBeGreaterThanOrEqual(w[name]);
      });
    }));
  });

  it("never lowers a count when a headache-free day becomes a headache day", () => {
    fc.assert(fc.property(diaryArb, contextArb, fc.nat(), answersArb(fc.constant(true)), (diary, context, pick, answers) => {
      const free = diary.filter((d) => !d.headache);
      fc.pre(free.length > 0);
      const target = free[pick % free.length] as DiaryDay;
      const upgraded = diary.map((d) => (d === target ? { ...d, ...answers, medications: d.medications } : d));
      const before = windowsAsOf(diary, A, context);
      const after = windowsAsOf(upgraded, A, context);
      before.forEach((w, i) => {
        for (const name of COUNT_NAMES) expect(after[i]?.[name]).toBeGreaterThanOrEqual(w[name]);
      });
    }));
  });
});
