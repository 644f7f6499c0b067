/**
 * A day's agenda: each injector's hours that day and their live visits in time order, with the
 * patient's name and record number. Injectors without visits are listed too (their free day);
 * a visit with someone no longer an injector still shows under their name.
 */
import type { Agenda } from "#contracts/api/scheduling.ts";
import { hoursOn } from "#domain/scheduling/slots.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { membersWithRole } from "../staff/repository.ts";
import { clinicCalendar } from "./clinic-calendar.ts";
import { hoursOf } from "./hours-repository.ts";
import { patientNames, userNames } from "./people-repository.ts";
import type { AppointmentContent } from "./visit-slot.ts";

export async function readAgenda(deps: ServiceDeps, clinicId: string, date: PlainDate | undefined): Promise<Agenda> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const calendar = await clinicCalendar(tx, clinicId, now);
    const day = date ?? calendar.today;
    const rows = await currentRecords(tx, { clinicId, kinds: ["appointment"], from: day, to: day });
    const visits = rows.map((row) => ({ row, content: row.content as AppointmentContent })).sort((a, b) => (a.content.startsAt < b.content.startsAt ? -1 : 1));
    const injectors = await membersWithRole(tx, clinicId, "injector");
    const others = visits.map((visit) => visit.content.injectorUserId).filter((id) => !injectors.some((injector) => injector.userId === id));
    const otherNames = await userNames(tx, others);
    const people = [...injectors, ...[...otherNames].map(([userId, name]) => ({ userId, name }))];
    const hours = await hoursOf(tx, clinicId, people.map((person) => person.userId), day, day);
    const patients = await patientNames(tx, clinicId, visits.map((visit) => visit.row.patient_id));
    return {
      date: day,
      today: calendar.today,
      timeZone: calendar.timeZone,
      slotMinutes: calendar.slotMinutes,
      injectors: people.map((person) => {
        const stored = hours.get(person.userId);
        return {
          ...person,
          hours: hoursOn(day, stored?.weekly ?? [], stored?.exceptions ?? []),
          visits: visits
            .filter((visit) => visit.content.injectorUserId === person.userId)
            .map(({ row, content }) => ({
              id: row.record_id,
              patientId: row.patient_id,
              patientName: patients.get(row.patient_id)?.name ?? "",
              recordNumber: patients.get(row.patient_id)?.recordNumber ?? null,
              startsAt: content.startsAt,
              localTime: content.localTime,
              minutes: content.minutes,
              windowReason: content.windowReason,
            })),
        };
      }),
    };
  });
}
