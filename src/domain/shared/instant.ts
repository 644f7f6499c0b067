/**
 * Instants (when something was recorded) as RFC 3339 strings, kept apart from calendar dates
 * (architecture.md, Domain style). The clinical core never reads a clock; it only compares
 * instants it is given, so this parses them with integer arithmetic, independent of the host's
 * time zone.
 */
import { isPlainDate, toEpochDay, type PlainDate } from "./plain-date.ts";

const INSTANT_SHAPE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i;
const MS_PER_DAY = 86_400_000;

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an RFC 3339 instant (`Z` or a `±HH:MM` offset;
 * digits past milliseconds are dropped); null when the text is not one.
 * @example instantMs("1970-01-02T00:00:00.000Z") // 86400000
 * @example instantMs("2026-07-20T10:00:00+02:00") === instantMs("2026-07-20T08:00:00Z") // true
 */
export function instantMs(text: string): number | null {
  const match = INSTANT_SHAPE.exec(text);
  if (!match) return null;
  const [, date, hh, mm, ss, fraction, zone] = match as unknown as [string, string, string, string, string, string | undefined, string];
  if (!isPlainDate(date)) return null;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 60) return null;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, "0").slice(0, 3));
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const [oh, om] = zone.slice(1).split(":").map(Number) as [number, number];
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const local = toEpochDay(date as PlainDate) * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  return local - offsetMinutes * 60_000;
}

/**
 * Orders two instants: negative when `a` is earlier, positive when later, 0 when the same moment.
 * An instant that cannot be read sorts before every readable one (a programmer error upstream,
 * never a reason to let a garbled stamp win).
 * @example compareInstants("2026-07-20T08:00:00Z", "2026-07-20T09:00:00+02:00") // 1
 */
export function compareInstants(a: string, b: string): number {
  const am = instantMs(a);
  const bm = instantMs(b);
  if (am === null || bm === null) return am === bm ? 0 : am === null ? -1 : 1;
  return am - bm;
}
