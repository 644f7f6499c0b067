/**
 * Where an instant meets a calendar: the date it falls on in a time zone (pathway-rules §1: a
 * patient's "today" is the date in the patient's own zone). The one copy used by the server, the
 * phone and the command line. Pure: the instant and the zone are parameters (Intl only formats).
 */
import { formatDate, type PlainDate } from "./plain-date.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date of an instant (milliseconds since the epoch) in an IANA time zone.
 * Throws a RangeError for a zone the runtime does not know (validate zones at the boundary).
 * @example localDateAt(Date.UTC(2026, 6, 20, 13), "Pacific/Auckland") // "2026-07-21"
 * @example localDateAt(Date.UTC(2026, 6, 20, 13), "America/Los_Angeles") // "2026-07-20"
 */
export function localDateAt(instantMs: number, timeZone: string): PlainDate {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type === "year" || part.type === "month" || part.type === "day") parts[part.type] = Number(part.value);
  }
  return formatDate(parts["year"] ?? 1970, parts["month"] ?? 1, parts["day"] ?? 1);
}

/**
 * Whether the runtime knows an IANA time zone name.
 * @example isKnownTimeZone("Europe/London") // true
 * @example isKnownTimeZone("Mars/Olympus") // false
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
