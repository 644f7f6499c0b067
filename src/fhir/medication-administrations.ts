/**
 * Toxin given, as MedicationAdministrations: one per PREEMPT site of a session (partOf its
 * Procedure; the site coded, route intramuscular, units as the dose; the session's Medication with
 * its lot and expiry), and one per dose for another indication (pathway-rules §6: they count toward
 * the cumulative limit), told apart by their category (local administration-kind).
 */
import type { Injection, OtherToxinDose, TreatmentSession } from "#domain/shared/record.ts";
import { EXTENSION, LOCAL_SYSTEM, ROUTE_INTRAMUSCULAR, localCoding } from "./codes.ts";
import { toxinUnitsAt, toxinUnitsQuantity } from "./quantities.ts";
import { dateAt, extensionValue, firstObjectAt, objectAt, objectsAt, optionalStringAt, type At } from "./read.ts";
import { PATIENT_REFERENCE, referenceTo, sessionIds } from "./references.ts";
import { siteConcept, siteOf } from "./sites.ts";
import type { FhirResource } from "./types.ts";

export const ADMINISTRATION_KIND = { site: "preempt-site", other: "other-indication" } as const;

/**
 * The MedicationAdministration of each site of a session, in the record's order.
 * @example siteAdministrations({ date: "2026-02-01", injections: [{ muscle: "procerus", side: "midline", units: 5 }] })[0].id
 * // "session-2026-02-01-site-1"
 */
export function siteAdministrations(session: TreatmentSession): FhirResource[] {
  const ids = sessionIds(session.date);
  return session.injections.map((injection: Injection, index) => ({
    resourceType: "MedicationAdministration",
    id: ids.site(index),
    ...(injection.followThePain === undefined ? {} : { extension: [{ url: EXTENSION.followThePain, valueBoolean: injection.followThePain }] }),
    partOf: [referenceTo("Procedure", ids.procedure)],
    status: "completed",
    category: { coding: [localCoding(LOCAL_SYSTEM.administrationKind, ADMINISTRATION_KIND.site)] },
    medicationReference: referenceTo("Medication", ids.medication),
    subject: PATIENT_REFERENCE,
    effectiveDateTime: session.date,
    dosage: { site: siteConcept(injection), route: ROUTE_INTRAMUSCULAR, dose: toxinUnitsQuantity(injection.units) },
  }));
}

/**
 * The MedicationAdministration of a botulinum toxin dose for another indication.
 * @example otherDoseAdministration({ date: "2026-01-20", units: 100, indication: "spasticity" }, 0).reasonCode
 * // [{ text: "spasticity" }]
 */
export function otherDoseAdministration(dose: OtherToxinDose, index: number): FhirResource {
  return {
    resourceType: "MedicationAdministration",
    id: `other-toxin-${index + 1}`,
    status: "completed",
    category: { coding: [localCoding(LOCAL_SYSTEM.administrationKind, ADMINISTRATION_KIND.other)] },
    medicationCodeableConcept: { text: "botulinum toxin" },
    subject: PATIENT_REFERENCE,
    effectiveDateTime: dose.date,
    // An empty indication is no indication (FHIR strings are never empty).
    ...(dose.indication === undefined || dose.indication === "" ? {} : { reasonCode: [{ text: dose.indication }] }),
    dosage: { dose: toxinUnitsQuantity(dose.units) },
  };
}

/** The reference `partOf` names (the session's Procedure), if any. */
export function partOfReference(at: At): string | undefined {
  const first = objectsAt(at, "partOf")[0];
  return first === undefined ? undefined : optionalStringAt(first, "reference");
}

/** An injection of the record from a site's MedicationAdministration. */
export function injectionFromAdministration(at: At): Record<string, unknown> {
  const dosage = objectAt(at, "dosage");
  const followThePain = extensionValue(at, EXTENSION.followThePain, "valueBoolean");
  return { ...siteOf(objectAt(dosage, "site")), units: toxinUnitsAt(dosage, "dose"), ...(followThePain === undefined ? {} : { followThePain: followThePain.value }) };
}

/** An other toxin dose of the record from its MedicationAdministration. */
export function otherDoseFromAdministration(at: At): Record<string, unknown> {
  const reason = objectsAt(at, "reasonCode").length === 0 ? undefined : optionalStringAt(firstObjectAt(at, "reasonCode"), "text");
  return { date: dateAt(at, "effectiveDateTime"), units: toxinUnitsAt(objectAt(at, "dosage"), "dose"), ...(reason === undefined ? {} : { indication: reason }) };
}
