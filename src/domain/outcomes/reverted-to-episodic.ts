/**
 * Whether chronic migraine has reverted to episodic under treatment (pathway-rules §8;
 * docs/clinical/outcomes.md).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { WindowCounts } from "../diary/window-counts.ts";

/** NICE TA260: fewer than 15 headache days a month for 3 consecutive months. */
export const NICE_EPISODIC_BELOW_DAYS = 15;
/** EHF 2018: fewer than 10 headache days a month for 3 months. */
export const EHF_EPISODIC_BELOW_DAYS = 10;

/**
 * Reverted to episodic (pathway-rules §8): W3 starts after the first session `F`, W1-W3 are
 * complete and each has fewer than `belowDays` days with any headache (the ICHD-3 counting of §3;
 * the reduction itself uses PREEMPT's headache days).
 * @example revertedToEpisodic(windowsAsOf(diary, asOf, ctx), plainDate("2026-02-01"), 15) // true
 */
export function revertedToEpisodic(windows: readonly WindowCounts[], first: PlainDate, belowDays: number): boolean {
  const firstThree = windows.slice(0, 3);
  const w3 = firstThree[2];
  if (w3 === undefined) throw new RangeError("reverting to episodic needs the windows W1-W3");
  return w3.start > first && firstThree.every((w) => w.complete && w.anyHeadacheDays < belowDays);
}
