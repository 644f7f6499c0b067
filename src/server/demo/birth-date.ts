/** Birth dates for demo patients of a chosen age in completed years (pathway-rules §1). */
import { addDays, dateParts, daysBetween, daysInMonth, formatDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { Random } from "./prng.ts";

/**
 * The same calendar day `years` earlier; 29 February falls back to 28 February in a common year.
 * @example yearsBefore(plainDate("2028-02-29"), 17) // "2011-02-28"
 */
export function yearsBefore(date: PlainDate, years: number): PlainDate {
  const { year, month, day } = dateParts(date);
  return formatDate(year - years, month, Math.min(day, daysInMonth(year - years, month)));
}

/**
 * A seeded birth date on which someone is exactly `age` on `today`.
 * @example drawBirthDate(createRandom(1), plainDate("2026-07-20"), 17) // "2009-03-06" (aged 17 on 2026-07-20)
 */
export function drawBirthDate(random: Random, today: PlainDate, age: number): PlainDate {
  const latest = yearsBefore(today, age);
  const earliest = addDays(yearsBefore(today, age + 1), 1);
  return addDays(earliest, random.int(0, daysBetween(earliest, latest)));
}
