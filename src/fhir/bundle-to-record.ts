/**
 * `bundleToRecord`: a Bundle made by `recordToBundle` back into the patient record it came from
 * (cephalog.patient-record/1, as JSON; parse it with parsePatientRecord). What the export derived
 * (the 28-day windows, the Condition's verification, the Appointment, the CarePlan, the scores
 * calculated from answers) is not read: it is computed again from what is. Resources,
 * Observations or Conditions the profile does not know, and Lists and MedicationStatements that are
 * not the preventive history, are listed in `ignored`, never silently dropped.
 */
import { PATIENT_RECORD_SCHEMA_ID } from "#contracts/patient-record.ts";
import type { FieldIssue } from "#contracts/issues.ts";
import { LOCAL_SYSTEM } from "./codes.ts";
import { chronicMigraineOnsetOf } from "./condition.ts";
import { DIARY_DAY_CODE, diaryDayFromObservation } from "./diary-observations.ts";
import { historyFlagOf, historyFlagValue } from "./history-observations.ts";
import { ADMINISTRATION_KIND, injectionFromAdministration, otherDoseFromAdministration, partOfReference } from "./medication-administrations.ts";
import { patientFromResource } from "./patient.ts";
import { readPreventiveHistory } from "./preventives.ts";
import { medicationIdOf, sessionFromProcedure } from "./procedures.ts";
import { SCORE_CODE, questionnaireFromResponse } from "./questionnaires.ts";
import { BundleReadError, isObject, objectAt, objectsAt, optionalCodeOf, optionalStringAt, rejectWith, stringAt, type At } from "./read.ts";
import { recordOptionsFrom } from "./record-options.ts";
import { sideEffectFromAdverseEvent } from "./adverse-events.ts";
import { WINDOW_CODE } from "./window-observations.ts";

export type BundleToRecordResult =
  | { readonly ok: true; readonly record: Record<string, unknown>; readonly ignored: readonly string[] }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Resource types the export writes and the import does not need (derived, or read through another). */
const DERIVED_TYPES = new Set(["Appointment", "CarePlan", "Medication"]);
const SCORE_CODES: readonly string[] = Object.values(SCORE_CODE);

/**
 * Reads a Bundle (parsed JSON) back into a patient record.
 * @example bundleToRecord({ resourceType: "Observation" }) // { ok: false, issues: [{ path: "resourceType", message: "must be Bundle" }] }
 */
export function bundleToRecord(bundle: unknown): BundleToRecordResult {
  try {
    return readBundle(bundle);
  } catch (error) {
    if (error instanceof BundleReadError) return { ok: false, issues: [{ path: error.path.replace(/^\./, "") || "bundle", message: error.message.slice(error.path.length + 2) }] };
    throw error;
  }
}

function readBundle(bundle: unknown): BundleToRecordResult {
  if (!isObject(bundle)) return rejectWith("bundle", "must be a JSON object");
  if (bundle["resourceType"] !== "Bundle") rejectWith("resourceType", "must be Bundle");
  const root: At = { value: bundle, path: "" };
  const resources = objectsAt(root, "entry").map((entry) => ({ at: objectAt(entry, "resource"), fullUrl: optionalStringAt(entry, "fullUrl") })).map(({ at, fullUrl }) => ({ at: { value: at.value, path: at.path.replace(/^\./, "") }, type: stringAt(at, "resourceType"), id: optionalStringAt(at, "id"), fullUrl }));
  const byTypeAndId = new Map(resources.map((r) => [`${r.type}/${r.id ?? ""}`, r.at]));
  const ignored: string[] = [];
  const ofType = (type: string) => resources.filter((r) => r.type === type).map((r) => r.at);

  const patients = ofType("Patient");
  if (patients.length !== 1) rejectWith("entry", `must hold exactly one Patient (found ${patients.length})`);
  const record: Record<string, unknown> = { schema: PATIENT_RECORD_SCHEMA_ID };
  for (const options of ofType("Parameters")) Object.assign(record, recordOptionsFrom(options));
  record["patient"] = patientFromResource(patients[0] as At);

  const history: Record<string, unknown> = {};
  // Only our chronic-migraine Condition gives the onset; any other (a hypertension's onset is no migraine history) is a warning.
  const conditions = chronicMigraineOnsetOf(ofType("Condition"));
  if (conditions.since !== undefined) history["chronicMigraineSince"] = conditions.since;
  ignored.push(...conditions.ignored);
  const diary: Record<string, unknown>[] = [];
  const scores = new Map<string, At>();
  for (const observation of ofType("Observation")) {
    const code = optionalCodeOf(observation, "code", LOCAL_SYSTEM.observation) ?? optionalCodeOf(observation, "code", LOCAL_SYSTEM.history);
    const flag = historyFlagOf(code);
    if (flag !== undefined) history[flag] = historyFlagValue(observation);
    else if (code === DIARY_DAY_CODE) diary.push(diaryDayFromObservation(observation));
    else if (code !== undefined && SCORE_CODES.includes(code)) {
      const from = objectsAt(observation, "derivedFrom")[0];
      const target = from === undefined ? undefined : optionalStringAt(from, "reference");
      if (target !== undefined) scores.set(target, observation);
    } else if (code !== WINDOW_CODE) ignored.push(observation.path);
  }
  if (Object.keys(history).length > 0) record["history"] = history;
  record["diary"] = diary;

  // Only the MedicationStatements the preventive-history List references are trials; other ones and other Lists are warnings.
  const preventiveHistory = readPreventiveHistory(resources);
  if (preventiveHistory.preventives !== undefined) record["preventives"] = preventiveHistory.preventives;
  ignored.push(...preventiveHistory.ignored);

  const sessions = new Map<string, { session: Record<string, unknown>; injections: Record<string, unknown>[] }>();
  for (const procedure of ofType("Procedure")) {
    const medicationId = medicationIdOf(procedure);
    const session = sessionFromProcedure(procedure, medicationId === undefined ? undefined : byTypeAndId.get(`Medication/${medicationId}`));
    sessions.set(`Procedure/${optionalStringAt(procedure, "id") ?? ""}`, { session, injections: [] });
  }
  const otherDoses: Record<string, unknown>[] = [];
  for (const administration of ofType("MedicationAdministration")) {
    const kind = optionalCodeOf(administration, "category", LOCAL_SYSTEM.administrationKind);
    if (kind === ADMINISTRATION_KIND.other) {
      otherDoses.push(otherDoseFromAdministration(administration));
      continue;
    }
    const session = sessions.get(partOfReference(administration) ?? "");
    if (kind !== ADMINISTRATION_KIND.site || session === undefined) rejectWith(administration.path, "must be part of a session's Procedure in this Bundle (partOf), or a dose for another indication (category)");
    session.injections.push(injectionFromAdministration(administration));
  }
  record["treatments"] = [...sessions.values()].map(({ session, injections }) => ({ ...session, injections }));
  record["otherToxinDoses"] = otherDoses;
  record["questionnaires"] = ofType("QuestionnaireResponse").map((response) => questionnaireFromResponse(response, scores.get(`QuestionnaireResponse/${optionalStringAt(response, "id") ?? ""}`)));
  record["sideEffectReports"] = ofType("AdverseEvent").map(sideEffectFromAdverseEvent);

  const read = new Set(["Patient", "Parameters", "Condition", "Observation", "List", "MedicationStatement", "Procedure", "MedicationAdministration", "QuestionnaireResponse", "AdverseEvent"]);
  for (const r of resources) if (!read.has(r.type) && !DERIVED_TYPES.has(r.type)) ignored.push(r.at.path);
  return { ok: true, record, ignored };
}
