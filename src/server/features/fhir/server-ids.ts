/**
 * The ids the server gives a patient's resources (ADR 0025). The mappers make ids from what a
 * resource stands for (`patient`, `diary-2026-01-01`), unique inside one patient's Bundle only; the
 * server sends many patients (bulk export) and addresses that must not name two patients alike
 * (`$everything`'s fullUrl), so each id becomes the patient's: the Patient keeps the app's patient
 * id, every other resource a name-based UUID (v5) of its mapper id in the patient's id as namespace.
 * The same patient always gives the same ids, in `$everything` and in a bulk export alike, and the
 * references inside are rewritten with them (contained `#...` references stay).
 */
import { v5 as uuidv5 } from "uuid";
import { PATIENT_ID } from "#fhir/references.ts";
import type { Bundle, FhirResource } from "#fhir/types.ts";

/** A relative reference `Type/id` (FHIR R4 Reference.reference), not a contained `#id` or an absolute URL. */
const RELATIVE_REFERENCE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/;

/** The server id of a mapper id, for the patient `patientId` (a UUID). */
export function serverIdOf(patientId: string, mapperId: string): string {
  return mapperId === PATIENT_ID ? patientId : uuidv5(mapperId, patientId);
}

function rewrite(value: unknown, patientId: string, topLevel: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, patientId, false));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (topLevel && key === "id" && typeof field === "string") out[key] = serverIdOf(patientId, field);
    else if (key === "reference" && typeof field === "string") {
      const match = RELATIVE_REFERENCE.exec(field);
      out[key] = match === null ? field : `${match[1] ?? ""}/${serverIdOf(patientId, match[2] ?? "")}`;
    } else out[key] = rewrite(field, patientId, false);
  }
  return out;
}

/** One resource of the patient's Bundle with the server's ids (its own and those it references). */
export function withServerIds(resource: FhirResource, patientId: string): FhirResource {
  return rewrite(resource, patientId, true) as FhirResource;
}

/** The resources of a patient's Bundle, with the server's ids. */
export function serverResources(bundle: Bundle, patientId: string): FhirResource[] {
  return bundle.entry.flatMap((entry) => (entry.resource === undefined ? [] : [withServerIds(entry.resource, patientId)]));
}
