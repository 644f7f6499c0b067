/**
 * Shared builders of the pathway-rules §8 audit (rules-audit*.test.ts): a diary under
 * construction, a response run, and dates counted from the first session F.
 */
import { addDays, daysBetween, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PolicyId } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { assessResponse } from "./assess-response.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";

export const F = plainDate("2026-02-01");
export const day = (n: number): PlainDate => addDays(F, n);

/** A diary under construction: later fills replace earlier ones on the same dates. */
export class Diary {
  private readonly days = new Map<string, DiaryDay>();
  /** `length` days from `start`: the first `headache` are headache days (6 h migraine), the rest headache-free; only the first `recorded` are recorded. */
  fill(start: PlainDate, length: number, headache: number, recorded = length): this {
    for (let i = 0; i < length; i += 1) {
      const date = addDays(start, i);
      if (i >= recorded) this.days.delete(date);
      else this.days.set(date, i < headache ? migraineDay(date) : headacheFreeDay(date));
    }
    return this;
  }
  /** Every day from `start` to `end`: a 2-hour headache (any headache, not a headache day) when `(days since F) mod 28 < perWindow`, so every 28-day window holds exactly `perWindow`. */
  shortHeadaches(start: PlainDate, end: PlainDate, perWindow: number): this {
    for (let date = start; date <= end; date = addDays(date, 1)) {
      const mod = ((daysBetween(F, date) % 28) + 28) % 28;
      this.days.set(date, mod < perWindow ? { date, headache: true, hours: 2, severity: 1 } : headacheFreeDay(date));
    }
    return this;
  }
  get all(): DiaryDay[] {
    return [...this.days.values()];
  }
}

export interface Run {
  readonly policy?: PolicyId;
  readonly asOf: PlainDate;
  readonly sessions: readonly PlainDate[];
  readonly diary: Diary;
  readonly questionnaires?: readonly ScoredQuestionnaire[];
  readonly settings?: PathwaySettings;
}
export const respond = (r: Run) =>
  assessResponse({
    policy: r.policy ?? "us-label",
    asOf: r.asOf,
    diary: r.diary.all,
    sessions: r.sessions.map((date) => ({ date })),
    questionnaires: r.questionnaires ?? [],
    context: { settings: r.settings ?? DEFAULT_SETTINGS },
  });

/** Baseline [F-28, F-1] with `baseline` headache days, and the window ending on `point` with `evaluation`. */
export const standardDiary = (baseline: number, point: PlainDate, evaluation: number) =>
  new Diary().fill(day(-28), 28, baseline).fill(addDays(point, -27), 28, evaluation);

