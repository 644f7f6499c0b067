/**
 * Where a patient stands on the pathway (their worklist row, src/domain/pathway) and the two
 * records that move it besides sessions and visits: prior authorizations, which a coordinator
 * requests and updates (requested, approved, denied), and treatment decisions, which a clinician
 * records (continue, stop, pause, switch to another treatment) after the response review
 * (pathway-rules §8), each kept with the review it was made on (response-review.ts).
 */
import { z } from "zod";
import { AUTHORIZATION_STATUSES, PATHWAY_ACTIONS, PATHWAY_STATES, TREATMENT_DECISIONS } from "#domain/pathway/pathway-status.ts";
import { plainDateSchema } from "../plain-date.ts";
import { authorizationAnswerSchema, treatmentDecisionAnswerSchema } from "../records/kind-contents.ts";
import { freeText, singleLineText } from "../text.ts";
import { policySchema } from "./clinic-settings.ts";
import { fromRevisionSchema, idSchema, patientParamsSchema } from "./common.ts";
import { decisionBasisSummarySchema, stoppedBySchema } from "./response-review.ts";
import type { RouteContract } from "./route-contract.ts";

const person = z.object({ userId: z.string(), name: z.string() });
/** Each record's revision; `changeReason` is why a later revision changed it (a decision's own `reason` is its content). */
const revisionMeta = { id: z.string(), revision: z.number().int(), recordedAt: z.string(), recordedBy: person, changeReason: z.string().nullable() };

export const patientCareSchema = z.object({
  pathway: z
    .object({
      state: z.enum(PATHWAY_STATES),
      cycle: z.number().int().nullable(),
      nextAction: z.enum(PATHWAY_ACTIONS),
      nextActionDate: z.string().nullable(),
      lastSessionDate: z.string().nullable(),
      nextDue: z.string().nullable(),
      nextLate: z.string().nullable(),
      overdue: z.boolean(),
      /** Why the state is stopped: a stop, or a switch to another treatment; null in any other state. */
      stoppedBy: stoppedBySchema,
      computedAt: z.string(),
    })
    .nullable(),
  /** Newest first. */
  authorizations: z.array(authorizationAnswerSchema.extend(revisionMeta)),
  /** Each with the review it was made on, in brief (null for decisions recorded before reviews were kept). */
  decisions: z.array(treatmentDecisionAnswerSchema.extend(revisionMeta).extend({ basis: decisionBasisSummarySchema.nullable() })),
});
export type PatientCare = z.infer<typeof patientCareSchema>;

export const authorizationBodySchema = z.object({
  status: z.enum(AUTHORIZATION_STATUSES),
  date: plainDateSchema,
  payer: singleLineText().trim().max(200).nullable().default(null),
  reference: singleLineText().trim().max(100).nullable().default(null),
  validUntil: plainDateSchema.nullable().default(null),
  note: freeText().max(2000).nullable().default(null),
});
export type AuthorizationBody = z.input<typeof authorizationBodySchema>;

export const updateAuthorizationBodySchema = authorizationBodySchema.extend({
  /** Why it changed (the payer answered, a reference was corrected). */
  reason: freeText().trim().min(1, "is required: say what changed").max(2000),
  fromRevision: fromRevisionSchema,
});

/** A 64-character hexadecimal sha256, as the review's `fingerprint`. */
const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/, "must be the review's fingerprint (64 hexadecimal characters)");

export const decisionBodySchema = z.object({
  decision: z.enum(TREATMENT_DECISIONS),
  date: plainDateSchema,
  reason: freeText().trim().min(1, "is required").max(2000),
  reassessOn: plainDateSchema.nullable().default(null),
  /** With `switch`, required: the treatment the patient moves to. */
  switchTo: singleLineText().trim().max(200).nullable().default(null),
  /**
   * The review the decision was made on, as read (`GET .../response-review`): the server keeps
   * that review with the decision, and refuses with `stale_version` when its figures changed
   * since. Without it, the review as of the patient's today under the clinic's policy is kept.
   */
  reviewed: z.object({ asOf: plainDateSchema, policy: policySchema, fingerprint: fingerprintSchema }).nullable().default(null),
});
export type DecisionBody = z.input<typeof decisionBodySchema>;

export const authorizationParamsSchema = patientParamsSchema.extend({ authorizationId: idSchema });

const base = "/api/clinics/:clinicId/patients/:patientId";

export const careRoutes = {
  patientCare: { method: "GET", path: `${base}/care`, summary: "The patient's pathway state and next action, authorizations and treatment decisions", access: "clinic.read", params: patientParamsSchema, response: patientCareSchema },
  addAuthorization: { method: "POST", path: `${base}/authorizations`, summary: "Record a prior authorization (requested, approved or denied)", access: "schedule.manage", params: patientParamsSchema, body: authorizationBodySchema, response: patientCareSchema },
  updateAuthorization: { method: "PUT", path: `${base}/authorizations/:authorizationId`, summary: "Update an authorization (a new revision with a reason)", access: "schedule.manage", params: authorizationParamsSchema, body: updateAuthorizationBodySchema, response: patientCareSchema },
  addTreatmentDecision: { method: "POST", path: `${base}/treatment-decisions`, summary: "Record a treatment decision after the response review: continue, stop, pause or switch, kept with the review it was made on", access: "clinical.write", params: patientParamsSchema, body: decisionBodySchema, response: patientCareSchema },
} as const satisfies Record<string, RouteContract>;
