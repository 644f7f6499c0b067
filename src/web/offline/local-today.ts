/** The patient's "today" computed on this device, for when the server cannot be asked. */
import { isKnownTimeZone, localDateAt } from "#domain/shared/local-date.ts";

/**
 * Today's calendar date in an IANA time zone (pathway-rules §1: a patient's today is the date in
 * the patient's own zone), by the one `localDateAt` the server uses too; a zone this browser does
 * not know falls back to the device's own. The server's answer is preferred when online.
 * @example todayIn("Pacific/Auckland", new Date("2026-07-20T13:00:00Z")) // "2026-07-21"
 */
export function todayIn(timeZone: string, now: Date): string {
  const zone = isKnownTimeZone(timeZone) ? timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localDateAt(now.getTime(), zone);
}
