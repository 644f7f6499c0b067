/**
 * Where instants meet a patient's calendar: "today" and "was this saved after the day ended"
 * are answered in the patient's IANA time zone (pathway-rules §1: a diary day is a local date).
 */
import { localDateAt as localDateAtMs } from "#domain/shared/local-date.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localParts(instant: Date, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return parts;
}

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

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p["year"] ?? 0, (p["month"] ?? 1) - 1, p["day"] ?? 1, p["hour"] ?? 0, p["minute"] ?? 0, p["second"] ?? 0);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time happens on a date in a time zone (in a DST gap, the time
 * just after it).
 * @example instantAtLocalTime("2026-07-20", 21, 0, "Europe/London").toISOString() // "2026-07-20T20:00:00.000Z"
 */
export function instantAtLocalTime(date: PlainDate, hour: number, minute: number, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wallClockAsUtc - offsetMinutes(new Date(wallClockAsUtc), timeZone) * 60_000;
  guess = wallClockAsUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/**
 * Whether a day's answers were saved after that day ended in the patient's zone.
 * @example isLate("2026-07-20", new Date("2026-07-20T13:00:00Z"), "Pacific/Auckland") // true
 */
export function isLate(date: PlainDate, recordedAt: Date, timeZone: string): boolean {
  return localDateAt(recordedAt, timeZone) > date;
}
