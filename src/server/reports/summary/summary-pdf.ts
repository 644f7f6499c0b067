/**
 * The patient summary as a PDF (issue 10 §1, document 1): the content from the record and the
 * assessment (summary-content.ts), drawn on A4 (draw-summary.ts). No browser, no server: the
 * command line and, later, the server's jobs call this alike.
 */
import type { AssessOptions } from "#domain/assess/assessment.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { startPdf } from "../pdf/pdf-document.ts";
import { buildSummary, type SummaryBuild } from "./summary-content.ts";
import { drawSummary } from "./draw-summary.ts";

export interface SummaryPdf extends SummaryBuild {
  readonly pdf: Uint8Array;
}

/**
 * Renders the summary of a record as of a date under a policy. The file's creation date is the
 * as-of date, so the same record and options give the same content.
 */
export async function renderSummaryPdf(record: PatientRecord, options: AssessOptions): Promise<SummaryPdf> {
  const build = buildSummary(record, options);
  const { doc, bytes } = startPdf({
    title: "Patient summary",
    subject: `Cephalog patient summary as of ${options.asOf}`,
    creationDate: new Date(`${options.asOf}T12:00:00Z`),
  });
  drawSummary(doc, build.content);
  doc.end();
  return { ...build, pdf: await bytes };
}
