/**
 * Free slots: each date's slots in an injector's hours (slotsOn, src/domain/scheduling/slots.ts),
 * less those a live visit holds (appointment_slots), less those already begun; in the clinic's
 * zone. Booking checks its slot the same way (slotIsInHours).
 */
import type { FreeSlots } from "#contracts/api/scheduling.ts";
import { slotsAfter } from "#domain/scheduling/slot-times.ts";
import { freeSlots as freeSlotsOn, slotsOn } from "#domain/scheduling/slots.ts";
import { addDays, daysBetween, maxDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { localDateAt, localTimeAt } from "#domain/shared/local-date.ts";
import { invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { membersWithRole } from "../staff/repository.ts";
import { clinicCalendar, dayBounds } from "./clinic-calendar.ts";
import { hoursOf } from "./hours-repository.ts";
import { slotClaimsBetween } from "./slots-repository.ts";

/** Whether `time` starts one of the injector's slots on `date` (inside their hours, aligned to the slot length). */
export async function slotIsInHours(db: Executor, clinicId: string, injectorUserId: string, date: PlainDate, time: string, slotMinutes: number): Promise<boolean> {
  const hours = (await hoursOf(db, clinicId, [injectorUserId], date, date)).get(injectorUserId);
  return slotsOn(date, hours?.weekly ?? [], hours?.exceptions ?? [], slotMinutes).includes(time);
}

export interface SlotsRequest {
  readonly injectorUserId?: string | undefined;
  readonly from: PlainDate;
  readonly to: PlainDate;
}

export async function freeSlots(deps: ServiceDeps, clinicId: string, request: SlotsRequest): Promise<FreeSlots> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const calendar = await clinicCalendar(tx, clinicId, now);
    const all = await membersWithRole(tx, clinicId, "injector");
    const injectors = request.injectorUserId === undefined ? all : all.filter((injector) => injector.userId === request.injectorUserId);
    if (request.injectorUserId !== undefined && injectors.length === 0) throw invalidField("injectorUserId", "is not an injector of this clinic");
    // Never in the past: the range starts at the clinic's today at the earliest.
    const from = maxDate(request.from, calendar.today);
    const dates = daysBetween(from, request.to) < 0 ? [] : Array.from({ length: daysBetween(from, request.to) + 1 }, (_, index) => addDays(from, index));
    const ids = injectors.map((injector) => injector.userId);
    const hours = await hoursOf(tx, clinicId, ids, from, request.to);
    const bounds = dayBounds(from, request.to, calendar.timeZone);
    const claims = dates.length === 0 ? [] : await slotClaimsBetween(tx, clinicId, ids, bounds.start, bounds.end);
    return {
      today: calendar.today,
      timeZone: calendar.timeZone,
      slotMinutes: calendar.slotMinutes,
      injectors: injectors.map((injector) => {
        const stored = hours.get(injector.userId);
        const taken = claims.filter((claim) => claim.injectorUserId === injector.userId).map((claim) => {
          const at = Date.parse(claim.startsAt);
          return { date: localDateAt(at, calendar.timeZone), time: localTimeAt(at, calendar.timeZone) };
        });
        return {
          ...injector,
          days: dates.map((date) => {
            const booked = taken.filter((slot) => slot.date === date).map((slot) => slot.time);
            const free = freeSlotsOn(date, stored?.weekly ?? [], stored?.exceptions ?? [], calendar.slotMinutes, booked);
            return { date, slots: slotsAfter(date, free, calendar.timeZone, now.getTime()) };
          }),
        };
      }),
    };
  });
}
