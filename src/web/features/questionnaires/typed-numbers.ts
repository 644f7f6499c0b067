/** Numbers a patient types on the questionnaire screens, read strictly: whole numbers in range, or null. */
import { HIT6_MAX_TOTAL, HIT6_MIN_TOTAL } from "#domain/questionnaires/hit6.ts";

/**
 * A typed day count as a whole number 0-`max`, or null.
 * @example parseDays(" 12 ", 90) // 12
 * @example parseDays("2.5", 90) // null
 */
export function parseDays(text: string, max: number): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const days = Number(text.trim());
  return days <= max ? days : null;
}

/**
 * A typed HIT-6 total in its range (36-78), or null; whether six answers can add up to it is the
 * contract's check on saving, which names the total.
 * @example parseHit6Total("62") // 62
 * @example parseHit6Total("620") // null
 */
export function parseHit6Total(text: string): number | null {
  if (!/^\s*\d{2}\s*$/.test(text)) return null;
  const total = Number(text.trim());
  return total >= HIT6_MIN_TOTAL && total <= HIT6_MAX_TOTAL ? total : null;
}
