/**
 * A stored patient's documents as PDF (issue 10 §1: "the web app offers each from the patient
 * page"): one route for every kind, `.../documents/:kind.pdf`, so another document is one more
 * name in DOCUMENT_KINDS and one more builder on the server (features/documents/document-builders.ts).
 * The answer is the PDF itself (application/pdf, an attachment), not JSON; it is made at once
 * (docs/reports.md gives the measured time; no job is needed while it stays under a second).
 */
import { z } from "zod";
import { patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

/** The documents a patient page offers, by the name in their address. */
export const DOCUMENT_KINDS = ["summary"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentParamsSchema = patientParamsSchema.extend({
  kind: z.enum(DOCUMENT_KINDS, { message: `must be one of ${DOCUMENT_KINDS.join(", ")}` }),
});

export const documentRoutes = {
  patientDocument: {
    method: "GET",
    path: "/api/clinics/:clinicId/patients/:patientId/documents/:kind.pdf",
    summary: "A patient's document as PDF (application/pdf, an attachment): `summary` is the one-page patient summary as of the patient's today under the clinic's policy",
    access: "clinic.read",
    params: documentParamsSchema,
    response: z.string().describe("PDF bytes (application/pdf)"),
  },
} as const satisfies Record<string, RouteContract>;
