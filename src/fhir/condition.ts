/**
 * Condition: chronic migraine, marked by the local code `condition|chronic-migraine` (no generic
 * SNOMED CT "chronic migraine" concept is confirmed, clinical-facts.md §12) and coded in ICD-10-CM by
 * the authorization packet's rule (src/domain/authorization/icd10-code.ts, ADR 0026): G43.709, or
 * G43.719 after failed preventives in two classes, and no ICD-10-CM code unless met. The
 * verification is the diary's verdict (pathway-rules §3, `assess`) on the export date, or on the
 * eve of the first session once treated (stated-diagnosis.ts): met confirmed, too little diary
 * provisional, not met refuted. The attested onset (`history.chronicMigraineSince`) is its
 * onsetDateTime: the one field of it the import reads back.
 */
import type { Assessment } from "#domain/assess/assessment.ts";
import { statedDiagnosis, type StatedDiagnosis } from "#domain/authorization/stated-diagnosis.ts";
import type { ChronicMigraineStatus } from "#domain/diagnosis/chronic-migraine.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { CHRONIC_MIGRAINE_CODING, LOCAL_SYSTEM, SYSTEM, icd10Coding } from "./codes.ts";
import { optionalCodeOf, optionalDateAt, rejectWith, type At } from "./read.ts";
import { CONDITION_ID, PATIENT_REFERENCE } from "./references.ts";
import type { FhirResource } from "./types.ts";

const VERIFICATION: Readonly<Record<ChronicMigraineStatus, string>> = { met: "confirmed", "not-met": "refuted", "insufficient-data": "provisional" };

function notesOf(diagnosis: StatedDiagnosis): { text: string }[] {
  const { code, auraDays } = diagnosis.icd10;
  const judged = `Verification from the headache diary (ICHD-3 1.3 over 28-day windows) as of ${diagnosis.asOf}${diagnosis.beforeFirstSession ? ", the eve of the first session" : ""}.`;
  // As the packet says it (icd10-code.ts): the diary records aura per day, the code is the without-aura one, the with-aura codes may apply.
  const aura = code === null || auraDays === 0
    ? []
    : [`Aura was recorded on ${auraDays} day${auraDays === 1 ? "" : "s"} in W1-W3: if the clinician diagnoses chronic migraine with aura, the ICD-10-CM code is G43.E09 or G43.E19 instead of ${code}.`];
  return [judged, ...aura].map((text) => ({ text }));
}

/**
 * The chronic migraine Condition of a record and its assessment.
 * @example conditionResource(record, assess(record, options)).verificationStatus
 * // { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-ver-status", code: "confirmed" }] }
 */
export function conditionResource(record: PatientRecord, assessment: Assessment): FhirResource {
  const diagnosis = statedDiagnosis(record, assessment);
  const since = record.history?.chronicMigraineSince;
  const code = diagnosis.icd10.code;
  // A refuted diagnosis is no problem on the list, and a clinical status means nothing for it
  // (R4 con-3 asks for one only on problem-list entries).
  const onList = diagnosis.status !== "not-met";
  return {
    resourceType: "Condition",
    id: CONDITION_ID,
    ...(onList ? { clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: "active" }] } } : {}),
    verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: VERIFICATION[diagnosis.status] }] },
    ...(onList ? { category: [{ coding: [{ system: SYSTEM.conditionCategory, code: "problem-list-item" }] }] } : {}),
    code: { coding: [CHRONIC_MIGRAINE_CODING, ...(code === null ? [] : [icd10Coding(code)])], text: "Chronic migraine" },
    subject: PATIENT_REFERENCE,
    ...(since === undefined ? {} : { onsetDateTime: since }),
    note: notesOf(diagnosis),
  };
}

/**
 * Whether a Condition is Cephalog's chronic-migraine one: its code holds the local coding (ids are
 * no guide, the server rewrites them; another system's Condition is never read as ours).
 * @example isChronicMigraineCondition({ value: { code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I10" }] } }, path: "entry[9].resource" }) // false
 */
export function isChronicMigraineCondition(at: At): boolean {
  return optionalCodeOf(at, "code", LOCAL_SYSTEM.condition) === CHRONIC_MIGRAINE_CODING.code;
}

/**
 * `history.chronicMigraineSince` from the Bundle's Conditions: the onset of the chronic-migraine
 * one; every other Condition is returned in `ignored` (by path) for the import's warnings.
 * @example chronicMigraineOnsetOf([hypertension]) // { since: undefined, ignored: ["entry[9].resource"] }
 */
export function chronicMigraineOnsetOf(conditions: readonly At[]): { since: PlainDate | undefined; ignored: string[] } {
  const ours = conditions.filter(isChronicMigraineCondition);
  const second = ours[1];
  if (second !== undefined) rejectWith(second.path, `is a second chronic-migraine Condition (code ${LOCAL_SYSTEM.condition}|${CHRONIC_MIGRAINE_CODING.code}); a Bundle holds at most one`);
  const first = ours[0];
  return {
    since: first === undefined ? undefined : optionalDateAt(first, "onsetDateTime"),
    ignored: conditions.filter((at) => !isChronicMigraineCondition(at)).map((at) => at.path),
  };
}
