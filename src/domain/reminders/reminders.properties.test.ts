import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, plainDate, type PlainDate } from "../shared/plain-date.ts";
import { localDateAt } from "../shared/local-date.ts";
import { clockMinutes, isQuietAt, outOfQuietHours, type QuietHours } from "./quiet-hours.ts";
import type { ReminderSettings } from "./reminder-settings.ts";
import { remindersDue, type RemindersInput } from "./reminders-due.ts";

const ZONES = ["Europe/London", "America/New_York", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Auckland", "UTC"];
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const quietArb: fc.Arbitrary<QuietHours | null> = fc.option(fc.record({ start: clock, end: clock }), { nil: null });
/** Instants over two years, so both sides of every DST change are met. */
const instant = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") });

const settingsArb: fc.Arbitrary<ReminderSettings> = fc.record({
  diary: fc.boolean(),
  diaryTime: clock,
  visits: fc.boolean(),
  questionnaires: fc.boolean(),
  quietHours: quietArb,
  push: fc.boolean(),
  email: fc.boolean(),
});

const inputArb: fc.Arbitrary<RemindersInput> = fc
  .record({ settings: settingsArb, timeZone: fc.constantFrom(...ZONES), nowMs: instant, logged: fc.subarray([0, -1]), visitOffsetsMin: fc.array(fc.integer({ min: -600, max: 3000 }), { maxLength: 3 }), questionnaires: fc.boolean() })
  .map(({ settings, timeZone, nowMs, logged, visitOffsetsMin, questionnaires }) => {
    const today = localDateAt(nowMs, timeZone);
    return {
      patientId: "p1",
      settings,
      timeZone,
      nowMs,
      loggedDates: logged.map((offset) => addDays(today, offset)),
      visits: visitOffsetsMin.map((minutes, index) => ({ id: `v${index}`, startsAtMs: nowMs + minutes * 60_000 })),
      questionnaires: questionnaires ? { instruments: ["HIT-6"] as const, visitDate: null } : null,
    };
  });

describe("quiet hours: invariants in any zone, across DST (fast-check)", () => {
  it("never moves a reminder earlier, never leaves it in quiet hours, and leaves one outside them alone", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), quietArb, (at, zone, quiet) => {
        const moved = outOfQuietHours(at, zone, quiet);
        expect(moved).toBeGreaterThanOrEqual(at);
        expect(isQuietAt(moved, zone, quiet)).toBe(false);
        if (!isQuietAt(at, zone, quiet)) expect(moved).toBe(at);
        // A night lasts less than a day (plus an hour for a DST change).
        expect(moved - at).toBeLessThanOrEqual(25 * 3600_000);
      }),
    );
  });
});

describe("which reminders are due: invariants (fast-check)", () => {
  it("sends nothing in quiet hours, nothing stopped, nothing about a day logged, and no key twice", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const due = remindersDue(input);
        if (isQuietAt(input.nowMs, input.timeZone, input.settings.quietHours)) expect(due).toEqual([]);
        for (const reminder of due) {
          expect(input.settings[reminder.kind === "diary" ? "diary" : reminder.kind === "visit" ? "visits" : "questionnaires"]).toBe(true);
          expect(reminder.dueAtMs).toBeLessThanOrEqual(input.nowMs);
          expect(reminder.link.startsWith("/")).toBe(true);
          if (reminder.kind === "diary") {
            const date = reminder.key.split(":")[2] as PlainDate;
            expect(input.loggedDates.includes(date)).toBe(false);
          }
        }
        expect(new Set(due.map((r) => r.key)).size).toBe(due.length);
      }),
    );
  });

  it("keeps a day's diary key the same all the time it is due (so the job queues it once)", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 300 }), (input, laterMin) => {
        const later = { ...input, nowMs: input.nowMs + laterMin * 60_000 };
        const first = remindersDue(input).filter((r) => r.kind === "diary");
        const second = remindersDue(later).filter((r) => r.kind === "diary");
        for (const reminder of second) {
          const again = first.find((r) => r.key === reminder.key);
          if (again !== undefined) expect(again).toEqual(reminder);
        }
      }),
    );
  });

  it("sends a day's diary reminder at some moment of that day or the next morning, while it is on and not logged", () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 700 }), (settings, zone, dayOffset) => {
        // At least four waking hours a day, so a 5-minute job cannot step over them.
        const q = settings.quietHours;
        if (q !== null) fc.pre((clockMinutes(q.end) - clockMinutes(q.start) + 1440) % 1440 <= 20 * 60);
        const date = addDays(plainDate("2026-01-01"), dayOffset);
        const on = { ...settings, diary: true };
        // Walk the day and the next in 5-minute steps, as the job does.
        const start = Date.parse(`${date}T00:00:00Z`) - 14 * 3600_000;
        let sent = 0;
        for (let at = start; at < start + 62 * 3600_000; at += 5 * 60_000) {
          if (remindersDue({ patientId: "p1", settings: on, timeZone: zone, nowMs: at, loggedDates: [], visits: [], questionnaires: null }).some((r) => r.key === `diary:p1:${date}`)) sent += 1;
        }
        expect(sent).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
    // 40 days walked in 5-minute steps through time-zone arithmetic: seconds on a busy machine.
  }, 60_000);
});
