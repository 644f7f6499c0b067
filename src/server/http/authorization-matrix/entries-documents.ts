/** Matrix entries of a patient's documents as PDF (issue 10 §1): a clinic read of one patient. */
import { patientParams, type MatrixEntries } from "./entry.ts";

export const documentEntries: MatrixEntries = {
  patientDocument: { call: ({ clinic }) => ({ params: patientParams(clinic, { kind: "summary" }) }) },
};
