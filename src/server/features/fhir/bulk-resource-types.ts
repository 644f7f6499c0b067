/** What a bulk export holds (ADR 0025). */

/**
 * The resource types a patient's export holds (docs/fhir.md, "The Bundle"), less Parameters: the
 * record's options name no patient, and a clinic's patients share its policy and settings.
 */
export const BULK_RESOURCE_TYPES = [
  "Patient",
  "Condition",
  "Observation",
  "List",
  "MedicationStatement",
  "QuestionnaireResponse",
  "Procedure",
  "Medication",
  "MedicationAdministration",
  "AdverseEvent",
  "Appointment",
  "CarePlan",
] as const;
