/**
 * The worklist: every patient of the clinic with their pathway state, cycle and next action
 * (src/domain/pathway, kept in `patient_pathway`, ADR 0015), with the saved views a coordinator
 * works from (due this week, overdue, evaluation due, due in the next 14 days), search by name or
 * record number, a state filter, sorting and pages.
 */
import { z } from "zod";
import { PATHWAY_ACTIONS, PATHWAY_STATES, STOPPING_DECISIONS } from "#domain/pathway/pathway-status.ts";
import { singleLineText } from "../text.ts";
import { clinicParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const WORKLIST_VIEWS = ["all", "due-this-week", "overdue", "evaluation-due", "due-soon"] as const;
export type WorklistView = (typeof WORKLIST_VIEWS)[number];
export const WORKLIST_SORTS = ["next-action", "name", "state", "last-session", "next-due"] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

export const worklistQuerySchema = z.object({
  view: z.enum(WORKLIST_VIEWS).default("all"),
  state: z.enum(PATHWAY_STATES).optional(),
  /** Part of a name or a record number. */
  q: singleLineText().trim().max(100).optional(),
  sort: z.enum(WORKLIST_SORTS).default("next-action"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type WorklistQuery = z.input<typeof worklistQuerySchema>;

export const worklistRowSchema = z.object({
  patientId: z.string(),
  name: z.string(),
  recordNumber: z.string().nullable(),
  birthDate: z.string(),
  state: z.enum(PATHWAY_STATES),
  /** Why a stopped patient stopped: a stop, or a switch to another treatment; null otherwise. */
  stoppedBy: z.enum(STOPPING_DECISIONS).nullable(),
  cycle: z.number().int().nullable(),
  nextAction: z.enum(PATHWAY_ACTIONS),
  nextActionDate: z.string().nullable(),
  /** Past the late date (S+91) with no visit booked, as of today. */
  overdue: z.boolean(),
  lastSessionDate: z.string().nullable(),
  nextDue: z.string().nullable(),
  nextLate: z.string().nullable(),
  nextAppointmentAt: z.string().nullable(),
  eligibility: z.string(),
});
export type WorklistRow = z.infer<typeof worklistRowSchema>;

export const worklistSchema = z.object({
  /** The clinic's today. */
  today: z.string(),
  dueSoonDays: z.number().int(),
  /** How many patients each saved view holds (before the search and state filter). */
  views: z.object({ all: z.number().int(), "due-this-week": z.number().int(), overdue: z.number().int(), "evaluation-due": z.number().int(), "due-soon": z.number().int() }),
  /** Rows matching the query in all, before paging. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(worklistRowSchema),
});
export type Worklist = z.infer<typeof worklistSchema>;

export const worklistRoutes = {
  worklist: { method: "GET", path: "/api/clinics/:clinicId/worklist", summary: "Every patient with their pathway state and next action; saved views, search, filter, sort and pages", access: "clinic.read", params: clinicParamsSchema, query: worklistQuerySchema, response: worklistSchema },
} as const satisfies Record<string, RouteContract>;
