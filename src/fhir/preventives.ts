/**
 * Preventive trials (pathway-rules §5) as MedicationStatements: the drug's name as text, its class
 * as category, the outcome as statusReason (and a status that agrees with it), the dates as
 * effectivePeriod. A List gathers them: present with no entries ("nil known") means none were
 * tried, while no List means no preventive history was given (the criterion is then unknown).
 */
import { PREVENTIVE_CLASSES, PREVENTIVE_OUTCOMES, type PreventiveOutcome, type PreventiveTrial } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM, SYSTEM, localCoding } from "./codes.ts";
import { codeAt, codeOf, dateAt, firstObjectAt, objectAt, optionalDateAt, stringAt, type At } from "./read.ts";
import { PATIENT_REFERENCE, referenceTo } from "./references.ts";
import type { FhirResource } from "./types.ts";

export const PREVENTIVE_LIST_CODE = "preventive-history";

// MedicationStatement.status (required binding medication-statement-status).
const STATUS: Readonly<Record<PreventiveOutcome, string>> = {
  ongoing: "active",
  effective: "completed",
  ineffective: "stopped",
  "not-tolerated": "stopped",
  contraindicated: "not-taken",
};

/**
 * The List and the MedicationStatements of the preventive history; nothing when it was not given.
 * @example preventiveResources([]).map((r) => r.resourceType) // ["List"]
 */
export function preventiveResources(preventives: readonly PreventiveTrial[] | undefined): FhirResource[] {
  if (preventives === undefined) return [];
  const statements = preventives.map((trial, index): FhirResource => ({
    resourceType: "MedicationStatement",
    id: `preventive-${index + 1}`,
    status: STATUS[trial.outcome],
    statusReason: [{ coding: [localCoding(LOCAL_SYSTEM.preventiveOutcome, trial.outcome)] }],
    category: { coding: [localCoding(LOCAL_SYSTEM.preventiveClass, trial.class)] },
    medicationCodeableConcept: { text: trial.name },
    subject: PATIENT_REFERENCE,
    effectivePeriod: { start: trial.start, ...(trial.end === undefined ? {} : { end: trial.end }) },
  }));
  const list: FhirResource = {
    resourceType: "List",
    id: PREVENTIVE_LIST_CODE,
    status: "current",
    mode: "snapshot",
    title: "Preventive treatments tried",
    code: { coding: [localCoding(LOCAL_SYSTEM.list, PREVENTIVE_LIST_CODE)] },
    subject: PATIENT_REFERENCE,
    ...(statements.length === 0
      ? { emptyReason: { coding: [{ system: SYSTEM.listEmptyReason, code: "nilknown" }] } }
      : { entry: statements.map((s) => ({ item: referenceTo("MedicationStatement", s.id as string) })) }),
  };
  return [list, ...statements];
}

/** A preventive of the record from its MedicationStatement. */
export function preventiveFromStatement(at: At): Record<string, unknown> {
  const period = objectAt(at, "effectivePeriod");
  const end = optionalDateAt(period, "end");
  return {
    name: stringAt(objectAt(at, "medicationCodeableConcept"), "text"),
    class: codeAt(at, "category", LOCAL_SYSTEM.preventiveClass, PREVENTIVE_CLASSES),
    start: dateAt(period, "start"),
    ...(end === undefined ? {} : { end }),
    outcome: codeOf(firstObjectAt(at, "statusReason"), LOCAL_SYSTEM.preventiveOutcome, PREVENTIVE_OUTCOMES),
  };
}
