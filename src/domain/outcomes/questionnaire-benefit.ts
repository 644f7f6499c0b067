/**
 * The AHS 2021 questionnaire criteria for continuing: HIT-6 and MIDAS change from baseline to
 * follow-up (pathway-rules §8; docs/clinical/outcomes.md).
 */
import { addDays, isWithin } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { Instrument } from "../shared/record.ts";

/** A questionnaire already scored (the scoring lives with the questionnaires). */
export interface ScoredQuestionnaire {
  readonly instrument: Instrument;
  readonly date: PlainDate;
  readonly score: number;
}

/** HIT-6: a fall of 5 points or more is meaningful (HIT-6 user guide; AHS 2021). */
export const HIT6_MIN_FALL = 5;
/** MIDAS supports continuing only when its baseline is above 10 (grade III or IV). */
export const MIDAS_MIN_BASELINE_EXCLUSIVE = 10;
/** MIDAS baselines 11-20 need a fall of 5 points; above 20, a fall of 30%. */
export const MIDAS_POINTS_BAND_MAX = 20;
export const MIDAS_MIN_FALL_POINTS = 5;
export const MIDAS_MIN_FALL_PERCENT = 30;

export interface InstrumentChange {
  readonly instrument: Instrument;
  readonly baseline: ScoredQuestionnaire | null;
  readonly followUp: ScoredQuestionnaire | null;
  /** Whether the change supports continuing; false when either score is missing. */
  readonly supportsContinuing: boolean;
}

/**
 * The baseline (last on or before `F`) and follow-up (last in `[F+1, E]`) scores of an
 * instrument, and whether their change meets the AHS rule. Among scores on one date, the last
 * given counts.
 * @example instrumentChange(scores, "HIT-6", plainDate("2026-02-01"), plainDate("2026-07-18")).supportsContinuing // true
 */
export function instrumentChange(scores: readonly ScoredQuestionnaire[], instrument: Instrument, first: PlainDate, point: PlainDate): InstrumentChange {
  const ofInstrument = scores.filter((s) => s.instrument === instrument);
  const baseline = lastOf(ofInstrument.filter((s) => s.date <= first));
  const followUp = lastOf(ofInstrument.filter((s) => isWithin(s.date, addDays(first, 1), point)));
  const supportsContinuing = baseline !== null && followUp !== null && meetsAhsChange(instrument, baseline.score, followUp.score);
  return { instrument, baseline, followUp, supportsContinuing };
}

/**
 * Whether a change from baseline to follow-up meets the AHS 2021 rule: HIT-6 fell by at least 5;
 * MIDAS, with a baseline above 10, fell by at least 5 points (baseline 11-20) or 30% (above 20).
 * @example meetsAhsChange("MIDAS", 21, 14) // true (33% fall)
 * @example meetsAhsChange("MIDAS", 10, 0) // false (baseline not above 10)
 */
export function meetsAhsChange(instrument: Instrument, baseline: number, followUp: number): boolean {
  const fall = baseline - followUp;
  if (instrument === "HIT-6") return fall >= HIT6_MIN_FALL;
  if (baseline <= MIDAS_MIN_BASELINE_EXCLUSIVE) return false;
  if (baseline <= MIDAS_POINTS_BAND_MAX) return fall >= MIDAS_MIN_FALL_POINTS;
  // fall / baseline >= 30%, compared without division so 30% exactly is not lost to rounding.
  return fall * 100 >= MIDAS_MIN_FALL_PERCENT * baseline;
}

function lastOf(scores: readonly ScoredQuestionnaire[]): ScoredQuestionnaire | null {
  let last: ScoredQuestionnaire | null = null;
  for (const score of scores) if (last === null || score.date >= last.date) last = score;
  return last;
}
