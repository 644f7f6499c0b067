/**
 * Where instants meet a patient's calendar: "today" and "was this saved after the day ended"
 * are answered in the patient's IANA time zone (pathway-rules §1: a diary day is a local date).
 */
import { instantAtLocalTime as instantAtLocalTimeMs, localDateAt as localDateAtMs } from "#domain/shared/local-date.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";

/**
 * The calendar date of an instant in a time zone: the domain's one `localDateAt`, the phone's too.
 * @example localDateAt(new Date("2026-07-20T13:00:00Z"), "Pacific/Auckland") // "2026-07-21"
 */
export function localDateAt(instant: Date, timeZone: string): PlainDate {
  return localDateAtMs(instant.getTime(), timeZone);
}

/**
 * The date where this process runs (its host's time zone): what `cephalog assess` and
 * `POST /api/assess` use without an as-of date (assess-contract.md).
 * @example hostLocalDate(new Date()) // today's date on this machine
 */
export function hostLocalDate(now: Date): PlainDate {
  return localDateAtMs(now.getTime(), Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * The instant a wall-clock time happens on a date in a time zone (in a DST gap, the time
 * just after it): the domain's one `instantAtLocalTime`, as a Date.
 * @example instantAtLocalTime("2026-07-20", 21, 0, "Europe/London").toISOString() // "2026-07-20T20:00:00.000Z"
 */
export function instantAtLocalTime(date: PlainDate, hour: number, minute: number, timeZone: string): Date {
  return new Date(instantAtLocalTimeMs(date, hour, minute, timeZone));
}

/**
 * Whether a day's answers were saved after that day ended in the patient's zone.
 * @example isLate("2026-07-20", new Date("2026-07-20T13:00:00Z"), "Pacific/Auckland") // true
 */
export function isLate(date: PlainDate, recordedAt: Date, timeZone: string): boolean {
  return localDateAt(recordedAt, timeZone) > date;
}
