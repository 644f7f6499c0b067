/**
 * Visits (appointments, a kind of the clinical-record kit, ADR 0013): booking is revision 1 and
 * claims the injector's slot; rescheduling is a new revision with a reason and moves the claim;
 * cancelling is a revision with status cancelled and a reason, and gives the claim back. A
 * patient has one live visit ahead at a time. Each write refreshes the worklist's pathway row in
 * its own transaction.
 */
import type { PatientVisits } from "#contracts/api/scheduling.ts";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecord, currentRecords } from "../../shared/records/repository.ts";
import { clinicCalendar } from "./clinic-calendar.ts";
import { releaseSlotClaim } from "./slots-repository.ts";
import { claimSlot, checkedVisit, type AppointmentContent, type PatientTarget, type SlotRequest } from "./visit-slot.ts";
import { patientVisits } from "./visit-views.ts";

const NO_SUCH_VISIT = () => new AppError("not_found", "No such visit.");

/** The patient's live visits still ahead (not cancelled, not begun). */
async function upcomingVisits(tx: Executor, target: PatientTarget, now: Date) {
  const rows = await currentRecords(tx, { ...target, kinds: ["appointment"] });
  return rows.filter((row) => (row.content as AppointmentContent).startsAt > now.toISOString());
}

/** Locks the patient and returns the visit's current revision, when it is theirs, live and still ahead. */
async function changeableVisit(tx: Executor, target: PatientTarget, visitId: string, now: Date): Promise<AppointmentContent> {
  await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
  await lockPatient(tx, target.clinicId, target.patientId);
  const current = await currentRecord(tx, target.clinicId, visitId);
  if (current === undefined || current.patient_id !== target.patientId || current.kind !== "appointment") throw NO_SUCH_VISIT();
  if (current.status !== "active") throw new AppError("conflict", "This visit is cancelled. Book a new one instead.");
  const content = current.content as AppointmentContent;
  if (content.startsAt <= now.toISOString()) throw new AppError("conflict", "This visit's time has come: it can no longer be moved or cancelled.");
  return content;
}

/** Books the patient's next visit in a free slot (refused while another visit is ahead). */
export async function bookVisit(deps: ServiceDeps, target: PatientTarget, actorUserId: string, request: SlotRequest): Promise<PatientVisits> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    // One booking of this patient at a time: a second waits and then sees the first.
    await lockPatient(tx, target.clinicId, target.patientId);
    const [ahead] = await upcomingVisits(tx, target, now);
    if (ahead !== undefined) {
      throw new AppError("conflict", "This patient already has a visit booked. Reschedule or cancel it instead.", { visitId: ahead.record_id });
    }
    const content = await checkedVisit(tx, target, await clinicCalendar(tx, target.clinicId, now), request, now);
    const { recordId } = await appendRecordRevision(tx, { ...target, kind: "appointment", content, actorUserId, now, verb: "booked" });
    await claimSlot(tx, target.clinicId, recordId, content);
    await deps.recordChanged(tx, target, now);
  });
  return patientVisits(deps, target);
}

/** Moves a visit to another free slot: a new revision with the reason, made from `fromRevision` (`stale_version` when another came since); the old slot is given back, the new one claimed. */
export async function rescheduleVisit(deps: ServiceDeps, target: PatientTarget, visitId: string, actorUserId: string, request: SlotRequest & { reason: string; fromRevision: number }): Promise<PatientVisits> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await changeableVisit(tx, target, visitId, now);
    const content = await checkedVisit(tx, target, await clinicCalendar(tx, target.clinicId, now), request, now, visitId);
    await appendRecordRevision(tx, { ...target, kind: "appointment", recordId: visitId, content, reason: request.reason, fromRevision: request.fromRevision, actorUserId, now, verb: "rescheduled" });
    await releaseSlotClaim(tx, target.clinicId, visitId);
    await claimSlot(tx, target.clinicId, visitId, content);
    await deps.recordChanged(tx, target, now);
  });
  return patientVisits(deps, target);
}

/** Cancels a visit: a revision with status cancelled and the reason, made from `fromRevision`; the slot is given back. */
export async function cancelVisit(deps: ServiceDeps, target: PatientTarget, visitId: string, actorUserId: string, input: { reason: string; fromRevision: number }): Promise<PatientVisits> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const content = await changeableVisit(tx, target, visitId, now);
    await appendRecordRevision(tx, { ...target, kind: "appointment", recordId: visitId, content, status: "cancelled", reason: input.reason, fromRevision: input.fromRevision, actorUserId, now, verb: "cancelled" });
    await releaseSlotClaim(tx, target.clinicId, visitId);
    await deps.recordChanged(tx, target, now);
  });
  return patientVisits(deps, target);
}
