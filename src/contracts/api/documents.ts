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
export const DOCUMENT_KINDS = ["summary", "packet", "renewal"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentParamsSchema = patientParamsSchema.extend({
  kind: z.enum(DOCUMENT_KINDS, { message: `must be one of ${DOCUMENT_KINDS.join(", ")}` }),
});

/**
 * `?draft=true` makes an authorization packet (packet, renewal) even while something is missing,
 * with the list at the top of its first page; without it such a packet is refused with 409
 * `conflict` and `details.gaps`, the list in plain words (ADR 0026). Other kinds ignore it.
 */
export const documentQuerySchema = z.object({
  draft: z.enum(["true", "false"], { message: "must be true or false" }).default("false").transform((value) => value === "true"),
});

/** The details of the 409 an incomplete packet is refused with: what is missing, in plain words. */
export const packetGapsDetailsSchema = z.object({ kind: z.enum(["packet", "renewal"]), gaps: z.array(z.string()).min(1) });
export type PacketGapsDetails = z.infer<typeof packetGapsDetailsSchema>;

export const documentRoutes = {
  patientDocument: {
    method: "GET",
    path: "/api/clinics/:clinicId/patients/:patientId/documents/:kind.pdf",
    summary:
      "A patient's document as PDF (application/pdf, an attachment), as of the patient's today under the clinic's policy: `summary` is the one-page patient summary; `packet` and `renewal` the authorization packet, initial and renewal, with the diary's provenance from the stored revisions. A packet with something missing is refused (409 conflict, details.gaps) unless ?draft=true",
    access: "clinic.read",
    params: documentParamsSchema,
    query: documentQuerySchema,
    response: z.string().describe("PDF bytes (application/pdf)"),
  },
} as const satisfies Record<string, RouteContract>;
