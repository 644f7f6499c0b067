/**
 * An independent audit of pathway-rules §7 (scheduling) and the date rules of §6 it shares
 * (cumulative window, interval), each boundary on both sides.
 */
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { cumulativeToxinUnits } from "./cumulative-dose.ts";
import { intervalSincePreviousSession } from "./session-interval.ts";
import { treatmentSchedule } from "./treatment-schedule.ts";

const S = plainDate("2026-03-01");
const at = (offset: number): PlainDate => addDays(S, offset);
const sessionsAt = (...offsets: number[]) => offsets.map((offset) => ({ date: at(offset) }));

describe("pathway-rules §7 audit: the schedule after the last session on or before A", () => {
  it("sets nextEarliest S+77, nextDue S+84, nextLate S+91 from the last session on or before A, ignoring later ones", () => {
    const schedule = treatmentSchedule(sessionsAt(-84, 0, 10), at(5), DEFAULT_SETTINGS);
    expect(schedule).toEqual({
      sessions: 2, firstDate: at(-84), lastDate: S,
      nextEarliest: at(77), nextDue: at(84), nextLate: at(91), overdue: false, onTimeRate: 1,
    });
  });

  it.each([
    [91, false],
    [92, true],
  ])("is overdue on S + %i: %s (A > nextLate)", (offset, overdue) => {
    expect(treatmentSchedule(sessionsAt(0), at(offset), DEFAULT_SETTINGS)?.overdue).toBe(overdue);
  });

  it("uses configured minIntervalDays, nextDueDays and nextLateDays", () => {
    const settings = resolveSettings({ minIntervalDays: 70, nextDueDays: 80, nextLateDays: 100 });
    const schedule = treatmentSchedule(sessionsAt(0), at(100), settings);
    expect(schedule).toMatchObject({ nextEarliest: at(70), nextDue: at(80), nextLate: at(100), overdue: false });
    expect(treatmentSchedule(sessionsAt(0), at(101), settings)?.overdue).toBe(true);
  });

  it("is null when the only sessions are after A, and counts a session on A", () => {
    expect(treatmentSchedule(sessionsAt(1), S, DEFAULT_SETTINGS)).toBeNull();
    expect(treatmentSchedule(sessionsAt(0), S, DEFAULT_SETTINGS)).toMatchObject({ sessions: 1, lastDate: S, onTimeRate: null });
  });

  describe("on-time rate: share of intervals of at most nextLateDays", () => {
    it.each<[string, number[], number | null]>([
      ["one session", [0], null],
      ["an interval of 91 days", [0, 91], 1],
      ["an interval of 92 days", [0, 92], 0],
      ["91 then 92 days", [0, 91, 183], 0.5],
      ["84, 200 and 77 days", [0, 84, 284, 361], 2 / 3],
      ["sessions given out of order (84 then 92)", [176, 0, 84], 0.5],
    ])("%s: %s", (_, offsets, expected) => {
      const last = Math.max(...offsets);
      expect(treatmentSchedule(sessionsAt(...offsets), at(last), DEFAULT_SETTINGS)?.onTimeRate).toBe(expected);
    });

    it("leaves out the interval to a session after A", () => {
      expect(treatmentSchedule(sessionsAt(0, 84, 300), at(100), DEFAULT_SETTINGS)?.onTimeRate).toBe(1);
    });

    it("uses a configured nextLateDays", () => {
      expect(treatmentSchedule(sessionsAt(0, 95), at(95), resolveSettings({ nextLateDays: 95 }))?.onTimeRate).toBe(1);
      expect(treatmentSchedule(sessionsAt(0, 95), at(95), resolveSettings({ nextLateDays: 94 }))?.onTimeRate).toBe(0);
    });
  });
});

describe("pathway-rules §6 audit, dates: cumulative window and interval", () => {
  it.each([
    [92, -91, 100],
    [92, -92, 0],
    [92, 0, 100],
    [92, 1, 0],
    [84, -83, 100],
    [84, -84, 0],
    [1, 0, 100],
    [1, -1, 0],
  ])("with a %i-day window, counts a dose on D%+i: %i U", (windowDays, offset, units) => {
    expect(cumulativeToxinUnits(S, [{ date: at(offset), units: 100 }], windowDays).totalUnits).toBe(units);
  });

  it("names the window [D-91, D] by default", () => {
    expect(cumulativeToxinUnits(S, [], DEFAULT_SETTINGS.cumulativeDoseWindowDays)).toMatchObject({ windowStart: at(-91), windowEnd: S });
  });

  it("compares with the previous session only, ignoring later and same-day dates", () => {
    expect(intervalSincePreviousSession(S, [at(-200), at(-76), at(0), at(5)], 77)).toEqual({ previousDate: at(-76), days: 76, tooShort: true });
    expect(intervalSincePreviousSession(S, [at(-77), at(3)], 77)).toEqual({ previousDate: at(-77), days: 77, tooShort: false });
    expect(intervalSincePreviousSession(S, [at(0), at(3)], 77)).toBeNull();
  });
});
