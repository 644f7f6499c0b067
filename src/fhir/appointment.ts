/**
 * The next session as a proposed Appointment (export only): requested between the earliest and the
 * latest date of the interval rules (pathway-rules §7, src/domain/scheduling via `assess`), due on
 * the due date. A booked visit lives in the app's scheduling, not in the record.
 */
import type { TreatmentSchedule } from "#domain/scheduling/treatment-schedule.ts";
import { CPT_CHEMODENERVATION } from "./codes.ts";
import { CONDITION_REFERENCE, PATIENT_REFERENCE } from "./references.ts";
import type { FhirResource } from "./types.ts";

export const APPOINTMENT_ID = "next-session";

/**
 * The proposed next session, or nothing before the first session.
 * @example appointmentResource(null) // undefined
 */
export function appointmentResource(schedule: TreatmentSchedule | null): FhirResource | undefined {
  if (schedule === null) return undefined;
  return {
    resourceType: "Appointment",
    id: APPOINTMENT_ID,
    status: "proposed",
    serviceType: [{ coding: [CPT_CHEMODENERVATION] }],
    reasonReference: [CONDITION_REFERENCE],
    description: `OnabotulinumtoxinA session ${schedule.sessions + 1}, due ${schedule.nextDue}${schedule.overdue ? " (overdue)" : ""}`,
    requestedPeriod: [{ start: schedule.nextEarliest, end: schedule.nextLate }],
    participant: [{ actor: PATIENT_REFERENCE, status: "needs-action" }],
  };
}
