/**
 * Duration bands (issue 9, docs/clinical/diary.md "Duration bands"): what "how long" a patient
 * chose is kept as the band, and the rules count from the hours the band stands for. Every band
 * edge is one of the rules' thresholds (pathway-rules §2: 2 h for ICHD-3 B under 18, 4 h for a
 * headache day and for B), so a band's hours count exactly as any hours inside the band would.
 */
import { DURATION_BANDS, type DurationBand } from "../shared/record.ts";

/** A band's hours: `[from, to)`, except "all day", which is exactly 24. */
export interface BandRange {
  readonly from: number;
  readonly to: number;
}

export const BAND_RANGES: Readonly<Record<DurationBand, BandRange>> = Object.freeze({
  "under-2h": { from: 0, to: 2 },
  "2-4h": { from: 2, to: 4 },
  "4-8h": { from: 4, to: 8 },
  "over-8h": { from: 8, to: 24 },
  "all-day": { from: 24, to: 24 },
});

/**
 * The hours a band is recorded as: its lower bound, except "under 2 hours", recorded as 1 (a
 * headache that lasted no time at all is not what the patient said; any value under 2 counts
 * the same). The rules classify from these hours.
 * @example bandHours("4-8h") // 4
 * @example bandHours("under-2h") // 1
 * @example bandHours("all-day") // 24
 */
export function bandHours(band: DurationBand): number {
  return band === "under-2h" ? 1 : BAND_RANGES[band].from;
}

/**
 * Whether hours lie in a band (an entry's `hours` must agree with its `duration`).
 * @example hoursInBand(6, "4-8h") // true
 * @example hoursInBand(8, "4-8h") // false
 */
export function hoursInBand(hours: number, band: DurationBand): boolean {
  const range = BAND_RANGES[band];
  return band === "all-day" ? hours === 24 : hours >= range.from && hours < range.to;
}

/**
 * The band hours fall in (to show an old entry recorded in hours only, or typed hours).
 * @example bandOfHours(3.5) // "2-4h"
 * @example bandOfHours(24) // "all-day"
 */
export function bandOfHours(hours: number): DurationBand {
  return DURATION_BANDS.find((band) => hoursInBand(hours, band)) ?? "all-day";
}
