/**
 * Booking slots in an injector's working hours (clinical-facts.md §9.1: a visit takes about 15
 * minutes). Times are local wall-clock times in the clinic's time zone, "HH:MM"; the server turns
 * them into instants. A date's hours are its exception when one is recorded (a day off, or other
 * hours), else the weekday's ranges.
 */
import { isoWeekday, type PlainDate } from "../shared/plain-date.ts";

/** A wall-clock range on one day, `start` before `end`, both "HH:MM". */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/** Regular hours: ISO weekday 1 (Monday) ... 7 (Sunday) and a range; several ranges a day allowed. */
export interface WeeklyHours extends TimeRange {
  readonly weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** One date's hours instead of the weekly ones: none (a day off) or the given ranges. */
export interface HoursException {
  readonly date: PlainDate;
  readonly ranges: readonly TimeRange[];
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes since midnight of an "HH:MM" time; null when it is not one.
 * @example minutesOf("09:15") // 555
 * @example minutesOf("24:00") // null
 */
export function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * "HH:MM" of minutes since midnight.
 * @example timeOf(555) // "09:15"
 */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The ranges an injector works on a date: the exception for that date if any, else the weekday's.
 * @example hoursOn(plainDate("2026-12-07"), [{ weekday: 1, start: "09:00", end: "12:00" }], []) // [{ start: "09:00", end: "12:00" }]
 */
export function hoursOn(date: PlainDate, weekly: readonly WeeklyHours[], exceptions: readonly HoursException[]): TimeRange[] {
  const exception = exceptions.find((e) => e.date === date);
  if (exception !== undefined) return [...exception.ranges];
  const weekday = isoWeekday(date);
  return weekly.filter((hours) => hours.weekday === weekday).map(({ start, end }) => ({ start, end }));
}

/**
 * Every slot start of a date's hours, `slotMinutes` apart from each range's start, each ending
 * within its range; in time order, without repeats.
 * @example slotsOn(plainDate("2026-12-07"), [{ weekday: 1, start: "09:00", end: "10:00" }], [], 15) // ["09:00", "09:15", "09:30", "09:45"]
 */
export function slotsOn(date: PlainDate, weekly: readonly WeeklyHours[], exceptions: readonly HoursException[], slotMinutes: number): string[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes < 5) throw new RangeError("slots are whole minutes, at least 5");
  const starts = new Set<number>();
  for (const range of hoursOn(date, weekly, exceptions)) {
    const from = minutesOf(range.start);
    const to = minutesOf(range.end);
    if (from === null || to === null) continue;
    for (let start = from; start + slotMinutes <= to; start += slotMinutes) starts.add(start);
  }
  return [...starts].sort((a, b) => a - b).map(timeOf);
}

/**
 * The slots of a date not yet taken (`booked`: the start times of live appointments).
 * @example freeSlots(plainDate("2026-12-07"), weekly, [], 15, ["09:15"]) // ["09:00", "09:30", "09:45"]
 */
export function freeSlots(date: PlainDate, weekly: readonly WeeklyHours[], exceptions: readonly HoursException[], slotMinutes: number, booked: readonly string[]): string[] {
  const taken = new Set(booked);
  return slotsOn(date, weekly, exceptions, slotMinutes).filter((slot) => !taken.has(slot));
}

/**
 * Whether a range is well formed: both times "HH:MM" and the start before the end.
 * @example isTimeRange({ start: "09:00", end: "08:00" }) // false
 */
export function isTimeRange(range: TimeRange): boolean {
  const from = minutesOf(range.start);
  const to = minutesOf(range.end);
  return from !== null && to !== null && from < to;
}

/**
 * The indices of the ranges that overlap an earlier range of the list (ranges that only touch,
 * one ending when the next starts, do not overlap); malformed ranges are left to `isTimeRange`.
 * @example overlappingRanges([{ start: "09:00", end: "12:00" }, { start: "11:30", end: "13:00" }, { start: "13:00", end: "14:00" }]) // [1]
 */
export function overlappingRanges(ranges: readonly TimeRange[]): number[] {
  const overlapping: number[] = [];
  ranges.forEach((range, index) => {
    const from = minutesOf(range.start);
    const to = minutesOf(range.end);
    if (from === null || to === null || from >= to) return;
    const clash = ranges.slice(0, index).some((earlier) => {
      const earlierFrom = minutesOf(earlier.start);
      const earlierTo = minutesOf(earlier.end);
      return earlierFrom !== null && earlierTo !== null && earlierFrom < to && from < earlierTo;
    });
    if (clash) overlapping.push(index);
  });
  return overlapping;
}
