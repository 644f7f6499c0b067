/**
 * The demo clinic's HIT-6 and MIDAS (issue 8): for each treated patient a baseline pair a few days
 * before the first session and a pair before each later session, scored from the patient's own
 * diary, so a patient whose headache days fell shows the questionnaires falling with them (and
 * the demo stays deterministic from its seed). The next visit's pair is left for the patient or
 * the clinic to fill in: the demo shows questionnaires due.
 */
import { isPossibleHit6Total, HIT6_ITEM_COUNT, HIT6_MAX_TOTAL, HIT6_MIN_TOTAL, HIT6_WEIGHTS } from "#domain/questionnaires/hit6.ts";
import { MIDAS_MAX_DAYS } from "#domain/questionnaires/midas.ts";
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import type { DemoCare } from "./care.ts";

export interface DemoQuestionnaire {
  readonly instrument: "HIT-6" | "MIDAS";
  readonly date: PlainDate;
  /** HIT-6: six option indexes, or none with `score` (a paper form's total); MIDAS: five day counts. */
  readonly responses: readonly number[];
  readonly score: number | null;
  readonly a: number | null;
  readonly b: number | null;
}

function headacheDays(diary: readonly DiaryDay[], from: PlainDate, to: PlainDate): DiaryDay[] {
  return diary.filter((day) => day.date >= from && day.date <= to && day.headache);
}

/**
 * Six HIT-6 answers adding up to the possible total nearest `target`: each item raised in turn.
 * @example hit6AnswersNear(36) // [0, 0, 0, 0, 0, 0]
 */
export function hit6AnswersNear(target: number): number[] {
  const answers = Array.from({ length: HIT6_ITEM_COUNT }, () => 0);
  const total = () => answers.reduce((sum, option) => sum + (HIT6_WEIGHTS[option] ?? 0), 0);
  for (let step = 0; total() < target && step < HIT6_ITEM_COUNT * 4; step += 1) {
    const item = step % HIT6_ITEM_COUNT;
    answers[item] = Math.min(4, (answers[item] ?? 0) + 1);
  }
  return answers;
}

/**
 * A HIT-6 and a MIDAS dated `date`, from the diary: HIT-6 from the headache days of the last 4
 * weeks (its recall), MIDAS from those of the last 3 months; `totalOnly` enters HIT-6 as a paper
 * form's total.
 * @example demoPair(diary, "2026-03-01", false).map((q) => q.instrument) // ["HIT-6", "MIDAS"]
 */
export function demoPair(diary: readonly DiaryDay[], date: PlainDate, totalOnly: boolean): DemoQuestionnaire[] {
  const month = headacheDays(diary, addDays(date, -27), date);
  const quarter = headacheDays(diary, addDays(date, -89), date);
  let target = Math.min(HIT6_MAX_TOTAL, Math.max(HIT6_MIN_TOTAL, Math.round(42 + month.length * 1.2)));
  while (!isPossibleHit6Total(target)) target += 1;
  const hit6: DemoQuestionnaire = totalOnly
    ? { instrument: "HIT-6", date, responses: [], score: target, a: null, b: null }
    : { instrument: "HIT-6", date, responses: hit6AnswersNear(target), score: null, a: null, b: null };
  // Days lost: about a third of the headache days, shared over the five items as people tend to answer.
  const lost = Math.round(quarter.length * 0.35);
  const shares = [0.15, 0.25, 0.2, 0.25].map((share) => Math.round(lost * share));
  const responses = [...shares, Math.max(0, lost - shares.reduce((sum, days) => sum + days, 0))].map((days) => Math.min(MIDAS_MAX_DAYS, days));
  const severities: number[] = quarter.map((day) => day.severity ?? 1);
  const pain = severities.length === 0 ? 0 : Math.min(10, Math.round((severities.reduce((sum, s) => sum + s, 0) / severities.length) * 2.5));
  const midas: DemoQuestionnaire = { instrument: "MIDAS", date, responses, score: null, a: Math.min(MIDAS_MAX_DAYS, quarter.length), b: pain };
  return [hit6, midas];
}

/**
 * A patient's demo questionnaires: before the first session (3 days before) and before each later
 * one (2 days before), the later HIT-6s as paper totals; patients booked but not yet treated have
 * a baseline when their visit is more than a week away.
 * @example demoQuestionnaires(diary, care, "2026-12-08").length // 2 per session
 */
export function demoQuestionnaires(diary: readonly DiaryDay[], care: DemoCare, today: PlainDate): DemoQuestionnaire[] {
  const sessionDates = care.sessions.map((session) => addDays(today, -session.daysAgo));
  const pairs = sessionDates.map((date, index) => demoPair(diary, addDays(date, index === 0 ? -3 : -2), index > 0));
  if (sessionDates.length === 0 && care.visit !== null && care.visit.daysFromToday > 7) pairs.push(demoPair(diary, addDays(today, -4), false));
  return pairs.flat();
}
