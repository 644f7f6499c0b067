/**
 * The audit log, for administrators (permission `audit.read`; issue 7, "Audit of every access";
 * ADR 0016): every read and write of a patient's data and every change in the clinic, newest
 * first, searched by patient, by person and by date (the clinic's calendar), a page at a time or
 * exported whole as CSV. Reading the log is itself recorded in it.
 */
import { z } from "zod";
import { plainDateSchema } from "../plain-date.ts";
import { clinicParamsSchema, idSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

/** The most rows one page holds. */
export const AUDIT_PAGE_SIZE = 50;

export const auditQuerySchema = z
  .object({
    patientId: idSchema.optional(),
    /** The person who read or wrote (staff or a patient's own account). */
    userId: idSchema.optional(),
    /** The first and last day, inclusive, in the clinic's time zone. */
    from: plainDateSchema.optional(),
    to: plainDateSchema.optional(),
    /** Where the previous page ended (its `nextCursor`). */
    cursor: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/, "must be a nextCursor from an earlier page").optional(),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, { path: ["to"], message: "must be on or after the first day" });
export type AuditQuery = z.input<typeof auditQuerySchema>;

const namedSchema = z.object({ id: z.string(), name: z.string() });

export const auditEventViewSchema = z.object({
  id: z.string(),
  /** UTC ISO instant. */
  at: z.string(),
  kind: z.enum(["read", "write"]),
  /** A dotted verb: `patient.read`, `clinic.read`, `diary.revision_saved`, ... */
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The API route's pattern and method, and the client's address; null for rows from before they were kept. */
  route: z.string().nullable(),
  method: z.string().nullable(),
  ip: z.string().nullable(),
  /** Who, with their name today; null for the system (the demo's seeding). */
  actor: namedSchema.nullable(),
  /** Whose data, with their name; null for a read of the whole clinic. */
  patient: namedSchema.nullable(),
  /** The event's place in the clinic's hash chain; null until the next sealing. */
  seq: z.number().int().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

export const auditPageSchema = z.object({
  /** The clinic's time zone: the days of `from` and `to`, and how times are shown. */
  timeZone: z.string(),
  events: z.array(auditEventViewSchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The clinic's chain as last sealed: copy it outside the database to catch a rewrite (docs/security.md). */
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditRoutes = {
  auditLog: { method: "GET", path: "/api/clinics/:clinicId/audit", summary: "The audit log, newest first, by patient, person and dates; a page at a time (reading it is recorded too)", access: "audit.read", params: clinicParamsSchema, query: auditQuerySchema, response: auditPageSchema },
  auditExport: {
    method: "GET",
    path: "/api/clinics/:clinicId/audit/export.csv",
    summary: "The audit log as CSV (text/csv), every row matching the same filters, newest first, streamed",
    access: "audit.read",
    params: clinicParamsSchema,
    query: auditQuerySchema,
    response: z.string().describe("CSV: at, kind, action, route, method, address, person id and name, patient id and name, entity, entity id, seq"),
  },
} as const satisfies Record<string, RouteContract>;
