/**
 * A patient's visits as the chart shows them: the treatment window after the last signed session
 * (pathway-rules §7), the next live visit with how its date falls against the window, and every
 * visit with its revisions (booked, each move, a cancellation), the latest first.
 */
import type { PatientVisits, VisitView } from "#contracts/api/scheduling.ts";
import { bookingWindow } from "#domain/scheduling/booking-window.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords, recordRevisions, revisionMeta, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { membersWithRole } from "../staff/repository.ts";
import { clinicCalendar } from "./clinic-calendar.ts";
import { userNames } from "./people-repository.ts";
import { patientSchedule, type AppointmentContent, type PatientTarget } from "./visit-slot.ts";

const ALL_STATUSES = ["active", "cancelled", "entered-in-error"] as const;

function toVisitView(revisions: readonly RevisionWithAuthor[], names: ReadonlyMap<string, string>, now: Date): VisitView {
  const current = revisions.at(-1);
  if (current === undefined) throw new Error("a visit without revisions");
  const content = current.content as AppointmentContent;
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? "" });
  return {
    id: current.record_id,
    status: current.status,
    startsAt: content.startsAt,
    localDate: content.localDate,
    localTime: content.localTime,
    minutes: content.minutes,
    injector: person(content.injectorUserId),
    windowReason: content.windowReason,
    upcoming: current.status === "active" && content.startsAt > now.toISOString(),
    revisions: revisions.map((row) => {
      const revised = row.content as AppointmentContent;
      return {
        ...revisionMeta(row),
        content: revised,
        injectorName: names.get(revised.injectorUserId) ?? "",
      };
    }),
  };
}

export async function patientVisits(deps: ServiceDeps, target: PatientTarget): Promise<PatientVisits> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const calendar = await clinicCalendar(tx, target.clinicId, now);
    const schedule = await patientSchedule(tx, target, calendar.today);
    const records = await currentRecords(tx, { ...target, kinds: ["appointment"], statuses: ALL_STATUSES });
    const histories = await Promise.all(records.map((row) => recordRevisions(tx, target.clinicId, row.record_id)));
    const names = await userNames(tx, histories.flat().map((row) => (row.content as AppointmentContent).injectorUserId));
    const visits = histories.map((revisions) => toVisitView(revisions, names, now)).sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : 0));
    const next = visits.filter((visit) => visit.upcoming).at(-1);
    return {
      today: calendar.today,
      timeZone: calendar.timeZone,
      slotMinutes: calendar.slotMinutes,
      window: schedule === null ? null : { lastSessionDate: schedule.lastDate, earliest: schedule.nextEarliest, due: schedule.nextDue, late: schedule.nextLate },
      next: next === undefined ? null : { ...next, timing: bookingWindow(plainDate(next.localDate), schedule).timing },
      visits,
      injectors: await membersWithRole(tx, target.clinicId, "injector"),
    };
  });
}
