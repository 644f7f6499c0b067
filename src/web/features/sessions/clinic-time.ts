/**
 * Times of a session (reconstitution, injection) are entered as the clinic's wall-clock time on a
 * date and stored as instants: the domain's one conversion, in the clinic's zone whatever the
 * tablet's own zone is set to.
 */
import { instantAtLocalTime, localDateAt, localTimeAt } from "#domain/shared/local-date.ts";
import { isPlainDate } from "#domain/shared/plain-date.ts";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of a local date and "HH:MM" in the zone, as an ISO string; null when either is not valid.
 * @example instantFromLocal("2026-07-20", "09:30", "Europe/London") // "2026-07-20T08:30:00.000Z"
 */
export function instantFromLocal(date: string, time: string, timeZone: string): string | null {
  const match = TIME.exec(time);
  if (!match || !isPlainDate(date)) return null;
  return new Date(instantAtLocalTime(date, Number(match[1]), Number(match[2]), timeZone)).toISOString();
}

/**
 * The local date and "HH:MM" of an instant in the zone; null for none.
 * @example localFromInstant("2026-07-20T08:30:00.000Z", "Europe/London") // { date: "2026-07-20", time: "09:30" }
 */
export function localFromInstant(instant: string | null | undefined, timeZone: string): { date: string; time: string } | null {
  if (instant === null || instant === undefined) return null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return { date: localDateAt(ms, timeZone), time: localTimeAt(ms, timeZone) };
}
