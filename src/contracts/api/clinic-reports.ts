/**
 * The clinic's reports page (issue 10 §3 "clinic outcomes", §1 "generated as a job with progress
 * when it takes more than a second"): the clinic outcomes PDF for a date range is made as a job,
 * since reading every treated patient of a clinic takes seconds (docs/reports.md gives the
 * measurement). The page asks for it, polls its progress, then downloads the PDF.
 *
 * The report is the clinic's aggregate (no patient is named in it), so anyone who may read the
 * clinic (`clinic.read`, as the CSV exports) may follow and download any of the clinic's reports.
 */
import { z } from "zod";
import { clinicParamsSchema, idSchema } from "./common.ts";
import { answerDateSchema, answerInstantSchema, plainDateSchema } from "../plain-date.ts";
import type { RouteContract } from "./route-contract.ts";

/** The longest range a report may cover: ten years, more than any clinic's programme so far. */
export const OUTCOMES_RANGE_MAX_DAYS = 3660;

export const outcomesReportRequestSchema = z
  .object({ from: plainDateSchema, to: plainDateSchema })
  .refine((range) => range.from <= range.to, { path: ["to"], message: "must be on or after from" })
  .refine((range) => (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 <= OUTCOMES_RANGE_MAX_DAYS, { path: ["from"], message: "must be at most ten years before to" });
export type OutcomesReportRequest = z.infer<typeof outcomesReportRequestSchema>;

export const OUTCOMES_REPORT_STATUSES = ["queued", "running", "done", "failed"] as const;
export type OutcomesReportStatus = (typeof OUTCOMES_REPORT_STATUSES)[number];

/** One outcomes report: its range, how far the job is, and its file once done. */
export const outcomesReportSchema = z.object({
  id: z.string(),
  from: answerDateSchema,
  to: answerDateSchema,
  status: z.enum(OUTCOMES_REPORT_STATUSES),
  /** Treated patients read so far, of `patientsTotal` (null until the job has counted them). */
  patientsDone: z.number().int(),
  patientsTotal: z.number().int().nullable(),
  requestedAt: answerInstantSchema,
  finishedAt: answerInstantSchema.nullable(),
  /** What the PDF is saved as, once done. */
  fileName: z.string().nullable(),
});
export type OutcomesReportView = z.infer<typeof outcomesReportSchema>;

export const outcomesReportParamsSchema = clinicParamsSchema.extend({ reportId: idSchema });

const reports = "/api/clinics/:clinicId/reports/outcomes";

export const clinicReportRoutes = {
  startOutcomesReport: {
    method: "POST",
    path: reports,
    summary: "Starts the clinic outcomes report for a date range (sessions dated from..to) as a job; answers the report with its status, to poll",
    access: "clinic.read",
    params: clinicParamsSchema,
    body: outcomesReportRequestSchema,
    response: outcomesReportSchema,
  },
  outcomesReport: {
    method: "GET",
    path: `${reports}/:reportId`,
    summary: "An outcomes report's status: queued, running (patients read of the total), done (with its file name) or failed",
    access: "clinic.read",
    params: outcomesReportParamsSchema,
    response: outcomesReportSchema,
  },
  outcomesReportPdf: {
    method: "GET",
    path: `${reports}/:reportId/outcomes.pdf`,
    summary: "A finished outcomes report as PDF (application/pdf, an attachment); 409 conflict until the job is done",
    access: "clinic.read",
    params: outcomesReportParamsSchema,
    response: z.string().describe("PDF bytes (application/pdf)"),
  },
} as const satisfies Record<string, RouteContract>;
