/**
 * The clinic facts every scheduling answer is given in: its time zone, its today there, and the
 * length of a booking slot (clinicOperations.slotMinutes, default 15). The day bounds turn a
 * range of the clinic's dates into instants.
 */
import { addDays, MAX_PLAIN_DATE, type PlainDate } from "#domain/shared/plain-date.ts";
import type { Executor } from "../../shared/executor.ts";
import { instantAtLocalTime } from "../../shared/time-zone.ts";
import { clinicOperations, clinicToday } from "../clinic-settings/clinic-settings.ts";

export interface ClinicCalendar {
  readonly timeZone: string;
  readonly today: PlainDate;
  readonly slotMinutes: number;
}

export async function clinicCalendar(db: Executor, clinicId: string, now: Date): Promise<ClinicCalendar> {
  const [{ timeZone, today }, operations] = await Promise.all([clinicToday(db, clinicId, now), clinicOperations(db, clinicId)]);
  return { timeZone, today, slotMinutes: operations.slotMinutes };
}

/** The last instant a four-digit year can write: the end of a range that reaches 9999-12-31. */
const LAST_INSTANT = "9999-12-31T23:59:59.999Z";

/**
 * The instants from the start of `from` to the start of the day after `to`, in the zone; a range
 * ending on 9999-12-31 ends at the last instant of that year (issue 7, finding 4: there is no day after).
 */
export function dayBounds(from: PlainDate, to: PlainDate, timeZone: string): { start: string; end: string } {
  const end = to === MAX_PLAIN_DATE ? LAST_INSTANT : instantAtLocalTime(addDays(to, 1), 0, 0, timeZone).toISOString();
  return { start: instantAtLocalTime(from, 0, 0, timeZone).toISOString(), end };
}
