/**
 * An independent audit of wearing-off, and of §1 (nothing dated after A moves a figure) in §8.
 * pathway-rules §8, sentence by sentence, on boundaries the module's own tests leave implicit.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import { POLICIES } from "../shared/record.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { assessResponse } from "./assess-response.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";
import { assessWearingOff } from "./wearing-off.ts";
import { Diary, F, day } from "./rules-audit-test-support.ts";

describe("pathway-rules §8 audit: wearing-off", () => {
  const S = F;
  const context = { settings: DEFAULT_SETTINGS };
  const wear = (asOf: PlainDate, diary: Diary, sessions: readonly PlainDate[] = [S], settings = DEFAULT_SETTINGS) =>
    assessWearingOff({ asOf, diary: diary.all, sessions: sessions.map((date) => ({ date })), context: { settings } });
  /** Early part [S+1, S+56] and late part [S+57, S+84]. */
  const cycle = (early: number, late: number, earlyRecorded = 56, lateRecorded = 28) =>
    new Diary().fill(day(1), 56, early, earlyRecorded).fill(day(57), 28, late, lateRecorded);

  it("lists a cycle once it has ended: not on S + 83, on S + 84", () => {
    expect(wear(day(83), cycle(14, 10))).toEqual([]);
    expect(wear(day(84), cycle(14, 10))).toEqual([{ sessionDate: S, earlyRate: 0.25, lateRate: 0.357, signal: true }]);
  });

  it.each([
    [10, true], // 0.357 - 0.25 = 0.107
    [9, false], // 0.321 - 0.25 = 0.071
  ])("with 14 of 56 early and %i of 28 late headache days, signals %s", (late, expected) => {
    expect(wear(day(84), cycle(14, late))[0]?.signal).toBe(expected);
  });

  it("signals true at a rise of exactly 0.10 (0.2 to 0.3) and false just below (0.225 to 0.3)", () => {
    expect(wear(day(84), cycle(8, 6, 40, 20))[0]).toMatchObject({ earlyRate: 0.2, lateRate: 0.3, signal: true });
    expect(wear(day(84), cycle(9, 6, 40, 20))[0]).toMatchObject({ earlyRate: 0.225, lateRate: 0.3, signal: false });
  });

  it.each([
    ["late part 20 of 28 recorded", 56, 20, false],
    ["late part 19 of 28 recorded", 56, 19, true],
    ["early part 40 of 56 recorded", 40, 28, false],
    ["early part 39 of 56 recorded", 39, 28, true],
  ])("needs 70%% of each part recorded: %s -> signal null %s", (_, earlyRecorded, lateRecorded, isNull) => {
    const entry = wear(day(84), cycle(0, 28, earlyRecorded, lateRecorded))[0];
    expect(entry?.signal === null).toBe(isNull);
    expect(entry?.earlyRate).toBe(0);
    expect(entry?.lateRate).toBe(1);
  });

  it("uses a configured wearingOffMinRecordedShare", () => {
    const settings = resolveSettings({ wearingOffMinRecordedShare: 0.5 });
    expect(wear(day(84), cycle(0, 14, 28, 14), [S], settings)[0]?.signal).toBe(true);
    expect(wear(day(84), cycle(0, 13, 27, 13), [S], settings)[0]?.signal).toBeNull();
  });

  it.each([
    ["the next session on S + 70: late part [S+57, S+69], 13 days", 70, true],
    ["the next session on S + 71: late part [S+57, S+70], 14 days", 71, false],
  ])("ends the cycle the day before the next session: %s -> signal null %s", (_, next, isNull) => {
    const diary = new Diary().fill(day(1), 56, 0).fill(day(57), 28, 28);
    const entries = wear(day(next), diary, [S, day(next)]);
    expect(entries).toHaveLength(1); // the second session's cycle has not ended
    expect(entries[0]?.signal === null).toBe(isNull);
    expect(entries[0]?.lateRate).toBe(1);
  });

  it("ignores a next session after A: on S + 84 with one on S + 85, the cycle ends on S + 84", () => {
    expect(wear(day(84), cycle(14, 10), [S, day(85)])).toEqual([{ sessionDate: S, earlyRate: 0.25, lateRate: 0.357, signal: true }]);
  });

  it("lists nothing on S + 79 when a next session on S + 80 is after A (the cycle ends on S + 84)", () => {
    expect(wear(day(79), cycle(14, 10), [S, day(80)])).toEqual([]);
  });

  it("caps the cycle at S + 84 when the next session is later (days after S + 84 are not counted)", () => {
    const diary = cycle(14, 10).fill(day(85), 10, 10);
    expect(wear(day(100), diary, [S, day(95)])[0]).toMatchObject({ lateRate: 0.357 });
  });

  it("rounds each rate half away from zero to 3 decimals, reporting rates even when the signal is null", () => {
    // Early: 3 of 48 recorded = 0.0625; late: 5 of 16 recorded = 0.3125 (16 of 28 is under 70%).
    expect(wear(day(84), cycle(3, 5, 48, 16))).toEqual([{ sessionDate: S, earlyRate: 0.063, lateRate: 0.313, signal: null }]);
  });

  it("reports a null rate for a part with no recorded day", () => {
    expect(wear(day(84), cycle(2, 0, 56, 0))).toEqual([{ sessionDate: S, earlyRate: 0.036, lateRate: null, signal: null }]);
  });

  it("counts headache days (at least headacheDayMinHours), not days with any headache", () => {
    const diary = new Diary().fill(day(1), 56, 0).shortHeadaches(day(57), day(84), 28);
    expect(wear(day(84), diary)[0]).toMatchObject({ lateRate: 0, signal: false });
    expect(wear(day(84), diary, [S], resolveSettings({ headacheDayMinHours: 2 }))[0]).toMatchObject({ lateRate: 1, signal: true });
  });

  it("lists one entry per ended cycle in date order and none for a session after A", () => {
    const diary = new Diary().fill(day(1), 200, 0);
    const entries = wear(day(170), diary, [day(84), S, day(171)]);
    expect(entries.map((e) => e.sessionDate)).toEqual([S, day(84)]);
  });

  it("uses the fixed 84 days, not nextDueDays", () => {
    const settings = resolveSettings({ nextDueDays: 70 });
    expect(wear(day(83), cycle(14, 10), [S], settings)).toEqual([]);
    expect(context.settings.nextDueDays).toBe(84);
  });
});

describe("pathway-rules §1 audit, in §8: nothing dated after A moves a figure (fast-check)", () => {
  const kinds = fc.constantFrom("none", "free", "short", "migraine", "migraine", "migraine");
  const diaryArb = fc.array(kinds, { minLength: 400, maxLength: 400 }).map((list) =>
    list.flatMap((kind, i): DiaryDay[] => {
      const date = day(i - 28);
      if (kind === "none") return [];
      if (kind === "free") return [headacheFreeDay(date)];
      return [migraineDay(date, kind === "short" ? { hours: 1 } : {})];
    }),
  );
  const sessionsArb = fc.array(fc.integer({ min: 40, max: 100 }), { minLength: 0, maxLength: 4 }).map((gaps) => {
    const dates = [F];
    for (const gap of gaps) dates.push(addDays(dates[dates.length - 1] ?? F, gap));
    return dates;
  });
  const scoresArb = fc.array(
    fc.record({ instrument: fc.constantFrom("HIT-6" as const, "MIDAS" as const), offset: fc.integer({ min: -40, max: 370 }), score: fc.integer({ min: 0, max: 78 }) }),
    { maxLength: 8 },
  ).map((list) => list.map(({ instrument, offset, score }): ScoredQuestionnaire => ({ instrument, date: day(offset), score })));

  it("gives the same response and wearing-off with or without everything dated after A", () => {
    fc.assert(
      fc.property(diaryArb, sessionsArb, scoresArb, fc.constantFrom(...POLICIES), fc.integer({ min: 0, max: 360 }), (diary, sessions, scores, policy, offset) => {
        const asOf = day(offset);
        const upToA = <T extends { readonly date: PlainDate }>(items: readonly T[]) => items.filter((item) => item.date <= asOf);
        const context = { settings: DEFAULT_SETTINGS };
        const full = { policy, asOf, diary, sessions: sessions.map((date) => ({ date })), questionnaires: scores, context };
        const cut = { ...full, diary: upToA(diary), sessions: upToA(full.sessions), questionnaires: upToA(scores) };
        expect(assessResponse(full)).toEqual(assessResponse(cut));
        expect(assessWearingOff(full)).toEqual(assessWearingOff(cut));
      }),
      { numRuns: 80 },
    );
  });
});
