import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { assessWearingOff } from "./wearing-off.ts";

// Session S = 2026-02-01. Without a next session the cycle ends at C = S+84 = 2026-04-26:
// early part [S+1, S+56] = [2026-02-02, 2026-03-28] (56 days), late part [S+57, C] = [2026-03-29, 2026-04-26] (28 days).
const S = plainDate("2026-02-01");
const C = addDays(S, 84);

interface Part { readonly headache: number; readonly recorded: number }
/** Diary for one cycle: in each part the first `headache` recorded days are headache days. */
function cycleDiary(early: Part, late: Part, lateLength = 28): DiaryDay[] {
  const part = (start: PlainDate, { headache, recorded }: Part) =>
    Array.from({ length: recorded }, (_, i) => (i < headache ? migraineDay(addDays(start, i)) : headacheFreeDay(addDays(start, i))));
  if (late.recorded > lateLength) throw new Error("test setup: more recorded days than the late part has");
  return [...part(addDays(S, 1), early), ...part(addDays(S, 57), late)];
}
const judge = (diary: DiaryDay[], { asOf = C, sessions = [S], settings = DEFAULT_SETTINGS }: { asOf?: PlainDate; sessions?: PlainDate[]; settings?: typeof DEFAULT_SETTINGS } = {}) =>
  assessWearingOff({ asOf, diary, sessions: sessions.map((date) => ({ date })), context: { settings } });

describe("wearing-off signal (pathway-rules §8)", () => {
  it("reports the contract's example: early 20/56 = 0.357, late 14/28 = 0.5, signal true", () => {
    expect(judge(cycleDiary({ headache: 20, recorded: 56 }, { headache: 14, recorded: 28 }))).toEqual([
      { sessionDate: "2026-02-01", earlyRate: 0.357, lateRate: 0.5, signal: true },
    ]);
  });

  it.each([
    [7, true, "0.35 against 0.25: a rise of exactly 0.10"],
    [6, false, "0.30 against 0.25: a rise of 0.05"],
  ])("with 14 of 56 early days and %s of 20 late days the signal is %s (%s)", (lateHeadache, expected) => {
    const [result] = judge(cycleDiary({ headache: 14, recorded: 56 }, { headache: lateHeadache, recorded: 20 }));
    expect(result?.signal).toBe(expected);
  });

  it("is false when the late rate is lower", () => {
    expect(judge(cycleDiary({ headache: 30, recorded: 56 }, { headache: 2, recorded: 28 }))[0]?.signal).toBe(false);
  });

  it("uses the configured wearingOffMinRise", () => {
    const settings = resolveSettings({ wearingOffMinRise: 0.05 });
    expect(judge(cycleDiary({ headache: 14, recorded: 56 }, { headache: 6, recorded: 20 }), { settings })[0]?.signal).toBe(true);
  });

  it("lists no entry until the cycle has ended (C <= A)", () => {
    const diary = cycleDiary({ headache: 20, recorded: 56 }, { headache: 14, recorded: 28 });
    expect(judge(diary, { asOf: addDays(C, -1) })).toEqual([]);
    expect(judge(diary, { asOf: C })).toHaveLength(1);
  });

  it.each([
    [71, 14, "judged"],
    [70, 13, "null"],
  ])("ends the cycle the day before a next session on day %s: a late part of %s days is %s", (nextDay, lateLength, outcome) => {
    const next = addDays(S, nextDay);
    const diary = cycleDiary({ headache: 10, recorded: 56 }, { headache: lateLength, recorded: lateLength }, lateLength);
    const [result] = judge(diary, { asOf: next, sessions: [S, next] });
    expect(result?.signal).toBe(outcome === "judged" ? true : null);
    expect(result?.lateRate).toBe(1);
  });

  it("ignores a next session after A when ending the cycle", () => {
    const diary = cycleDiary({ headache: 10, recorded: 56 }, { headache: 20, recorded: 28 });
    const [result] = judge(diary, { asOf: C, sessions: [S, addDays(C, 1)] });
    expect(result).toMatchObject({ lateRate: 0.714, signal: true });
  });

  it.each([
    [40, 20, "judged"], // 40/56 = 71%; 20/28 = 71%
    [39, 20, "null"], // 39/56 = 69.6%
    [40, 19, "null"], // 19/28 = 67.9%
  ])("with %s early and %s late recorded days the signal is %s (70 percent of each part recorded)", (early, late, outcome) => {
    const [result] = judge(cycleDiary({ headache: 0, recorded: early }, { headache: 10, recorded: late }));
    expect(result?.signal === null ? "null" : "judged").toBe(outcome);
  });

  it("reports a null rate for a part with no recorded day, and a null signal", () => {
    expect(judge(cycleDiary({ headache: 5, recorded: 50 }, { headache: 0, recorded: 0 }))).toEqual([
      { sessionDate: "2026-02-01", earlyRate: 0.1, lateRate: null, signal: null },
    ]);
  });

  it("reports a rate even when the signal is null", () => {
    expect(judge(cycleDiary({ headache: 1, recorded: 16 }, { headache: 0, recorded: 28 }))[0]).toMatchObject({ earlyRate: 0.063, lateRate: 0, signal: null });
  });

  it("lists one entry per session whose cycle has ended, in date order, whatever the input order", () => {
    const second = addDays(S, 84);
    const third = addDays(second, 84);
    const result = judge([], { asOf: addDays(third, 10), sessions: [third, S, second] });
    expect(result.map((r) => r.sessionDate)).toEqual(["2026-02-01", "2026-04-26"]);
    expect(result[0]).toEqual({ sessionDate: "2026-02-01", earlyRate: null, lateRate: null, signal: null });
  });

  it("gives a session followed the next day by another an empty cycle, never judged", () => {
    const next = addDays(S, 1);
    expect(judge([], { asOf: next, sessions: [S, next] })).toEqual([{ sessionDate: S, earlyRate: null, lateRate: null, signal: null }]);
  });

  it("does not judge a late part with no recorded day even when no share is required", () => {
    const settings = resolveSettings({ wearingOffMinRecordedShare: 0 });
    expect(judge(cycleDiary({ headache: 5, recorded: 56 }, { headache: 0, recorded: 0 }), { settings })[0]?.signal).toBeNull();
  });
});
