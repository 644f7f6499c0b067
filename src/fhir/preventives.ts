/**
 * Preventive trials (pathway-rules §5) as MedicationStatements: the drug's name as text, its class
 * as category, the outcome as statusReason (and a status that agrees with it), the dates as
 * effectivePeriod, the dose in the clinician's words as dosage[0].text. A List gathers them:
 * present with no entries ("nil known") means none were tried, while no List means no preventive
 * history was given (the criterion is then unknown).
 *
 * Read back, the List decides what the history is: only the MedicationStatements it references
 * are trials. A Bundle from elsewhere may carry other MedicationStatements (current medicines, say)
 * or other Lists; they are not preventive trials and are listed as ignored, never read as trials.
 */
import { PREVENTIVE_CLASSES, PREVENTIVE_OUTCOMES, type PreventiveOutcome, type PreventiveTrial } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM, SYSTEM, localCoding } from "./codes.ts";
import { codeAt, codeOf, dateAt, firstObjectAt, objectAt, objectsAt, optionalBooleanAt, optionalCodeOf, optionalDateAt, optionalStringAt, rejectWith, stringAt, type At } from "./read.ts";
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
    ...(trial.dose === undefined ? {} : { dosage: [{ text: trial.dose }] }),
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
  const dosage = objectsAt(at, "dosage")[0];
  const dose = dosage === undefined ? undefined : optionalStringAt(dosage, "text");
  return {
    name: stringAt(objectAt(at, "medicationCodeableConcept"), "text"),
    class: codeAt(at, "category", LOCAL_SYSTEM.preventiveClass, PREVENTIVE_CLASSES),
    start: dateAt(period, "start"),
    ...(end === undefined ? {} : { end }),
    outcome: codeOf(firstObjectAt(at, "statusReason"), LOCAL_SYSTEM.preventiveOutcome, PREVENTIVE_OUTCOMES),
    ...(dose === undefined ? {} : { dose }),
  };
}

/** A resource of the Bundle: where it is, its type and id, and its entry's fullUrl. */
export interface BundleResource {
  readonly at: At;
  readonly type: string;
  readonly id: string | undefined;
  readonly fullUrl?: string | undefined;
}

export interface PreventiveHistoryRead {
  /** Undefined when the Bundle has no preventive-history List (not given); else its trials, in the List's order. */
  readonly preventives: Record<string, unknown>[] | undefined;
  /** Paths of the Lists and MedicationStatements that are not the preventive history, in Bundle order. */
  readonly ignored: string[];
}

/** Whether a List entry's reference points at this resource: relative (`MedicationStatement/id`), absolute, or its entry's fullUrl (`urn:uuid:...`). */
function refersTo(reference: string, resource: BundleResource): boolean {
  if (resource.fullUrl !== undefined && reference === resource.fullUrl) return true;
  if (resource.id === undefined) return false;
  const relative = `${resource.type}/${resource.id}`;
  return reference === relative || reference.endsWith(`/${relative}`);
}

/**
 * The preventive history of a Bundle: the first List coded `preventive-history` and the
 * MedicationStatements it references (an entry marked `deleted` is not one). A reference to
 * nothing in the Bundle is an error naming its path (a trial would otherwise be lost silently);
 * other Lists and unreferenced MedicationStatements are ignored and listed.
 * @example readPreventiveHistory([]) // { preventives: undefined, ignored: [] }
 */
export function readPreventiveHistory(resources: readonly BundleResource[]): PreventiveHistoryRead {
  const lists = resources.filter((r) => r.type === "List");
  const statements = resources.filter((r) => r.type === "MedicationStatement");
  const history = lists.find((list) => optionalCodeOf(list.at, "code", LOCAL_SYSTEM.list) === PREVENTIVE_LIST_CODE);
  const referenced: BundleResource[] = [];
  for (const entry of history === undefined ? [] : objectsAt(history.at, "entry")) {
    if (optionalBooleanAt(entry, "deleted") === true) continue;
    const item = objectAt(entry, "item");
    const reference = stringAt(item, "reference");
    const statement = statements.find((s) => refersTo(reference, s));
    if (statement === undefined) rejectWith(`${item.path}.reference`, "must reference a MedicationStatement in this Bundle");
    if (!referenced.includes(statement)) referenced.push(statement);
  }
  const read = new Set<BundleResource>([...(history === undefined ? [] : [history]), ...referenced]);
  return {
    preventives: history === undefined ? undefined : referenced.map((statement) => preventiveFromStatement(statement.at)),
    ignored: resources.filter((r) => (r.type === "List" || r.type === "MedicationStatement") && !read.has(r)).map((r) => r.at.path),
  };
}
