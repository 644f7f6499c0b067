/**
 * Matrix entries of a patient's documents as PDF (issue 10 §1: a clinic read of one patient) and
 * of the clinic's outcomes reports (clinic.read; a report is made here, done, in the clinic the
 * call is for, so its status and its PDF can be read).
 */
import { plainDate } from "#domain/shared/plain-date.ts";
import { runOutcomesReport } from "../../features/documents/outcomes-report-job.ts";
import { startOutcomesReport } from "../../features/documents/outcomes-report.ts";
import { clinicParams, patientParams, type CallContext, type MatrixEntries } from "./entry.ts";

const RANGE = { from: "2025-07-01", to: "2026-06-30" };

/** A finished outcomes report of the call's clinic, asked for by its administrator. */
async function doneReport({ world, clinic }: CallContext): Promise<string> {
  const report = await startOutcomesReport(world.deps, { clinicId: clinic.clinicId, userId: clinic.adminId }, { from: plainDate(RANGE.from), to: plainDate(RANGE.to) });
  await runOutcomesReport(world.deps, { clinicId: clinic.clinicId, reportId: report.id });
  return report.id;
}

export const documentEntries: MatrixEntries = {
  patientDocument: { call: ({ clinic }) => ({ params: patientParams(clinic, { kind: "summary" }) }) },
  startOutcomesReport: { call: ({ clinic }) => ({ params: clinicParams(clinic), body: RANGE }) },
  outcomesReport: { call: async (ctx) => ({ params: clinicParams(ctx.clinic, { reportId: await doneReport(ctx) }) }) },
  outcomesReportPdf: { call: async (ctx) => ({ params: clinicParams(ctx.clinic, { reportId: await doneReport(ctx) }) }) },
};
