/**
 * Injectors' working hours: the regular week and dated exceptions (a day off, other hours). A
 * save replaces the injector's week and their exceptions from today on; exceptions already past
 * stay as they were. Visits already booked are kept whatever the new hours say (the agenda still
 * shows them).
 */
import type { HoursView, InjectorHours } from "#contracts/api/scheduling.ts";
import type { HoursException, TimeRange, WeeklyHours } from "#domain/scheduling/slots.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { findRoles, membersWithRole } from "../staff/repository.ts";
import { clinicCalendar } from "./clinic-calendar.ts";
import { hoursOf, lockMember, replaceExceptionsFrom, replaceWeeklyHours } from "./hours-repository.ts";

export interface SaveHours {
  readonly weekly: readonly WeeklyHours[];
  readonly exceptions: readonly (HoursException & { readonly note: string | null })[];
}

const range = ({ start, end }: TimeRange) => ({ start, end });

async function hoursView(db: Executor, clinicId: string, now: Date): Promise<HoursView> {
  const calendar = await clinicCalendar(db, clinicId, now);
  const injectors = await membersWithRole(db, clinicId, "injector");
  const hours = await hoursOf(db, clinicId, injectors.map((injector) => injector.userId), calendar.today);
  return {
    today: calendar.today,
    timeZone: calendar.timeZone,
    slotMinutes: calendar.slotMinutes,
    injectors: injectors.map((injector): InjectorHours => {
      const stored = hours.get(injector.userId);
      return {
        userId: injector.userId,
        name: injector.name,
        weekly: (stored?.weekly ?? []).map((hours) => ({ weekday: hours.weekday, ...range(hours) })),
        exceptions: (stored?.exceptions ?? []).map((exception) => ({ date: exception.date, ranges: exception.ranges.map(range), note: exception.note })),
      };
    }),
  };
}

/** Every injector's week and their exceptions from today on. */
export async function readHours(deps: ServiceDeps, clinicId: string): Promise<HoursView> {
  return readSnapshot(deps.db, (tx) => hoursView(tx, clinicId, deps.clock()));
}

/** Replaces an injector's week and their exceptions from today on (the contract has refused overlaps). */
export async function saveHours(deps: ServiceDeps, clinicId: string, userId: string, actorUserId: string, input: SaveHours): Promise<HoursView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    // Two saves of one injector's hours queue behind each other instead of interleaving.
    if (!(await lockMember(tx, clinicId, userId)) || !(await findRoles(tx, clinicId, userId)).includes("injector")) {
      throw new AppError("not_found", "No such injector in this clinic.");
    }
    const { today } = await clinicCalendar(tx, clinicId, now);
    input.exceptions.forEach((exception, index) => {
      if (exception.date < today) throw invalidField(`exceptions.${index}.date`, "must be today or later: past hours stay as they were");
    });
    await replaceWeeklyHours(tx, clinicId, userId, input.weekly);
    await replaceExceptionsFrom(tx, clinicId, userId, today, [...input.exceptions]);
    await audit(tx, now, { clinicId, actorUserId, action: "injector_hours.saved", entity: "membership", entityId: userId });
    return hoursView(tx, clinicId, now);
  });
}
