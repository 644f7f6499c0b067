/**
 * Where a slot's wall-clock time meets the clock: the instant a slot "HH:MM" starts on a date in
 * the clinic's time zone, and which of a date's slots are still ahead (a slot already begun
 * cannot be booked). Pure: the zone and "now" are parameters.
 */
import { instantAtLocalTime } from "../shared/local-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import { minutesOf } from "./slots.ts";

/**
 * The instant (milliseconds since the epoch) a slot starts: its local time on the date in the zone
 * (in a daylight-saving gap, the time just after it).
 * @example new Date(slotStart(plainDate("2026-07-20"), "10:30", "Europe/London")).toISOString() // "2026-07-20T09:30:00.000Z"
 */
export function slotStart(date: PlainDate, time: string, timeZone: string): number {
  const minutes = minutesOf(time);
  if (minutes === null) throw new RangeError("a slot's time is HH:MM");
  return instantAtLocalTime(date, Math.floor(minutes / 60), minutes % 60, timeZone);
}

/**
 * The slots of a date that start after `nowMs`, in their order.
 * @example slotsAfter(plainDate("2026-07-20"), ["09:00", "10:45", "11:00"], "Europe/London", Date.UTC(2026, 6, 20, 9, 45)) // ["11:00"]
 */
export function slotsAfter(date: PlainDate, slots: readonly string[], timeZone: string, nowMs: number): string[] {
  return slots.filter((slot) => slotStart(date, slot, timeZone) > nowMs);
}
