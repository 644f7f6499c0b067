/** The patient's facts as the chart states them (sex words typed over the domain's list, so a new value cannot be shown without words). */
import type { PatientSummary } from "#contracts/api/patients.ts";
import type { Sex } from "#domain/shared/record.ts";
import { formatPlainDate } from "#web/ui/format.ts";

export const SEX_WORDS: { readonly [S in Sex]: string } = {
  female: "female",
  male: "male",
  other: "other",
  unknown: "not known",
};

/**
 * The chart's line of facts about the patient: record number and sex when known.
 * @example patientFacts({ birthDate: "1980-02-01", sex: "female", recordNumber: "MRN-7", timeZone: "Europe/London" }, "2026-12-04")
 * // "Record MRN-7 · born 1 Feb 1980 · sex female · time zone Europe/London · the patient's today: 4 Dec 2026"
 */
export function patientFacts(patient: Pick<PatientSummary, "birthDate" | "sex" | "recordNumber" | "timeZone">, today: string): string {
  return [
    patient.recordNumber === null ? null : `Record ${patient.recordNumber}`,
    `${patient.recordNumber === null ? "Born" : "born"} ${formatPlainDate(patient.birthDate)}`,
    patient.sex === null ? null : `sex ${SEX_WORDS[patient.sex]}`,
    `time zone ${patient.timeZone}`,
    `the patient's today: ${formatPlainDate(today)}`,
  ]
    .filter((part): part is string => part !== null)
    .join(" · ");
}
