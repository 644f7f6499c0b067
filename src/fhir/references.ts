/**
 * Ids and references inside one exported Bundle. Ids are made from what they stand for (the diary
 * date, the session date, the position in a list), so the same record always gives the same
 * Bundle (no clock, no randomness: src/fhir is pure like src/domain).
 */
import type { Reference } from "./types.ts";

/** The Patient's id in every Bundle (the sender's own id goes to Patient.identifier). */
export const PATIENT_ID = "patient";
export const CONDITION_ID = "chronic-migraine";

/**
 * A relative reference, resolved against the entry's fullUrl base (FHIR R4 Bundle §"Resolving references").
 * @example referenceTo("Procedure", "session-2026-02-01") // { reference: "Procedure/session-2026-02-01" }
 */
export function referenceTo(resourceType: string, id: string): Reference {
  return { reference: `${resourceType}/${id}` };
}

export const PATIENT_REFERENCE: Reference = referenceTo("Patient", PATIENT_ID);
export const CONDITION_REFERENCE: Reference = referenceTo("Condition", CONDITION_ID);

/** Ids of a session's resources. */
export const sessionIds = (date: string) => ({
  procedure: `session-${date}`,
  medication: `session-${date}-vials`,
  site: (index: number) => `session-${date}-site-${index + 1}`,
});
