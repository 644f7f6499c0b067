import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { onTimeRate, treatmentSchedule } from "./treatment-schedule.ts";

const S = plainDate("2026-02-01");
const sessionsAt = (...offsets: number[]) => offsets.map((o) => ({ date: addDays(S, o) }));

describe("treatment schedule (pathway-rules §7)", () => {
  it("sets next earliest, due and late at S+77, S+84 and S+91 after the last session", () => {
    const schedule = treatmentSchedule(sessionsAt(0, 84), plainDate("2026-07-20"), DEFAULT_SETTINGS);
    expect(schedule).toEqual({
      sessions: 2,
      firstDate: "2026-02-01",
      lastDate: "2026-04-26",
      nextEarliest: "2026-07-12",
      nextDue: "2026-07-19",
      nextLate: "2026-07-26",
      overdue: false,
      onTimeRate: 1,
    });
  });

  it("is not overdue on the late date and is overdue the day after", () => {
    expect(treatmentSchedule(sessionsAt(0), addDays(S, 91), DEFAULT_SETTINGS)?.overdue).toBe(false);
    expect(treatmentSchedule(sessionsAt(0), addDays(S, 92), DEFAULT_SETTINGS)?.overdue).toBe(true);
  });

  it("is null without a session on or before the assessment date", () => {
    expect(treatmentSchedule([], S, DEFAULT_SETTINGS)).toBeNull();
    expect(treatmentSchedule(sessionsAt(1), S, DEFAULT_SETTINGS)).toBeNull();
  });

  it("ignores sessions after the assessment date and counts one on it", () => {
    const schedule = treatmentSchedule(sessionsAt(84, 0, 170), addDays(S, 84), DEFAULT_SETTINGS);
    expect(schedule).toMatchObject({ sessions: 2, firstDate: S, lastDate: addDays(S, 84), onTimeRate: 1 });
  });

  it("has no on-time rate with a single session", () => {
    expect(treatmentSchedule(sessionsAt(0), S, DEFAULT_SETTINGS)?.onTimeRate).toBeNull();
  });

  it("counts an interval of 91 days as on time and 92 as late", () => {
    expect(treatmentSchedule(sessionsAt(0, 91), addDays(S, 91), DEFAULT_SETTINGS)?.onTimeRate).toBe(1);
    expect(treatmentSchedule(sessionsAt(0, 92), addDays(S, 92), DEFAULT_SETTINGS)?.onTimeRate).toBe(0);
    expect(treatmentSchedule(sessionsAt(0, 91, 183, 260), addDays(S, 260), DEFAULT_SETTINGS)?.onTimeRate).toBe(2 / 3);
  });

  it("uses the clinic's settings", () => {
    const settings = resolveSettings({ minIntervalDays: 70, nextDueDays: 80, nextLateDays: 84 });
    expect(treatmentSchedule(sessionsAt(0, 85), addDays(S, 85), settings)).toMatchObject({
      nextEarliest: addDays(S, 155),
      nextDue: addDays(S, 165),
      nextLate: addDays(S, 169),
      onTimeRate: 0,
    });
  });

  it("keeps the on-time rate between 0 and 1 and counts exactly the short-enough gaps (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 10 }), (gaps) => {
        const dates = [S];
        for (const gap of gaps) dates.push(addDays(dates[dates.length - 1]!, gap));
        const rate = onTimeRate(dates, 91);
        return rate !== null && rate >= 0 && rate <= 1 && rate === gaps.filter((g) => g <= 91).length / gaps.length;
      }),
    );
  });
});
