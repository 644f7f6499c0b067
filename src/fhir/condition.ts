/**
 * Condition: chronic migraine, ICD-10-CM G43.709 (clinical-facts.md §9.3; no generic SNOMED CT
 * "chronic migraine" concept is confirmed there, §12, so none is sent). Its verification status is
 * the diary's verdict on the export date (pathway-rules §4, `assess`): met is confirmed, not met
 * unconfirmed, too little diary provisional. The attested onset (`history.chronicMigraineSince`)
 * is its onsetDateTime: the one field of it the import reads back.
 */
import type { ChronicMigraineStatus } from "#domain/diagnosis/chronic-migraine.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import { ICD10_CHRONIC_MIGRAINE, SYSTEM } from "./codes.ts";
import { optionalDateAt, type At } from "./read.ts";
import { CONDITION_ID, PATIENT_REFERENCE } from "./references.ts";
import type { FhirResource } from "./types.ts";

const VERIFICATION: Readonly<Record<ChronicMigraineStatus, string>> = { met: "confirmed", "not-met": "unconfirmed", "insufficient-data": "provisional" };

/**
 * The chronic migraine Condition.
 * @example conditionResource("met", "2025-01-01").verificationStatus
 * // { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-ver-status", code: "confirmed" }] }
 */
export function conditionResource(status: ChronicMigraineStatus, since: PlainDate | undefined): FhirResource {
  return {
    resourceType: "Condition",
    id: CONDITION_ID,
    clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: "active" }] },
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: VERIFICATION[status] }] },
    category: [{ coding: [{ system: SYSTEM.conditionCategory, code: "problem-list-item" }] }],
    code: { coding: [ICD10_CHRONIC_MIGRAINE], text: "Chronic migraine" },
    subject: PATIENT_REFERENCE,
    ...(since === undefined ? {} : { onsetDateTime: since }),
  };
}

/** `history.chronicMigraineSince` from the Condition. */
export function chronicMigraineSinceOf(at: At): PlainDate | undefined {
  return optionalDateAt(at, "onsetDateTime");
}
