/**
 * Where an instant meets a calendar: the date it falls on in a time zone (pathway-rules §1: a
 * patient's "today" is the date in the patient's own zone). The one copy used by the server, the
 * phone and the command line. Pure: the instant and the zone are parameters (Intl only formats).
 */
import { formatDate, toEpochDay, type PlainDate } from "./plain-date.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, era: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock parts of an instant in a zone. */
function localParts(instantMs: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  let beforeChrist = false;
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type === "era") beforeChrist = part.value === "BC";
    else if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  // Intl counts years by era: the year before 1 AD is "1 BC", which is year 0 in ISO 8601 and here
  // (London's midnight of 0001-01-01 falls in it: issue 7, the audit log's 500 on from=0001-01-01).
  if (beforeChrist) parts["year"] = 1 - (parts["year"] ?? 1);
  return parts;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const p = localParts(instantMs, timeZone);
  const asUtc = toEpochDay(formatDate(p["year"] ?? 1970, p["month"] ?? 1, p["day"] ?? 1)) * 86_400_000 + ((p["hour"] ?? 0) * 60 + (p["minute"] ?? 0)) * 60_000 + (p["second"] ?? 0) * 1000;
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * The instant (ms since the epoch) a wall-clock time happens on a date in a time zone; in a DST
 * gap, the time just after it.
 * @example new Date(instantAtLocalTime("2026-07-20", 21, 0, "Europe/London")).toISOString() // "2026-07-20T20:00:00.000Z"
 */
export function instantAtLocalTime(date: PlainDate, hour: number, minute: number, timeZone: string): number {
  const wallClockAsUtc = toEpochDay(date) * 86_400_000 + (hour * 60 + minute) * 60_000;
  let guess = wallClockAsUtc - offsetMinutes(wallClockAsUtc, timeZone) * 60_000;
  guess = wallClockAsUtc - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

/**
 * The local wall-clock time "HH:MM" of an instant in a zone.
 * @example localTimeAt(Date.UTC(2026, 6, 20, 20), "Europe/London") // "21:00"
 */
export function localTimeAt(instantMs: number, timeZone: string): string {
  const p = localParts(instantMs, timeZone);
  return `${String(p["hour"] ?? 0).padStart(2, "0")}:${String(p["minute"] ?? 0).padStart(2, "0")}`;
}

/**
 * The calendar date of an instant (milliseconds since the epoch) in an IANA time zone.
 * Throws a RangeError for a zone the runtime does not know (validate zones at the boundary).
 * @example localDateAt(Date.UTC(2026, 6, 20, 13), "Pacific/Auckland") // "2026-07-21"
 * @example localDateAt(Date.UTC(2026, 6, 20, 13), "America/Los_Angeles") // "2026-07-20"
 */
export function localDateAt(instantMs: number, timeZone: string): PlainDate {
  const parts = localParts(instantMs, timeZone);
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
