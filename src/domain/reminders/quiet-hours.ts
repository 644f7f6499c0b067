/**
 * Quiet hours (issue 9 §6): a span of the patient's own wall-clock night ("22:00" to "08:00")
 * during which no reminder is sent; one that falls in it waits until it ends. The span may cross
 * midnight; a start equal to its end means no quiet hours. Wall-clock times are read in the
 * patient's zone with the shared helpers, so a DST change moves the instants, never the times.
 */
import { addDays } from "../shared/plain-date.ts";
import { instantAtLocalTime, localDateAt, localTimeAt } from "../shared/local-date.ts";

/** A wall-clock time "HH:MM", 00:00 to 23:59. */
export type ClockTime = string;

/** Quiet hours from `start` to `end` (both "HH:MM"); `end` before `start` crosses midnight. */
export interface QuietHours {
  readonly start: ClockTime;
  readonly end: ClockTime;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Whether a text is a wall-clock time "HH:MM" (24-hour).
 * @example isClockTime("07:30") // true
 * @example isClockTime("24:00") // false
 */
export function isClockTime(text: string): boolean {
  return CLOCK.test(text);
}

/**
 * Minutes after midnight of a wall-clock time "HH:MM".
 * @example clockMinutes("20:15") // 1215
 */
export function clockMinutes(time: ClockTime): number {
  const match = CLOCK.exec(time);
  if (match === null) throw new RangeError(`not a time HH:MM: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Whether a wall-clock time falls in the quiet hours (start included, end not).
 * @example isQuietClock("23:10", { start: "22:00", end: "08:00" }) // true
 * @example isQuietClock("08:00", { start: "22:00", end: "08:00" }) // false
 */
export function isQuietClock(time: ClockTime, quiet: QuietHours | null): boolean {
  if (quiet === null) return false;
  const t = clockMinutes(time);
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  if (start === end) return false;
  return start < end ? t >= start && t < end : t >= start || t < end;
}

/**
 * Whether an instant falls in the patient's quiet hours, read in their zone.
 * @example isQuietAt(Date.UTC(2026, 6, 20, 22, 30), "Europe/London", { start: "22:00", end: "08:00" }) // true (23:30 in London)
 */
export function isQuietAt(instantMs: number, timeZone: string, quiet: QuietHours | null): boolean {
  return isQuietClock(localTimeAt(instantMs, timeZone), quiet);
}

/**
 * The instant itself when it is outside the quiet hours, else the end of the quiet hours it falls
 * in (the same night's morning): a reminder is never shown at night, only later.
 * @example new Date(outOfQuietHours(Date.UTC(2026, 6, 20, 22, 30), "Europe/London", { start: "22:00", end: "08:00" })).toISOString()
 * // "2026-07-21T07:00:00.000Z" (08:00 in London, summer time)
 */
export function outOfQuietHours(instantMs: number, timeZone: string, quiet: QuietHours | null): number {
  if (quiet === null || !isQuietAt(instantMs, timeZone, quiet)) return instantMs;
  const date = localDateAt(instantMs, timeZone);
  const crossesMidnight = clockMinutes(quiet.start) > clockMinutes(quiet.end);
  // After the start of a span crossing midnight, it ends on the next day; before its end, today.
  const endDate = crossesMidnight && clockMinutes(localTimeAt(instantMs, timeZone)) >= clockMinutes(quiet.start) ? addDays(date, 1) : date;
  const end = clockMinutes(quiet.end);
  const at = instantAtLocalTime(endDate, Math.floor(end / 60), end % 60, timeZone);
  if (at > instantMs) return at;
  // In a repeated hour (clocks going back) the end's first occurrence may lie behind the instant:
  // wait the wall-clock minutes still to go instead, never moving a reminder earlier.
  const now = clockMinutes(localTimeAt(instantMs, timeZone));
  return instantMs + (((end - now + 1440) % 1440) || 1440) * 60_000;
}
