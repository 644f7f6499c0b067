/**
 * Patient: the sender's id as an identifier (any string; FHIR ids are narrower), birth date and sex
 * (the record's sexes are FHIR's AdministrativeGender codes, https://hl7.org/fhir/R4/valueset-administrative-gender.html).
 */
import { SEXES, type PatientFacts, type Sex } from "#domain/shared/record.ts";
import { LOCAL_SYSTEM } from "./codes.ts";
import { dateAt, objectsAt, optionalStringAt, rejectWith, stringAt, type At } from "./read.ts";
import { PATIENT_ID } from "./references.ts";
import type { FhirResource } from "./types.ts";

/**
 * The Patient resource of a record's patient.
 * @example patientResource({ id: "p1", sex: "female" })
 * // { resourceType: "Patient", id: "patient", identifier: [{ system: ".../patient-id", value: "p1" }], gender: "female" }
 */
export function patientResource(patient: PatientFacts): FhirResource {
  return {
    resourceType: "Patient",
    id: PATIENT_ID,
    identifier: [{ system: LOCAL_SYSTEM.patientId, value: patient.id }],
    ...(patient.sex === undefined ? {} : { gender: patient.sex }),
    ...(patient.birthDate === undefined ? {} : { birthDate: patient.birthDate }),
  };
}

/** The record's `patient` from a Patient resource. */
export function patientFromResource(at: At): { id: string; birthDate?: string; sex?: Sex } {
  const identifier = objectsAt(at, "identifier").find((i) => i.value["system"] === LOCAL_SYSTEM.patientId) ?? objectsAt(at, "identifier")[0];
  if (identifier === undefined) rejectWith(`${at.path}.identifier`, `must hold the patient's id (system ${LOCAL_SYSTEM.patientId})`);
  const id = stringAt(identifier, "value");
  const gender = optionalStringAt(at, "gender");
  if (gender !== undefined && !(SEXES as readonly string[]).includes(gender)) rejectWith(`${at.path}.gender`, `must be one of ${SEXES.join(", ")}`);
  const birthDate = at.value["birthDate"] === undefined ? undefined : dateAt(at, "birthDate");
  return { id, ...(birthDate === undefined ? {} : { birthDate }), ...(gender === undefined ? {} : { sex: gender as Sex }) };
}

