/**
 * The treatment plan as a CarePlan (export only): onabotulinumtoxinA by the PREEMPT paradigm every
 * 12 weeks (pathway-rules §7: next due 84 days after a session), addressing chronic migraine, its
 * sessions so far as the activity's outcome, and the proposed next session.
 */
import type { TreatmentSession } from "#domain/shared/record.ts";
import { CPT_CHEMODENERVATION, HCPCS_ONABOTULINUMTOXINA } from "./codes.ts";
import { APPOINTMENT_ID } from "./appointment.ts";
import { CONDITION_REFERENCE, PATIENT_REFERENCE, referenceTo, sessionIds } from "./references.ts";
import type { FhirResource } from "./types.ts";

/**
 * The CarePlan: active once a session was given, a draft before.
 * @example carePlanResource([], false).status // "draft"
 */
export function carePlanResource(sessions: readonly TreatmentSession[], hasNextSession: boolean): FhirResource {
  const dates = sessions.map((s) => s.date).sort();
  return {
    resourceType: "CarePlan",
    id: "treatment-plan",
    status: dates.length === 0 ? "draft" : "active",
    intent: "plan",
    title: "OnabotulinumtoxinA for chronic migraine every 12 weeks",
    subject: PATIENT_REFERENCE,
    ...(dates.length === 0 ? {} : { period: { start: dates[0] } }),
    addresses: [CONDITION_REFERENCE],
    activity: [
      {
        ...(dates.length === 0 ? {} : { outcomeReference: dates.map((date) => referenceTo("Procedure", sessionIds(date).procedure)) }),
        detail: {
          code: { coding: [CPT_CHEMODENERVATION] },
          status: dates.length === 0 ? "not-started" : "in-progress",
          scheduledTiming: { repeat: { frequency: 1, period: 12, periodUnit: "wk" } },
          productCodeableConcept: { coding: [HCPCS_ONABOTULINUMTOXINA], text: "onabotulinumtoxinA" },
          description: "PREEMPT paradigm: 155 U over 31 fixed sites, up to 195 U with follow-the-pain sites",
        },
      },
      ...(hasNextSession ? [{ reference: referenceTo("Appointment", APPOINTMENT_ID) }] : []),
    ],
  };
}
