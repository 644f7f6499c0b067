/** A patient's documents as PDF files (src/contracts/api/documents.ts). */
import type { FastifyInstance } from "fastify";
import { documentRoutes } from "#contracts/api/documents.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { patientDocument } from "./patient-document.ts";

export function registerDocumentRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, documentRoutes.patientDocument, async ({ auth, params, reply }) => {
    const document = await patientDocument(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.kind);
    // Every /api answer is already no-store (security-headers.ts): no cache keeps the health document.
    reply.type("application/pdf").header("content-disposition", `attachment; filename="${document.fileName}"`);
    // Fastify sends a Buffer as it is (it serialises JSON answers only); the contract's string documents the PDF.
    return Buffer.from(document.pdf.buffer, document.pdf.byteOffset, document.pdf.byteLength) as unknown as string;
  });
}
