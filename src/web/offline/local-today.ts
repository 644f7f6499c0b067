/** The patient's "today" computed on this device, for when the server cannot be asked. */

/**
 * Today's calendar date in an IANA time zone (pathway-rules §1: a patient's today is the date in
 * the patient's own zone). The server's answer is preferred when online.
 * @example todayIn("Pacific/Auckland", new Date("2026-07-20T13:00:00Z")) // "2026-07-21"
 */
export function todayIn(timeZone: string, now: Date): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  }
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
