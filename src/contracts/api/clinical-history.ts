/**
 * A patient's clinical history as clinicians record it (ADR 0011): the answers eligibility needs
 * (pathway-rules §5: contraindications, overuse managed, chronic migraine attested since) and the
 * preventive treatments tried. Every save is a new revision, never an overwrite; a trial entered
 * in error is withdrawn by a revision, never deleted. Every change names the revision it was made
 * from (`fromRevision`), and one made from an older revision is refused (`stale_version`).
 *
 * Unknown is explicit: `null` for an answer not known, and `preventiveHistory` tells "not
 * recorded" (the `preventives-failed` criterion is unknown) from "none tried" (an empty list: the
 * criterion is not met), as §5 distinguishes them.
 */
import { z } from "zod";
import { PREVENTIVE_CLASSES, PREVENTIVE_OUTCOMES } from "#domain/shared/record.ts";
import { plainDateSchema } from "../plain-date.ts";
import { singleLineText } from "../text.ts";
import { fromRevisionOrNoneSchema, fromRevisionQuerySchema, fromRevisionSchema, idSchema, patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const preventiveClassSchema = z.enum(PREVENTIVE_CLASSES, { error: `must be one of ${PREVENTIVE_CLASSES.join(", ")}` });
export const preventiveOutcomeSchema = z.enum(PREVENTIVE_OUTCOMES, { error: `must be one of ${PREVENTIVE_OUTCOMES.join(", ")}` });

/** Whether the preventive history was given: not at all, as "none tried", or as a list of trials. */
export const PREVENTIVE_HISTORY_STATES = ["not-recorded", "none-tried", "recorded"] as const;
export type PreventiveHistoryState = (typeof PREVENTIVE_HISTORY_STATES)[number];

/** Yes, no, or null for unknown. */
const answerSchema = z.boolean({ error: "must be true, false or null (unknown)" }).nullable();

/** What a clinician sends to record the history: every answer, null where unknown. */
export const clinicalHistoryBodySchema = z.object({
  /** The date chronic migraine is attested since; null when not known. */
  chronicMigraineSince: plainDateSchema.nullable(),
  /** Known hypersensitivity to any botulinum toxin. */
  botulinumHypersensitivity: answerSchema,
  /** Infection at the proposed injection sites. */
  injectionSiteInfection: answerSchema,
  /** Medication overuse is being managed (NICE TA260). */
  overuseManaged: answerSchema,
  /** True: the patient has tried no preventive treatment (an empty list, not "unknown"). */
  noPreventivesTried: z.boolean({ error: "must be true or false" }),
  /**
   * The history's revision the form showed: 0 when nothing was recorded yet (the first save).
   * Another save since is refused with `stale_version`, never overwritten.
   */
  fromRevision: fromRevisionOrNoneSchema,
});
export type ClinicalHistoryBody = z.input<typeof clinicalHistoryBodySchema>;

const preventiveTrialFields = z.object({
  name: singleLineText().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  class: preventiveClassSchema,
  start: plainDateSchema,
  /** Null while the trial goes on: it then lasts until the assessment date (pathway-rules §5). */
  end: plainDateSchema.nullable().default(null),
  outcome: preventiveOutcomeSchema,
  /**
   * The dose in the clinician's words ("topiramate 100 mg daily"), one line; null, absent or blank
   * when not recorded. Shown on the authorization packet (issue 10), never read by the rules.
   */
  dose: singleLineText()
    .trim()
    .max(200, "must be at most 200 characters")
    .nullable()
    .default(null)
    .transform((dose) => (dose === "" ? null : dose)),
});

/** pathway-rules §1: a preventive whose end is before its start is an input error. */
function endNotBeforeStart(trial: { start: string; end: string | null }, ctx: z.RefinementCtx): void {
  if (trial.end !== null && trial.end < trial.start) ctx.addIssue({ code: "custom", path: ["end"], message: "must not be before the start" });
}

/** One preventive treatment trial as a clinician enters it. */
export const preventiveTrialBodySchema = preventiveTrialFields.superRefine(endNotBeforeStart);
export type PreventiveTrialBody = z.input<typeof preventiveTrialBodySchema>;
export type PreventiveTrialInput = z.output<typeof preventiveTrialBodySchema>;

/** A trial amended: the trial as it now reads, and the trial's revision the form showed (`stale_version` when another came since). */
export const amendPreventiveTrialBodySchema = preventiveTrialFields.extend({ fromRevision: fromRevisionSchema }).superRefine(endNotBeforeStart);
export type AmendPreventiveTrialBody = z.input<typeof amendPreventiveTrialBodySchema>;

export const preventiveTrialParamsSchema = patientParamsSchema.extend({ trialId: idSchema });

/** Who recorded a revision, and when. */
const recordedBySchema = z.object({ userId: idSchema, name: z.string() });

export const preventiveTrialViewSchema = z.object({
  id: idSchema,
  /** 1 for the trial as first entered, then one more per amendment. */
  revision: z.number().int().min(1),
  name: z.string(),
  class: preventiveClassSchema,
  start: z.string(),
  end: z.string().nullable(),
  outcome: preventiveOutcomeSchema,
  /** The dose in the clinician's words; null when not recorded. */
  dose: z.string().nullable(),
  /** The current revision's instant and author. */
  recordedAt: z.string(),
  recordedBy: recordedBySchema,
});
export type PreventiveTrialView = z.infer<typeof preventiveTrialViewSchema>;

export const clinicalHistoryViewSchema = z.object({
  history: z.object({
    chronicMigraineSince: z.string().nullable(),
    botulinumHypersensitivity: z.boolean().nullable(),
    injectionSiteInfection: z.boolean().nullable(),
    overuseManaged: z.boolean().nullable(),
    preventiveHistory: z.enum(PREVENTIVE_HISTORY_STATES),
    /** The current revision's number, 0 while nothing has been recorded: a save sends it back as `fromRevision`. */
    revision: z.number().int().min(0),
    /** The current revision's instant and author; null while nothing has been recorded. */
    recordedAt: z.string().nullable(),
    recordedBy: recordedBySchema.nullable(),
  }),
  /** The current trials (withdrawn ones left out), by start date. */
  preventives: z.array(preventiveTrialViewSchema),
});
export type ClinicalHistoryView = z.infer<typeof clinicalHistoryViewSchema>;

export const clinicalHistoryRoutes = {
  clinicalHistory: { method: "GET", path: "/api/clinics/:clinicId/patients/:patientId/history", summary: "The patient's current clinical history (contraindications, overuse managed, chronic migraine since) and preventive treatments", access: "clinic.read", params: patientParamsSchema, response: clinicalHistoryViewSchema },
  reviseClinicalHistory: { method: "PUT", path: "/api/clinics/:clinicId/patients/:patientId/history", summary: "Record the clinical history (a new revision after `fromRevision`, 0 for the first; null answers are unknown)", access: "clinical.write", params: patientParamsSchema, body: clinicalHistoryBodySchema, response: clinicalHistoryViewSchema },
  addPreventiveTrial: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/preventives", summary: "Add a preventive treatment trial", access: "clinical.write", params: patientParamsSchema, body: preventiveTrialBodySchema, response: clinicalHistoryViewSchema },
  amendPreventiveTrial: { method: "PUT", path: "/api/clinics/:clinicId/patients/:patientId/preventives/:trialId", summary: "Amend a preventive treatment trial (a new revision of it, after `fromRevision`)", access: "clinical.write", params: preventiveTrialParamsSchema, body: amendPreventiveTrialBodySchema, response: clinicalHistoryViewSchema },
  withdrawPreventiveTrial: { method: "DELETE", path: "/api/clinics/:clinicId/patients/:patientId/preventives/:trialId", summary: "Withdraw a preventive treatment trial entered in error (a revision marking it so; nothing is deleted), from the trial's revision `?fromRevision=N`", access: "clinical.write", params: preventiveTrialParamsSchema, query: fromRevisionQuerySchema, response: clinicalHistoryViewSchema },
} as const satisfies Record<string, RouteContract>;
