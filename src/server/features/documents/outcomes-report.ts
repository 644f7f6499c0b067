/**
 * The clinic outcomes report of the reports page (issue 10 §3; contracts/api/clinic-reports.ts):
 * asked for with a date range, made by its job (outcomes-report-job.ts) while the page polls, then
 * drawn as a PDF from the stored figures when downloaded (the drawing takes a tenth of a second;
 * reading the clinic's records is what takes seconds). A report is the clinic's aggregate and
 * names no patient, so anyone who may read the clinic may follow and download it. Finished
 * reports are kept REPORTS_KEPT_MS, then deleted when the clinic next asks for one.
 */
import { v7 as uuidv7 } from "uuid";
import type { OutcomesReportRequest, OutcomesReportView } from "#contracts/api/clinic-reports.ts";
import type { CohortFigures } from "#domain/outcomes/cohort-tally.ts";
import { AppError } from "../../app-error.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { listClinics } from "../../reports/outcomes/clinic-outcomes.ts";
import { renderOutcomesPdf } from "../../reports/outcomes/outcomes-pdf.ts";
import { OUTCOMES_REPORT_QUEUE } from "./outcomes-report-job.ts";
import { deleteReportsFinishedBefore, findOutcomesReport, insertOutcomesReport, type OutcomesReportRow } from "./outcomes-report-repository.ts";

/** How long a finished report stays on the page and downloadable. */
export const REPORTS_KEPT_MS = 24 * 60 * 60 * 1000;

/** What the PDF is saved as: the range, no clinic or patient name. */
export const outcomesFileName = (row: Pick<OutcomesReportRow, "from_date" | "to_date">) => `cephalog-outcomes-${row.from_date}-to-${row.to_date}.pdf`;

export function toReportView(row: OutcomesReportRow): OutcomesReportView {
  return {
    id: row.id,
    from: row.from_date,
    to: row.to_date,
    status: row.status,
    patientsDone: row.patients_done,
    patientsTotal: row.patients_total,
    requestedAt: row.requested_at,
    finishedAt: row.finished_at,
    fileName: row.status === "done" ? outcomesFileName(row) : null,
  };
}

/** Records the report and queues its job in one transaction; clears the clinic's reports past their day. */
export async function startOutcomesReport(deps: ServiceDeps, auth: { clinicId: string; userId: string }, range: OutcomesReportRequest): Promise<OutcomesReportView> {
  const now = deps.clock();
  const id = uuidv7();
  const row = await deps.db.transaction().execute(async (tx) => {
    await deleteReportsFinishedBefore(tx, auth.clinicId, new Date(now.getTime() - REPORTS_KEPT_MS).toISOString());
    const inserted = await insertOutcomesReport(tx, { clinicId: auth.clinicId, id, requestedBy: auth.userId, requestedAt: now.toISOString(), from: range.from, to: range.to });
    await enqueueJob(tx, { queue: OUTCOMES_REPORT_QUEUE, payload: { clinicId: auth.clinicId, reportId: id }, runAt: now });
    await audit(tx, now, { clinicId: auth.clinicId, actorUserId: auth.userId, action: "report.outcomes.requested", entity: "clinic", entityId: auth.clinicId });
    return inserted;
  });
  return toReportView(row);
}

/** A report of the clinic, or not_found (another clinic's id too). */
export async function outcomesReport(deps: ServiceDeps, target: { clinicId: string; reportId: string }): Promise<OutcomesReportRow> {
  const row = await findOutcomesReport(deps.db, { clinicId: target.clinicId, id: target.reportId });
  if (row === undefined) throw new AppError("not_found", "No such report in this clinic (finished reports are kept for a day).");
  return row;
}

/** The finished report as a PDF; `conflict` while its job runs, and when it failed. */
export async function outcomesReportPdf(deps: ServiceDeps, target: { clinicId: string; reportId: string }): Promise<{ pdf: Uint8Array; fileName: string }> {
  const row = await outcomesReport(deps, target);
  if (row.status === "failed") throw new AppError("conflict", "This report could not be made. Ask for it again; if it fails again, tell the clinic's administrator.");
  if (row.status !== "done" || row.figures === null) throw new AppError("conflict", "This report is still being made: wait until its status is done.", { status: row.status });
  const clinic = (await listClinics(deps.db)).find((c) => c.id === target.clinicId);
  const { pdf } = await renderOutcomesPdf(row.figures as CohortFigures, { clinicName: clinic?.name ?? "This clinic" });
  return { pdf, fileName: outcomesFileName(row) };
}
