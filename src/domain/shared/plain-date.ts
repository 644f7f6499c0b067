/**
 * Calendar dates as plain `YYYY-MM-DD` strings with whole-day arithmetic.
 *
 * A diary belongs to the patient's local calendar (pathway-rules §1): dates are never
 * instants, and day arithmetic knows no time zones and no DST. Internally a date is
 * turned into an "epoch day" (days since 1970-01-01 in the proleptic Gregorian calendar)
 * with integer arithmetic only, so nothing here depends on the host's time zone.
 */

/** A calendar date `YYYY-MM-DD`, kept apart from instants by its brand. */
export type PlainDate = string & { readonly __plainDate: unique symbol };

const PLAIN_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The range every date of the app lies in: the years 1 to 9999. PostgreSQL's `date` has no year 0
 * (ISO 8601's 0000 is 1 BC) and the four-digit form ends at 9999; one range in the domain, the
 * contracts and the database keeps a bad date a 400 instead of a database error (issue 7, finding 4).
 */
export const MIN_PLAIN_DATE = "0001-01-01" as PlainDate;
export const MAX_PLAIN_DATE = "9999-12-31" as PlainDate;

/**
 * Whether a year is a Gregorian leap year.
 * @example isLeapYear(2024) // true
 * @example isLeapYear(1900) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1-12) of a year.
 * @example daysInMonth(2026, 2) // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form with any four-digit year, 0000
 * included: what arithmetic may reach (the 28-day windows before an as-of date in year 1), and what
 * an answer may show. Input is checked with `isPlainDate`, which holds the app's range.
 * @example isCalendarDate("0000-12-31") // true
 * @example isCalendarDate("2026-02-30") // false
 */
export function isCalendarDate(value: unknown): value is PlainDate {
  if (typeof value !== "string") return false;
  const match = PLAIN_DATE_SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form in the app's range, the years 1
 * to 9999: what every input (contracts, the CLI) is checked with (issue 7, finding 4).
 * @example isPlainDate("2024-02-29") // true
 * @example isPlainDate("2026-02-30") // false
 * @example isPlainDate("0000-01-01") // false
 */
export function isPlainDate(value: unknown): value is PlainDate {
  return isCalendarDate(value) && value >= MIN_PLAIN_DATE;
}

/**
 * Checks and brands a date string; throws on a malformed one (a programmer error: validate
 * input at the boundary with `isPlainDate` first).
 * @example plainDate("2026-07-20") // "2026-07-20"
 */
export function plainDate(value: string): PlainDate {
  if (!isCalendarDate(value)) throw new RangeError(`not a calendar date: ${JSON.stringify(value)}`);
  return value;
}

/** Year, month (1-12) and day of a date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Splits a date into its parts.
 * @example dateParts(plainDate("2026-07-20")) // { year: 2026, month: 7, day: 20 }
 */
export function dateParts(date: PlainDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (negative before it), by Howard Hinnant's days_from_civil.
 * @example toEpochDay(plainDate("1970-01-02")) // 1
 */
export function toEpochDay(date: PlainDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date a number of days after 1970-01-01 (inverse of `toEpochDay`).
 * @example fromEpochDay(0) // "1970-01-01"
 */
export function fromEpochDay(epochDay: number): PlainDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatDate(year, month, day);
}

/**
 * Formats parts as `YYYY-MM-DD` (the parts must form a real date).
 * @example formatDate(2026, 3, 1) // "2026-03-01"
 */
export function formatDate(year: number, month: number, day: number): PlainDate {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return plainDate(text);
}

/**
 * The date `days` whole days after (or, negative, before) `date`.
 * @example addDays(plainDate("2024-02-28"), 1) // "2024-02-29"
 * @example addDays(plainDate("2026-07-20"), -27) // "2026-06-23"
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * `addDays` held within the years 1 to 9999: for a range the app derives from a date someone sent
 * (a diary view of 84 days from 9999-12-20), where a date past the edge would otherwise be a
 * programmer error; the edge itself is then the range's end (issue 7, finding 4).
 * @example addDaysWithinRange(plainDate("9999-12-20"), 83) // "9999-12-31"
 * @example addDaysWithinRange(plainDate("2026-07-20"), -27) // "2026-06-23"
 */
export function addDaysWithinRange(date: PlainDate, days: number): PlainDate {
  const epochDay = toEpochDay(date) + days;
  if (epochDay < toEpochDay(MIN_PLAIN_DATE)) return MIN_PLAIN_DATE;
  if (epochDay > toEpochDay(MAX_PLAIN_DATE)) return MAX_PLAIN_DATE;
  return fromEpochDay(epochDay);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 * @example daysBetween(plainDate("2026-02-01"), plainDate("2026-04-26")) // 84
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Orders two dates for `Array.prototype.sort` (ISO strings sort as dates).
 * @example compareDates(plainDate("2026-01-02"), plainDate("2026-01-10")) // -1
 */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The earlier of two dates.
 * @example minDate(plainDate("2026-01-02"), plainDate("2025-12-31")) // "2025-12-31"
 */
export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

/**
 * The later of two dates.
 * @example maxDate(plainDate("2026-01-02"), plainDate("2025-12-31")) // "2026-01-02"
 */
export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}

/**
 * Whether `date` lies in the closed range `[start, end]` (pathway-rules §1: ranges include both ends).
 * @example isWithin(plainDate("2026-01-31"), plainDate("2026-01-04"), plainDate("2026-01-31")) // true
 */
export function isWithin(date: PlainDate, start: PlainDate, end: PlainDate): boolean {
  return date >= start && date <= end;
}

/**
 * Age in completed years on a date (pathway-rules §1). Someone born on 29 February turns a
 * year older on 1 March in common years, because their birthday has not yet been reached on
 * 28 February.
 * @example ageOn(plainDate("2008-07-20"), plainDate("2026-07-20")) // 18
 * @example ageOn(plainDate("2008-02-29"), plainDate("2026-02-28")) // 17
 * @example ageOn(plainDate("2008-02-29"), plainDate("2026-03-01")) // 18
 */
export function ageOn(birthDate: PlainDate, date: PlainDate): number {
  const birth = dateParts(birthDate);
  const on = dateParts(date);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * The ISO weekday of a date: 1 Monday ... 7 Sunday (1970-01-01 was a Thursday).
 * @example isoWeekday(plainDate("2026-12-07")) // 1
 * @example isoWeekday(plainDate("2026-12-06")) // 7
 */
export function isoWeekday(date: PlainDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const mondayBased = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return (mondayBased + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
