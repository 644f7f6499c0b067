/**
 * The response review (pathway-rules §8): at the two-cycle point (and at three cycles after an
 * EHF `review`), the baseline window against the evaluation window day by day, the assessment's
 * reduction, responder flags and recommendation with its reasons, HIT-6 and MIDAS against their
 * baseline, and the wearing-off signal per cycle. Every figure comes from src/domain on the
 * server; the web lays them out. A treatment decision keeps the review it was made on, unchanged
 * (its basis), so the chart can show later "decided on these figures".
 */
import { z } from "zod";
import { STOPPING_DECISIONS } from "#domain/pathway/pathway-status.ts";
import { DURATION_BANDS, INSTRUMENTS } from "#domain/shared/record.ts";
import { answerDateSchema } from "../plain-date.ts";
import { plainDateSchema } from "../plain-date.ts";
import { patientAssessmentSchema } from "./assessment.ts";
import { policySchema } from "./clinic-settings.ts";
import { idSchema, patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

const count = z.number().int().min(0);

/** One date of a review window: recorded or not, its pain and what it counts as (the diary's rule, §2). */
export const reviewDaySchema = z.object({
  date: answerDateSchema,
  recorded: z.boolean(),
  anyHeadache: z.boolean(),
  /** 0 none to 3 severe; 0 without headache; null when not recorded. */
  severity: z.number().int().min(0).max(3).nullable(),
  hours: z.number().nullable(),
  /** The band the patient chose (issue 9); absent on days kept in hours only and in older reviews. */
  duration: z.enum(DURATION_BANDS).nullish(),
  headacheDay: z.boolean(),
  migraine: z.boolean(),
  acuteMedication: z.boolean(),
});
export type ReviewDay = z.infer<typeof reviewDaySchema>;

/** A 28-day window of the review with its counts and its days. */
export const reviewWindowSchema = z.object({
  start: answerDateSchema,
  end: answerDateSchema,
  daysRecorded: count.max(28),
  /** At least `minRecordedDays` recorded days (§1). */
  complete: z.boolean(),
  /** Recorded days still needed to be complete. */
  daysNeeded: count,
  anyHeadacheDays: count,
  /** Headache days of at least `headacheDayMinHours`: the figure the reduction compares. */
  headacheDays: count,
  migraineDays: count,
  acuteMedicationDays: count,
  days: z.array(reviewDaySchema),
});
export type ReviewWindow = z.infer<typeof reviewWindowSchema>;

const EVALUATION_POINTS = ["two-cycles", "three-cycles"] as const;
export const reviewPointSchema = z.object({ point: z.enum(EVALUATION_POINTS), opensOn: answerDateSchema });

const scoreSchema = z.object({ date: answerDateSchema, score: z.number(), grade: z.string() });

/** An instrument's baseline (last on or before the first session) and follow-up (last up to the two-cycle point), §8. */
export const instrumentReviewSchema = z.object({
  instrument: z.enum(INSTRUMENTS),
  baseline: scoreSchema.nullable(),
  followUp: scoreSchema.nullable(),
  /** Follow-up minus baseline; negative is better. */
  change: z.number().nullable(),
  /** Meets the AHS 2021 rule (HIT-6 down 5 or more; MIDAS by its band, from a baseline above 10). */
  supportsContinuing: z.boolean(),
});

export const responseReviewSchema = z.object({
  asOf: answerDateSchema,
  policy: policySchema,
  /**
   * The review's fingerprint (sha256 of the rest of it): a decision sends it back, and is refused
   * (`stale_version`) when the figures changed since the review was read.
   */
  fingerprint: z.string(),
  /** Session dates on or before `asOf`, oldest first. */
  sessions: z.array(answerDateSchema),
  /** The point judged or awaited (null without a session), and the EHF three-cycle review after a `review`. */
  schedule: z.object({ current: reviewPointSchema.nullable(), next: reviewPointSchema.nullable() }),
  /** The 28 days before the first session; null without a session. */
  baseline: reviewWindowSchema.nullable(),
  /** The window the response is judged on, or will be at the point awaited; null without a session. */
  evaluation: reviewWindowSchema.nullable(),
  questionnaires: z.array(instrumentReviewSchema),
  /** The stored patient's assessment as `GET .../assessment` answers it for this date and policy. */
  assessment: patientAssessmentSchema,
});
export type ResponseReview = z.infer<typeof responseReviewSchema>;

export const responseReviewQuerySchema = z.object({
  /** The review date, YYYY-MM-DD (default: the patient's today). */
  asOf: plainDateSchema.optional(),
  /** Default: the clinic's policy. */
  policy: policySchema.optional(),
});

const RECOMMENDATIONS = ["continue", "stop", "review", "pause"] as const;

/** What a decision was made on, in brief (the care view lists it with each decision). */
export const decisionBasisSummarySchema = z.object({
  asOf: answerDateSchema,
  policy: policySchema,
  /** The policy's recommendation at the time; null when the response was not evaluated. */
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  /** Whether the decision followed it; null when there was none to follow. */
  followsRecommendation: z.boolean().nullable(),
});
export type DecisionBasisSummary = z.infer<typeof decisionBasisSummarySchema>;

/**
 * A decision's basis in full: the review as it stood when the decision was recorded, never
 * changed. Stored bases are answered through `responseReviewSchema`, so a field added to the
 * review (or to the assessment) later must be optional or defaulted, or older bases stop reading.
 */
export const decisionBasisSchema = decisionBasisSummarySchema.extend({
  decisionId: z.string(),
  recordedAt: z.string(),
  review: responseReviewSchema,
});
export type DecisionBasis = z.infer<typeof decisionBasisSchema>;

/** The decisions that end treatment; the pathway's `stoppedBy` names one. */
export const stoppedBySchema = z.enum(STOPPING_DECISIONS).nullable();

const base = "/api/clinics/:clinicId/patients/:patientId";

export const responseReviewRoutes = {
  responseReview: { method: "GET", path: `${base}/response-review`, summary: "The response review: baseline against evaluation window, reduction, responder flags, HIT-6 and MIDAS, wearing-off and the policy's recommendation", access: "clinic.read", params: patientParamsSchema, query: responseReviewQuerySchema, response: responseReviewSchema },
  treatmentDecisionBasis: { method: "GET", path: `${base}/treatment-decisions/:decisionId/basis`, summary: "The review a treatment decision was made on, as it stood then", access: "clinic.read", params: patientParamsSchema.extend({ decisionId: idSchema }), response: decisionBasisSchema },
} as const satisfies Record<string, RouteContract>;
