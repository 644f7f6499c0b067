/**
 * Matrix entries of the CSV exchange (issue 10 §5): a patient's diary and the clinic's diaries,
 * sessions and outcomes as CSV (clinic.read), and the diary's CSV import with its dry run
 * (clinical.write; each allowed call imports the same day, unchanged after the first).
 */
import { clinicParams, patientParams, type MatrixEntries } from "./entry.ts";

const csvImport = { csv: "Date,Headache,Hours,Severity\r\n2026-07-16,yes,5,2\r\n", mapping: { date: "Date", headache: "Headache", hours: "Hours", severity: "Severity" } };

export const csvEntries: MatrixEntries = {
  patientDiaryCsv: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  clinicDiariesCsv: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  clinicSessionsCsv: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  clinicOutcomesCsv: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  importDiaryCsv: { call: ({ clinic }) => ({ params: patientParams(clinic), query: { dryRun: "false" }, body: csvImport }) },
};
