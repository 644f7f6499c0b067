/**
 * Injection sessions over the API (pathway-rules §6; ADR 0013): a draft saved as the injector
 * works (versioned, so two tablets cannot overwrite each other unseen), signed once every error is
 * gone and every warning has a reason, then amended only by a new revision with a reason that
 * keeps the original visible. The session screen's context (previous session, side effects at the
 * same muscles, lots, the patient's other toxin) comes with it, so the browser runs the same check
 * (src/domain/injections/session-record.ts) the server runs when signing.
 */
import { z } from "zod";
import { SIGNING_PROBLEM_CODES } from "#domain/injections/session-record.ts";
import { MUSCLES, SIDES, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { plainDateSchema } from "../plain-date.ts";
import { sessionContentAnswerSchema, sessionContentSchema, sessionDraftContentAnswerSchema, sessionDraftContentSchema } from "../records/session-content.ts";
import { freeText } from "../text.ts";
import { fromRevisionSchema, idSchema, okSchema, patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

const count = z.number().int().min(0);
const person = z.object({ userId: z.string(), name: z.string() });

export const draftParamsSchema = patientParamsSchema.extend({ draftId: idSchema });
export const sessionParamsSchema = patientParamsSchema.extend({ sessionId: idSchema });

export const startDraftBodySchema = z.object({
  /** Who injects (default: the person starting the draft, when they are an injector). */
  injectorUserId: idSchema.optional(),
  /** The session date (default: the clinic's today). */
  date: plainDateSchema.optional(),
});

export const saveDraftBodySchema = z.object({
  /** The version this save was made from: a save from an older version is refused (stale_version). */
  version: z.number().int().min(1),
  content: sessionDraftContentSchema,
});
export type SaveDraftBody = z.input<typeof saveDraftBodySchema>;

export const signBodySchema = z.object({ version: z.number().int().min(1) });

export const amendBodySchema = z.object({
  content: sessionContentSchema,
  /** Why the signed record is corrected; the original stays on record. */
  reason: freeText().trim().min(1, "is required: say why the signed record is corrected").max(2000),
  fromRevision: fromRevisionSchema,
});
export type AmendBody = z.input<typeof amendBodySchema>;

export const draftViewSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  version: z.number().int(),
  state: z.enum(["open", "signed", "discarded"]),
  content: sessionDraftContentAnswerSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: person,
});
export type DraftView = z.infer<typeof draftViewSchema>;

export const signingProblemSchema = z.object({
  code: z.enum(SIGNING_PROBLEM_CODES),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  reasonGiven: z.boolean(),
});

export const billingLineSchema = z.object({
  system: z.enum(["CPT", "HCPCS"]),
  code: z.string(),
  modifiers: z.array(z.string()),
  quantity: z.number(),
  description: z.string(),
});

/** The check of a session record as signed: what the domain found, the vials' use and the claim lines. */
export const sessionCheckSchema = z.object({
  totalUnits: z.number(),
  sites: count,
  problems: z.array(signingProblemSchema),
  unitsOpened: z.number(),
  unitsWasted: z.number().nullable(),
  concentrations: z.array(z.number()),
  billing: z.array(billingLineSchema).nullable(),
});

export const sessionRevisionSchema = z.object({
  revision: z.number().int(),
  status: z.enum(["active", "cancelled", "entered-in-error"]),
  recordedAt: z.string(),
  recordedBy: person,
  reason: z.string().nullable(),
  content: sessionContentAnswerSchema,
});

export const sessionViewSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  /** The current revision. */
  current: sessionRevisionSchema,
  /** Every revision, oldest first: the signed original and each amendment. */
  revisions: z.array(sessionRevisionSchema),
  check: sessionCheckSchema,
  injector: person,
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const sessionSummarySchema = z.object({
  id: z.string(),
  date: z.string(),
  totalUnits: z.number(),
  sites: count,
  followThePainSites: count,
  revision: z.number().int(),
  amended: z.boolean(),
  injectorName: z.string(),
});

export const patientSessionsSchema = z.object({
  sessions: z.array(sessionSummarySchema),
  drafts: z.array(z.object({ id: z.string(), date: z.string().nullable(), updatedAt: z.string(), updatedBy: person })),
});

const injectionAnswerSchema = z.object({ muscle: z.enum(MUSCLES), side: z.enum(SIDES), units: z.number(), followThePain: z.boolean() });

export const lotOptionSchema = z.object({
  id: z.string(),
  lotNumber: z.string(),
  productId: z.string(),
  productName: z.string(),
  vialUnits: z.union([z.literal(100), z.literal(200)]),
  standardDiluentMl: z.number(),
  expiry: z.string(),
  vialsLeft: z.number().int(),
  status: z.enum(["available", "expiring", "expired", "used-up"]),
});
export type LotOption = z.infer<typeof lotOptionSchema>;

/** What the session screen needs beside the draft. */
export const sessionContextSchema = z.object({
  /** The clinic's today (the session date by default). */
  today: z.string(),
  /** The date the previous session and the side effects are judged before: the viewed session's date, or today. */
  asOf: z.string(),
  previous: z
    .object({ id: z.string(), date: z.string(), injections: z.array(injectionAnswerSchema), totalUnits: z.number() })
    .nullable(),
  /** Side effects reported since the previous session that point at a muscle. */
  sideEffectsByMuscle: z.array(z.object({ muscle: z.enum(MUSCLES), symptom: z.enum(SYMPTOM_CODES), date: z.string() })),
  /** The patient's other signed sessions (for the interval and the cumulative dose). */
  otherSessions: z.array(z.object({ id: z.string(), date: z.string(), overrideReason: z.string().nullable(), injections: z.array(injectionAnswerSchema) })),
  otherToxinDoses: z.array(z.object({ date: z.string(), units: z.number(), indication: z.string().nullable() })),
  lots: z.array(lotOptionSchema),
  injectors: z.array(person),
  settings: z.object({ maxSessionUnits: z.number(), cumulativeDoseWindowDays: z.number(), cumulativeDoseMaxUnits: z.number(), minIntervalDays: z.number() }),
  operations: z.object({ reconstitutionMaxHours: z.number(), lotExpiryWarningDays: z.number() }),
  /** The clinic's time zone: times of reconstitution and injection are entered in it. */
  timeZone: z.string(),
});
export type SessionContext = z.infer<typeof sessionContextSchema>;

const base = "/api/clinics/:clinicId/patients/:patientId";

export const sessionContextQuerySchema = z.object({
  /**
   * A signed session being viewed or amended: its previous session and the side effects are those
   * before its own date, not today's. Omitted: a new session today.
   */
  forSessionId: idSchema.optional(),
});

export const sessionRoutes = {
  patientSessions: { method: "GET", path: `${base}/sessions`, summary: "The patient's signed injection sessions and open drafts", access: "clinic.read", params: patientParamsSchema, response: patientSessionsSchema },
  sessionContext: { method: "GET", path: `${base}/session-context`, summary: "What the session screen needs: previous session, side effects since at the same muscles, other toxin, lots and injectors", access: "clinic.read", params: patientParamsSchema, query: sessionContextQuerySchema, response: sessionContextSchema },
  startSessionDraft: { method: "POST", path: `${base}/sessions/drafts`, summary: "Start an injection session: a draft with the 31 PREEMPT sites at 5 U", access: "sessions.draft", params: patientParamsSchema, body: startDraftBodySchema, response: draftViewSchema },
  sessionDraft: { method: "GET", path: `${base}/sessions/drafts/:draftId`, summary: "A session draft", access: "clinic.read", params: draftParamsSchema, response: draftViewSchema },
  saveSessionDraft: { method: "PUT", path: `${base}/sessions/drafts/:draftId`, summary: "Save a session draft (refused with stale_version when it changed since `version`)", access: "sessions.draft", params: draftParamsSchema, body: saveDraftBodySchema, response: draftViewSchema },
  discardSessionDraft: { method: "DELETE", path: `${base}/sessions/drafts/:draftId`, summary: "Discard a session draft that was never given", access: "sessions.draft", params: draftParamsSchema, response: okSchema },
  signSession: { method: "POST", path: `${base}/sessions/drafts/:draftId/sign`, summary: "Sign the session as its injector: refused (not_signable) while an error stands or a warning has no reason; then immutable", access: "sessions.sign", params: draftParamsSchema, body: signBodySchema, response: sessionViewSchema },
  session: { method: "GET", path: `${base}/sessions/:sessionId`, summary: "A signed session with every revision and its check and billing lines", access: "clinic.read", params: sessionParamsSchema, response: sessionViewSchema },
  amendSession: { method: "PUT", path: `${base}/sessions/:sessionId`, summary: "Amend a signed session: a new revision with a reason; the original stays visible", access: "sessions.amend", params: sessionParamsSchema, body: amendBodySchema, response: sessionViewSchema },
} as const satisfies Record<string, RouteContract>;
