/**
 * A patient's documents as PDF files (src/contracts/api/documents.ts) and the clinic's outcomes
 * report, made as a job (src/contracts/api/clinic-reports.ts).
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { clinicReportRoutes } from "#contracts/api/clinic-reports.ts";
import { documentRoutes } from "#contracts/api/documents.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { outcomesReport, outcomesReportPdf, startOutcomesReport, toReportView } from "./outcomes-report.ts";
import { patientDocument } from "./patient-document.ts";

/** Sends PDF bytes as an attachment. Every /api answer is already no-store (security-headers.ts). */
function sendPdf(reply: FastifyReply, document: { pdf: Uint8Array; fileName: string }): string {
  reply.type("application/pdf").header("content-disposition", `attachment; filename="${document.fileName}"`);
  // Fastify sends a Buffer as it is (it serialises JSON answers only); the contract's string documents the PDF.
  return Buffer.from(document.pdf.buffer, document.pdf.byteOffset, document.pdf.byteLength) as unknown as string;
}

export function registerDocumentRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, documentRoutes.patientDocument, async ({ auth, params, query, reply }) => {
    const document = await patientDocument(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.kind, query.draft);
    return sendPdf(reply, document);
  });
  registerApiRoute(app, ctx, clinicReportRoutes.startOutcomesReport, async ({ auth, body }) => startOutcomesReport(ctx.deps, { clinicId: auth.clinicId, userId: auth.user.id }, body));
  registerApiRoute(app, ctx, clinicReportRoutes.outcomesReport, async ({ auth, params }) => toReportView(await outcomesReport(ctx.deps, { clinicId: auth.clinicId, reportId: params.reportId })));
  registerApiRoute(app, ctx, clinicReportRoutes.outcomesReportPdf, async ({ auth, params, reply }) => sendPdf(reply, await outcomesReportPdf(ctx.deps, { clinicId: auth.clinicId, reportId: params.reportId })));
}
