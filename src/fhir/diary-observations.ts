/**
 * A diary day as one Observation (pathway-rules §2): valueBoolean is "had a headache"; hours,
 * the duration band, severity, each feature given and each acute medicine are components, in the
 * record's order. The count of medicines is sent whenever the list is (0 is "took none", which is
 * not the same as not asked).
 */
import {
  ACUTE_MEDICATION_CLASSES,
  DURATION_BANDS,
  HEADACHE_FEATURES,
  type AcuteMedicationTaken,
  type DiaryDay,
  type HeadacheFeature,
} from "#domain/shared/record.ts";
import { EXTENSION, LOCAL_SYSTEM, SYSTEM, localCoding } from "./codes.ts";
import { hoursAt, hoursQuantity } from "./quantities.ts";
import { booleanAt, codeAt, dateAt, extensionValue, numberAt, objectAt, objectsAt, optionalStringAt, rejectWith, type At } from "./read.ts";
import { PATIENT_REFERENCE } from "./references.ts";
import type { FhirResource } from "./types.ts";

export const DIARY_DAY_CODE = "diary-day";
const SURVEY = [{ coding: [{ system: SYSTEM.observationCategory, code: "survey" }] }];

const component = (code: string, value: Record<string, unknown>, system: string = LOCAL_SYSTEM.diaryComponent) => ({ code: { coding: [localCoding(system, code)] }, ...value });

function medicationComponent(medication: AcuteMedicationTaken) {
  return {
    ...(medication.relief === undefined ? {} : { extension: [{ url: EXTENSION.medicationRelief, valueBoolean: medication.relief }] }),
    ...component("acute-medication", {
      valueCodeableConcept: {
        coding: [localCoding(LOCAL_SYSTEM.acuteMedicationClass, medication.class)],
        // An empty name is no name (FHIR strings are never empty).
        ...(medication.name === undefined || medication.name === "" ? {} : { text: medication.name }),
      },
    }),
  };
}

/**
 * The Observation of one diary day.
 * @example diaryObservation({ date: "2026-01-02", headache: false }).valueBoolean // false
 */
export function diaryObservation(day: DiaryDay): FhirResource {
  const components = [
    ...(day.hours === undefined ? [] : [component("hours", { valueQuantity: hoursQuantity(day.hours) })]),
    ...(day.duration === undefined ? [] : [component("duration-band", { valueCodeableConcept: { coding: [localCoding(LOCAL_SYSTEM.durationBand, day.duration)] } })]),
    ...(day.severity === undefined ? [] : [component("severity", { valueInteger: day.severity })]),
    ...HEADACHE_FEATURES.flatMap((feature) => {
      const value = day.features?.[feature];
      return value === undefined ? [] : [component(feature, { valueBoolean: value }, LOCAL_SYSTEM.headacheFeature)];
    }),
    ...(day.medications === undefined ? [] : [component("acute-medication-count", { valueInteger: day.medications.length }), ...day.medications.map(medicationComponent)]),
  ];
  return {
    resourceType: "Observation",
    id: `diary-${day.date}`,
    status: "final",
    category: SURVEY,
    code: { coding: [localCoding(LOCAL_SYSTEM.observation, DIARY_DAY_CODE, "Headache diary day")] },
    subject: PATIENT_REFERENCE,
    effectiveDateTime: day.date,
    valueBoolean: day.headache,
    ...(components.length === 0 ? {} : { component: components }),
  };
}

/** A diary day of the record from its Observation (the JSON the record format reads). */
export function diaryDayFromObservation(at: At): Record<string, unknown> {
  const day: Record<string, unknown> = { date: dateAt(at, "effectiveDateTime"), headache: booleanAt(at, "valueBoolean") };
  const features: Partial<Record<HeadacheFeature, boolean>> = {};
  const medications: Record<string, unknown>[] = [];
  let medicationCount: number | undefined;
  for (const part of objectsAt(at, "component")) {
    const codings = objectsAt(objectAt(part, "code"), "coding");
    const feature = codings.find((c) => c.value["system"] === LOCAL_SYSTEM.headacheFeature);
    if (feature !== undefined) {
      const name = optionalStringAt(feature, "code");
      if (!(HEADACHE_FEATURES as readonly (string | undefined)[]).includes(name)) rejectWith(`${feature.path}.code`, `must be one of ${HEADACHE_FEATURES.join(", ")}`);
      features[name as HeadacheFeature] = booleanAt(part, "valueBoolean");
      continue;
    }
    const code = codings.find((c) => c.value["system"] === LOCAL_SYSTEM.diaryComponent);
    switch (code === undefined ? undefined : optionalStringAt(code, "code")) {
      case "hours":
        day["hours"] = hoursAt(part, "valueQuantity");
        break;
      case "duration-band":
        day["duration"] = codeAt(part, "valueCodeableConcept", LOCAL_SYSTEM.durationBand, DURATION_BANDS);
        break;
      case "severity":
        day["severity"] = numberAt(part, "valueInteger");
        break;
      case "acute-medication-count":
        medicationCount = numberAt(part, "valueInteger");
        break;
      case "acute-medication": {
        const concept = objectAt(part, "valueCodeableConcept");
        const name = optionalStringAt(concept, "text");
        const relief = extensionValue(part, EXTENSION.medicationRelief, "valueBoolean");
        medications.push({
          ...(name === undefined ? {} : { name }),
          class: codeAt(part, "valueCodeableConcept", LOCAL_SYSTEM.acuteMedicationClass, ACUTE_MEDICATION_CLASSES),
          ...(relief === undefined ? {} : { relief: relief.value }),
        });
        break;
      }
      default:
        rejectWith(`${part.path}.code`, `must be a diary component of ${LOCAL_SYSTEM.diaryComponent} or a feature of ${LOCAL_SYSTEM.headacheFeature}`);
    }
  }
  if (Object.keys(features).length > 0) day["features"] = features;
  if (medicationCount !== undefined && medicationCount !== medications.length) rejectWith(`${at.path}.component`, `says ${medicationCount} acute medicines but lists ${medications.length}`);
  if (medicationCount !== undefined || medications.length > 0) day["medications"] = medications;
  return day;
}
