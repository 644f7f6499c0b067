/**
 * A gap before an authorization packet may be sent (issue 10 §2, document 2): one thing the
 * record lacks, or one criterion it does not meet, named in plain words with its window's dates
 * (e.g. "a second preventive class that failed", "20 recorded days in the window ending
 * 2026-03-01"). docs/reports.md, "What is missing".
 */
import type { PlainDate } from "../shared/plain-date.ts";

/** The packet: the first request (eligibility, pathway-rules §5) or a renewal (response, §8). */
export const PACKET_KINDS = ["initial", "renewal"] as const;
export type PacketKind = (typeof PACKET_KINDS)[number];

/** What a gap is about; one kind per way a record can fall short. */
export const GAP_KINDS = [
  "birth-date",
  "age",
  "diary-window",
  "chronic-migraine-days",
  "headache-days",
  "contraindication-answer",
  "contraindication",
  "preventive-history",
  "preventives-failed",
  "overuse-managed",
  "questionnaire",
  "session",
  "baseline-headache-days",
  "evaluation-point",
  "response",
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface PacketGap {
  readonly kind: GapKind;
  /** The gap in plain words, e.g. "20 recorded days in the window ending 2026-03-01 (12 so far)". */
  readonly text: string;
}

/** "first" ... "fifth"; beyond, the number ("6th"). */
const ORDINALS = ["first", "second", "third", "fourth", "fifth"] as const;

/**
 * An ordinal in words.
 * @example ordinal(2) // "second"
 */
export function ordinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}th`;
}

/** Which window a diary gap is in, for the words. */
export type WindowRole = "window" | "baseline window" | "evaluation window";

/**
 * The gap of a window with too few recorded days (pathway-rules §1: complete from `minRecordedDays`).
 * @example windowGap({ end: plainDate("2026-03-01"), daysRecorded: 12 }, 20, "window").text
 *   // "20 recorded days in the window ending 2026-03-01 (12 so far)"
 */
export function windowGap(window: { readonly end: PlainDate; readonly daysRecorded: number }, minRecordedDays: number, role: WindowRole): PacketGap {
  return { kind: "diary-window", text: `${minRecordedDays} recorded days in the ${role} ending ${window.end} (${window.daysRecorded} so far)` };
}

/**
 * Keeps the first of gaps with the same words (two criteria can miss the same window).
 * @example uniqueGaps([g, g]).length // 1
 */
export function uniqueGaps(gaps: readonly PacketGap[]): PacketGap[] {
  const seen = new Set<string>();
  return gaps.filter((gap) => (seen.has(gap.text) ? false : (seen.add(gap.text), true)));
}
