/**
 * A PREEMPT session (pathway-rules §6) as a Procedure, CPT 64615 once per session (clinical-facts.md
 * §9.3), with every site it injected as bodySite and the written reason to give it early as an
 * extension; and the Medication given (HCPCS J0585, with the session's lot and expiry as its batch),
 * which the session's MedicationAdministrations and the Procedure's usedReference name.
 */
import type { TreatmentSession } from "#domain/shared/record.ts";
import { CPT_CHEMODENERVATION, EXTENSION, HCPCS_ONABOTULINUMTOXINA } from "./codes.ts";
import { dateAt, extensionValue, objectsAt, optionalDateAt, optionalObjectAt, optionalStringAt, rejectWith, type At } from "./read.ts";
import { CONDITION_REFERENCE, PATIENT_REFERENCE, referenceTo, sessionIds } from "./references.ts";
import { siteConcept } from "./sites.ts";
import type { Extension, FhirResource } from "./types.ts";

/**
 * The override reason. A blank one is kept as given (docs/clinical/assess.md: it does not clear the
 * warning), but a FHIR string must hold more than white space, so it goes to its own extension
 * written as a JSON string literal (`""`, `"  "`).
 */
function overrideExtensions(reason: string | null | undefined): Extension[] {
  if (reason === undefined || reason === null) return [];
  if (reason.trim() === "") return [{ url: EXTENSION.overrideReasonBlank, valueString: JSON.stringify(reason) }];
  return [{ url: EXTENSION.overrideReason, valueString: reason }];
}

function blankReasonOf(literal: { at: At; value: unknown } | undefined): string | undefined {
  if (literal === undefined) return undefined;
  let value: unknown;
  try {
    value = typeof literal.value === "string" ? JSON.parse(literal.value) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value !== "string" || value.trim() !== "") rejectWith(`${literal.at.path}.valueString`, "must be a blank text as a JSON string literal");
  return value;
}

/**
 * The Procedure and the Medication of one session.
 * @example sessionResources({ date: "2026-02-01", injections: [] }).map((r) => r.id) // ["session-2026-02-01", "session-2026-02-01-vials"]
 */
export function sessionResources(session: TreatmentSession): FhirResource[] {
  const ids = sessionIds(session.date);
  const extension = overrideExtensions(session.overrideReason);
  const sites = [...new Map(session.injections.map((injection) => [`${injection.muscle}-${injection.side}`, injection])).values()];
  const procedure: FhirResource = {
    resourceType: "Procedure",
    id: ids.procedure,
    ...(extension.length === 0 ? {} : { extension }),
    status: "completed",
    code: { coding: [CPT_CHEMODENERVATION], text: "OnabotulinumtoxinA injections for chronic migraine (PREEMPT)" },
    subject: PATIENT_REFERENCE,
    performedDateTime: session.date,
    reasonReference: [CONDITION_REFERENCE],
    ...(sites.length === 0 ? {} : { bodySite: sites.map(siteConcept) }),
    usedReference: [referenceTo("Medication", ids.medication)],
  };
  const batch = { ...(session.lot === undefined ? {} : { lotNumber: session.lot }), ...(session.expiry === undefined ? {} : { expirationDate: session.expiry }) };
  const medication: FhirResource = {
    resourceType: "Medication",
    id: ids.medication,
    code: { coding: [HCPCS_ONABOTULINUMTOXINA], text: "onabotulinumtoxinA" },
    ...(Object.keys(batch).length === 0 ? {} : { batch }),
  };
  return [procedure, medication];
}

/** A session of the record (without its injections) from its Procedure and Medication. */
export function sessionFromProcedure(at: At, medication: At | undefined): Record<string, unknown> {
  const date = dateAt(at, "performedDateTime");
  const reason = extensionValue(at, EXTENSION.overrideReason, "valueString");
  const blank = blankReasonOf(extensionValue(at, EXTENSION.overrideReasonBlank, "valueString"));
  if (reason !== undefined && blank !== undefined) rejectWith(`${at.path}.extension`, "holds both an override reason and a blank one");
  const batch = medication === undefined ? undefined : optionalObjectAt(medication, "batch");
  const lot = batch === undefined ? undefined : optionalStringAt(batch, "lotNumber");
  const expiry = batch === undefined ? undefined : optionalDateAt(batch, "expirationDate");
  return {
    date,
    overrideReason: reason?.value ?? blank ?? null,
    injections: [],
    ...(lot === undefined ? {} : { lot }),
    ...(expiry === undefined ? {} : { expiry }),
  };
}

/** The id a `Medication/<id>` reference names, or undefined. */
export function medicationIdOf(at: At): string | undefined {
  const first = objectsAt(at, "usedReference")[0];
  if (first === undefined) return undefined;
  const reference = optionalStringAt(first, "reference");
  return reference?.startsWith("Medication/") === true ? reference.slice("Medication/".length) : undefined;
}
