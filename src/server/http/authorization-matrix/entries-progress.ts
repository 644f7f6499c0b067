/**
 * Matrix entries of progress: the clinician's chart and diary calendar of a patient, and the
 * patient's own "My progress" (their own only: the answer names the patient).
 */
import { patientParams, type MatrixEntries } from "./entry.ts";

export const progressEntries: MatrixEntries = {
  patientProgress: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  patientDiaryCalendar: { call: ({ clinic }) => ({ params: patientParams(clinic), query: { from: "2026-06-01", to: "2026-07-20" } }) },
  myProgress: { call: () => ({}), answerPatient: (answer) => (answer as { patientId: string }).patientId },
};
