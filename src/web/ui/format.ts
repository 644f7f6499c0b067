/** Plain-language formatting of dates and times for display (never for storage). */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function parts(date: string): { year: number; month: number; day: number; weekday: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // A calendar date: computed in UTC so the viewer's own zone never shifts it.
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

/**
 * A calendar date as "20 Jul 2026".
 * @example formatPlainDate("2026-07-20") // "20 Jul 2026"
 */
export function formatPlainDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
}

/**
 * A calendar date as "Monday 20 July".
 * @example formatLongDate("2026-07-20") // "Monday 20 July"
 */
export function formatLongDate(date: string): string {
  const { month, day, weekday } = parts(date);
  return `${WEEKDAYS[weekday] ?? ""} ${day} ${MONTHS_LONG[month - 1] ?? ""}`;
}

/**
 * The weekday of a calendar date: "Mon".
 * @example shortWeekday("2026-07-20") // "Mon"
 */
export function shortWeekday(date: string): string {
  return (WEEKDAYS[parts(date).weekday] ?? "").slice(0, 3);
}

/**
 * The month's name of a calendar date.
 * @example monthName("2026-07-20") // "July"
 */
export function monthName(date: string): string {
  return MONTHS_LONG[parts(date).month - 1] ?? "";
}

/** The day of the month: 20. */
export function dayOfMonth(date: string): number {
  return parts(date).day;
}

// Made on first use, not when the module loads: the first Intl format of a page is costly
// (it loads the locale's data), and the check-in may need none of these.
let dateTimeFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;
const DATE_TIME = () => (dateTimeFormat ??= new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
const TIME = () => (timeFormat ??= new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));

/**
 * An instant in the viewer's zone, in the app's one date style (as formatPlainDate) and a
 * 24-hour time, whatever the browser's locale: "20 Jul 2026, 14:05".
 */
export function formatInstant(instant: string | Date): string {
  return DATE_TIME().format(typeof instant === "string" ? new Date(instant) : instant);
}

/** The time of an instant in the viewer's zone, 24-hour: "14:05". */
export function formatTime(instant: Date): string {
  return TIME().format(instant);
}
