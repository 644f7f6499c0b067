import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { POLICIES } from "../shared/record.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { assessResponse } from "./assess-response.ts";
import { assessWearingOff } from "./wearing-off.ts";

const F = plainDate("2026-02-01");
const context = { settings: DEFAULT_SETTINGS };
/** Diaries over [F-28, F+300]: each day unrecorded, headache-free, a short headache or a migraine day. */
const diaryArb = fc.array(fc.constantFrom("none", "free", "short", "migraine", "migraine"), { minLength: 329, maxLength: 329 }).map((kinds) =>
  kinds.flatMap((kind, i): DiaryDay[] => {
    const date = addDays(F, i - 28);
    if (kind === "none") return [];
    if (kind === "free") return [headacheFreeDay(date)];
    return [migraineDay(date, kind === "short" ? { hours: 1 } : {})];
  }),
);
/** Sessions: F, then 1-4 more at intervals of 60-100 days. */
const sessionsArb = fc.array(fc.integer({ min: 60, max: 100 }), { minLength: 1, maxLength: 4 }).map((gaps) => {
  const dates = [F];
  for (const gap of gaps) dates.push(addDays(dates[dates.length - 1] ?? F, gap));
  return dates.map((date) => ({ date }));
});
const shuffled = <T,>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

describe("response and wearing-off invariants (fast-check)", () => {
  it("do not depend on the order of diary entries or sessions", () => {
    fc.assert(
      fc.property(
        diaryArb.chain((d) => fc.tuple(fc.constant(d), shuffled(d))),
        sessionsArb.chain((s) => fc.tuple(fc.constant(s), shuffled(s))),
        fc.constantFrom(...POLICIES),
        fc.integer({ min: 0, max: 300 }),
        ([diary, reorderedDiary], [sessions, reorderedSessions], policy, offset) => {
          const asOf = addDays(F, offset);
          expect(assessResponse({ policy, asOf, diary: reorderedDiary, sessions: reorderedSessions, context }))
            .toEqual(assessResponse({ policy, asOf, diary, sessions, context }));
          expect(assessWearingOff({ asOf, diary: reorderedDiary, sessions: reorderedSessions, context }))
            .toEqual(assessWearingOff({ asOf, diary, sessions, context }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("fill the response's fields by status as the contract says", () => {
    fc.assert(
      fc.property(diaryArb, sessionsArb, fc.constantFrom(...POLICIES), fc.integer({ min: -10, max: 300 }), (diary, sessions, policy, offset) => {
        const r = assessResponse({ policy, asOf: addDays(F, offset), diary, sessions, context });
        const evaluated = r.status === "evaluated";
        expect(r.baselineWindow === null).toBe(r.status === "no-treatment");
        expect(r.evaluationPoint === null).toBe(r.evaluationWindow === null);
        for (const value of [r.evaluationHeadacheDays, r.percentReduction, r.responder30, r.responder50, r.recommendation]) {
          expect(value !== null).toBe(evaluated);
        }
        expect(r.reassessOn !== null).toBe(r.recommendation === "pause");
        if (r.status === "too-early") expect(r.evaluationWindow).toBeNull();
        if (r.responder50 === true) expect(r.responder30).toBe(true); // a 50% responder is a 30% responder
      }),
      { numRuns: 80 },
    );
  });

  it("report rates between 0 and 1 and judge only cycles that have ended", () => {
    fc.assert(
      fc.property(diaryArb, sessionsArb, fc.integer({ min: 0, max: 300 }), (diary, sessions, offset) => {
        const asOf = addDays(F, offset);
        for (const w of assessWearingOff({ asOf, diary, sessions, context })) {
          expect(w.sessionDate <= asOf).toBe(true);
          for (const rate of [w.earlyRate, w.lateRate]) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          if (w.signal !== null) expect(w.earlyRate !== null && w.lateRate !== null).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
