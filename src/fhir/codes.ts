/**
 * The code systems the Cephalog FHIR profile uses (docs/fhir.md, "Codes"). External systems are
 * named by their canonical FHIR URIs (https://hl7.org/fhir/R4/terminologies-systems.html); codes
 * without a confirmed external concept (clinical-facts.md §12: no LOINC for HIT-6, no generic
 * SNOMED CT "chronic migraine", no confirmed SNOMED CT muscle concepts here) use local code systems
 * under https://cephalog.org/fhir/CodeSystem/, each listed with its codes in docs/fhir.md.
 */
import type { ChronicMigraineIcd10 } from "#domain/authorization/icd10-code.ts";
import type { CodeableConcept, Coding } from "./types.ts";

export const SYSTEM = {
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  cpt: "http://www.ama-assn.org/go/cpt",
  hcpcs: "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
  ndc: "http://hl7.org/fhir/sid/ndc",
  ucum: "http://unitsofmeasure.org",
  v3Route: "http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionVerification: "http://terminology.hl7.org/CodeSystem/condition-ver-status",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  listEmptyReason: "http://terminology.hl7.org/CodeSystem/list-empty-reason",
} as const;

const LOCAL = "https://cephalog.org/fhir";

/** Local code systems (docs/fhir.md lists every code). */
export const LOCAL_SYSTEM = {
  patientId: `${LOCAL}/NamingSystem/patient-id`,
  observation: `${LOCAL}/CodeSystem/observation`,
  diaryComponent: `${LOCAL}/CodeSystem/diary-component`,
  headacheFeature: `${LOCAL}/CodeSystem/headache-feature`,
  durationBand: `${LOCAL}/CodeSystem/duration-band`,
  acuteMedicationClass: `${LOCAL}/CodeSystem/acute-medication-class`,
  windowCount: `${LOCAL}/CodeSystem/window-count`,
  history: `${LOCAL}/CodeSystem/history`,
  preventiveClass: `${LOCAL}/CodeSystem/preventive-class`,
  preventiveOutcome: `${LOCAL}/CodeSystem/preventive-outcome`,
  preemptSite: `${LOCAL}/CodeSystem/preempt-site`,
  administrationKind: `${LOCAL}/CodeSystem/administration-kind`,
  scoreMethod: `${LOCAL}/CodeSystem/score-method`,
  sideEffectSymptom: `${LOCAL}/CodeSystem/side-effect-symptom`,
  list: `${LOCAL}/CodeSystem/list`,
  condition: `${LOCAL}/CodeSystem/condition`,
  settings: `${LOCAL}/CodeSystem/assessment-option`,
} as const;

/** Extensions of the profile (docs/fhir.md, "Extensions"). */
export const EXTENSION = {
  medicationRelief: `${LOCAL}/StructureDefinition/medication-relief`,
  followThePain: `${LOCAL}/StructureDefinition/follow-the-pain`,
  overrideReason: `${LOCAL}/StructureDefinition/interval-override-reason`,
  overrideReasonBlank: `${LOCAL}/StructureDefinition/interval-override-reason-blank`,
  derived: `${LOCAL}/StructureDefinition/derived-from-record`,
} as const;

/** The canonical URLs of the two questionnaires (their item text is licensed, so none is shipped). */
export const QUESTIONNAIRE_URL = { "HIT-6": `${LOCAL}/Questionnaire/hit-6`, MIDAS: `${LOCAL}/Questionnaire/midas` } as const;

/** CPT 64615: chemodenervation for chronic migraine, once per session (clinical-facts.md §9.3). */
export const CPT_CHEMODENERVATION: Coding = { system: SYSTEM.cpt, code: "64615", display: "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)" };

/** HCPCS J0585: onabotulinumtoxinA per unit (clinical-facts.md §9.3; src/domain/stock/products.ts). */
export const HCPCS_ONABOTULINUMTOXINA: Coding = { system: SYSTEM.hcpcs, code: "J0585", display: "Injection, onabotulinumtoxina, 1 unit" };

/**
 * The local code that marks Cephalog's own chronic-migraine Condition (the import reads that one
 * Condition only; ids are no guide, since the server rewrites them, docs/fhir.md "On the server").
 */
export const CHRONIC_MIGRAINE_CODING: Coding = { system: LOCAL_SYSTEM.condition, code: "chronic-migraine", display: "Chronic migraine (ICHD-3 1.3)" };

/** The ICD-10-CM titles of the codes the packet's rule proposes (clinical-facts.md §9.4; src/domain/authorization/icd10-code.ts). */
const ICD10_DISPLAY: Readonly<Record<ChronicMigraineIcd10, string>> = {
  "G43.709": "Chronic migraine without aura, not intractable, without status migrainosus",
  "G43.719": "Chronic migraine without aura, intractable, without status migrainosus",
};

/**
 * The ICD-10-CM coding of a code the rule proposed.
 * @example icd10Coding("G43.719").display // "Chronic migraine without aura, intractable, without status migrainosus"
 */
export function icd10Coding(code: ChronicMigraineIcd10): Coding {
  return { system: SYSTEM.icd10cm, code, display: ICD10_DISPLAY[code] };
}

/** HL7 v3 RouteOfAdministration IM (in the official v3 code systems). */
export const ROUTE_INTRAMUSCULAR: CodeableConcept = { coding: [{ system: SYSTEM.v3Route, code: "IM", display: "Injection, intramuscular" }] };

/** A coding of a local system. */
export function localCoding(system: string, code: string, display?: string): Coding {
  return display === undefined ? { system, code } : { system, code, display };
}

