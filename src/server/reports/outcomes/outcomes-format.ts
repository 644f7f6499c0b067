/**
 * How the outcomes document prints numbers: percents and means to one decimal, rounded half away
 * from zero (the rounding of pathway-rules §8, src/domain/outcomes/rounding.ts), "−" for minus,
 * and a count always beside the number it is out of.
 */
import type { CohortMean, CohortRate } from "#domain/outcomes/cohort-tally.ts";
import { roundHalfAwayFromZero } from "#domain/outcomes/rounding.ts";

/** A number to one decimal with a true minus sign: "−7.5", "12", "0". */
export function decimal(value: number): string {
  const rounded = roundHalfAwayFromZero(value, 1);
  return rounded < 0 ? `−${-rounded}` : String(rounded);
}

/** A rate as a percent to one decimal ("58.3%"), "—" when out of nothing. */
export function percent(rate: CohortRate): string {
  return rate.rate === null ? "—" : `${decimal(rate.rate * 100)}%`;
}

/** The percent a bar is drawn at, rounded as printed; null when out of nothing. */
export function percentValue(rate: CohortRate): number | null {
  return rate.rate === null ? null : roundHalfAwayFromZero(rate.rate * 100, 1);
}

/** "3 of 5 intervals (60%)". */
export function countOf(rate: CohortRate, noun: string): string {
  return `${rate.count} of ${rate.of} ${noun}${rate.rate === null ? "" : ` (${percent(rate)})`}`;
}

/** A mean to one decimal, "—" over nothing. */
export function meanText(mean: CohortMean): string {
  return mean.mean === null ? "—" : decimal(mean.mean);
}

/** "1 patient", "2 patients". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** A symptom code in words: "eyelid-droop" → "eyelid droop". */
export function symptomWords(code: string): string {
  return code.replace(/-/g, " ");
}
