/**
 * How each document kind of the patient page is made from a stored patient's record: one entry
 * per name of DOCUMENT_KINDS (src/contracts/api/documents.ts), so a new document is one line
 * here and one name there. Each builder is the same the command line runs (`cephalog report`).
 */
import type { DocumentKind } from "#contracts/api/documents.ts";
import type { AssessOptions } from "#domain/assess/assessment.ts";
import type { PatientRecord } from "#domain/shared/record.ts";
import { renderSummaryPdf } from "../../reports/summary/summary-pdf.ts";

/** Builds one document's PDF bytes from a record as of a date under a policy. */
export type DocumentBuilder = (record: PatientRecord, options: AssessOptions) => Promise<Uint8Array>;

export const DOCUMENT_BUILDERS: Readonly<Record<DocumentKind, DocumentBuilder>> = {
  summary: async (record, options) => (await renderSummaryPdf(record, options)).pdf,
};
