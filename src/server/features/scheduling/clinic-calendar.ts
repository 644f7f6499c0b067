/**
 * The clinic facts every scheduling answer is given in: its time zone, its today there, and the
 * length of a booking slot (clinicOperations.slotMinutes, default 15). The day bounds turn a
 * range of the clinic's dates into instants.
 */
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
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

/** The instants from the start of `from` to the start of the day after `to`, in the zone. */
export function dayBounds(from: PlainDate, to: PlainDate, timeZone: string): { start: string; end: string } {
  return { start: instantAtLocalTime(from, 0, 0, timeZone).toISOString(), end: instantAtLocalTime(addDays(to, 1), 0, 0, timeZone).toISOString() };
}
