/**
 * Assessments and diary imports over the API (ADR 0010). The same patient record format and the
 * same `assess` serve `cephalog assess`, the API and imports: a record sent to `POST /api/assess`
 * and the days sent to an import are validated by `parsePatientRecord` in the server, so every
 * problem is named by the JSON path the CLI prints (`diary[3].hours`, `days[3].hours`).
 *
 * An answer is the contract's assessment (../assessment.ts) plus the domain's extra detail the
 * contract welcomes, so the clinic can show the evidence beside every verdict: each criterion's
 * `evidence` and `missing`, each window's verdict against chronic migraine's and overuse's thresholds, an injection check's
 * `intervalOverridden`, a questionnaire's `meaningfulImprovement`, a side effect's `actionCodes`
 * and `holdNextDose`.
 */
import { z } from "zod";
import { JUDGED_CLASS_NAMES } from "#domain/diagnosis/medication-overuse.ts";
import { isCalendarDate } from "#domain/shared/plain-date.ts";
import {
  assessmentSchemaOf,
  chronicMigraineSchema,
  criterionSchema,
  datedAssessmentParts,
  eligibilitySchema,
  medicationOveruseSchema,
  OVERUSE_CLASS_NAMES,
  type AssessmentDateSchema,
} from "../assessment.ts";
import type { PatientRecordInput } from "../patient-record.ts";
import { plainDateSchema } from "../plain-date.ts";
import { policySchema } from "./clinic-settings.ts";
import { patientParamsSchema } from "./common.ts";
import { RECORD_BODY_LIMIT, type RouteContract } from "./route-contract.ts";

/**
 * A calendar date in an answer. Without a transform, because Fastify serializes an answer by
 * encoding it with its schema; a PlainDate is a plain string at run time, hence the cast.
 */
const answerDateSchema = z.string().refine(isCalendarDate, "must be a calendar date YYYY-MM-DD") as unknown as AssessmentDateSchema;

const dated = datedAssessmentParts(answerDateSchema);
const count = z.number().int().min(0);

/** One eligibility criterion with the facts it was judged on. */
export const criterionWithEvidenceSchema = criterionSchema.extend({
  /** The facts used (counts, dates, drugs), as plain JSON values. */
  evidence: z.record(z.string(), z.unknown()),
  /** What is missing when the status is unknown; null otherwise. */
  missing: z.string().nullable(),
});
export type CriterionWithEvidence = z.infer<typeof criterionWithEvidenceSchema>;

export const eligibilityWithEvidenceSchema = eligibilitySchema.extend({ criteria: z.array(criterionWithEvidenceSchema) });

/** A count against the threshold it must reach. */
const countAgainstThresholdSchema = z.object({ days: count, minDays: count, reaches: z.boolean() });

/** One of W1-W3 as judged for chronic migraine (pathway-rules §3): the verdict the web shows, never re-judges. */
export const chronicWindowSchema = z.object({
  start: answerDateSchema,
  end: answerDateSchema,
  daysRecorded: count.max(28),
  complete: z.boolean(),
  /** Recorded days still needed for the window to be complete. */
  daysNeeded: count,
  anyHeadacheDays: countAgainstThresholdSchema,
  migraineDays: countAgainstThresholdSchema,
  /** Null when the window is incomplete (not judged). */
  meets: z.boolean().nullable(),
});

/** One of W1-W3 as judged for medication overuse (pathway-rules §4). */
export const overuseWindowSchema = z.object({
  start: answerDateSchema,
  end: answerDateSchema,
  daysRecorded: count.max(28),
  complete: z.boolean(),
  daysNeeded: count,
  anyHeadacheDays: count,
  /** ICHD-3 8.2 A: the days with any headache each window needs. */
  minAnyHeadacheDays: count,
  /** Each judged class against its own threshold. */
  classCounts: z.array(countAgainstThresholdSchema.extend({ name: z.enum(JUDGED_CLASS_NAMES) })),
  /** Days with at least one judged class taken. */
  judgedClassDays: count,
  /** The rule names holding in this window. */
  rules: z.array(z.enum(OVERUSE_CLASS_NAMES)),
});

/** The whole assessment as the API answers it: the contract's fields plus the evidence. */
export const assessmentWithEvidenceSchema = assessmentSchemaOf({
  ...dated,
  chronicMigraine: chronicMigraineSchema.extend({ windows: z.array(chronicWindowSchema) }),
  medicationOveruse: medicationOveruseSchema.safeExtend({ windows: z.array(overuseWindowSchema) }),
  eligibility: eligibilityWithEvidenceSchema,
  injectionCheck: dated.injectionCheck.safeExtend({ intervalOverridden: z.boolean() }),
  questionnaire: dated.questionnaire.extend({ meaningfulImprovement: z.boolean().nullable() }),
  sideEffect: dated.sideEffect.extend({ actionCodes: z.array(z.string()), holdNextDose: z.boolean() }),
});
export type AssessmentWithEvidence = z.infer<typeof assessmentWithEvidenceSchema>;

/** `asOf` and `policy` of an assessment request; each overrides its default. */
export const assessmentQuerySchema = z.object({
  /** The assessment date `A`, YYYY-MM-DD. */
  asOf: plainDateSchema.optional(),
  policy: policySchema.optional(),
});
export type AssessmentQuery = z.input<typeof assessmentQuerySchema>;

/** A stored patient's assessment: `patientId` is the patient's id; policy defaults to the clinic's. */
export const patientAssessmentSchema = assessmentWithEvidenceSchema;
export type PatientAssessment = z.infer<typeof patientAssessmentSchema>;

/**
 * A patient record (`cephalog.patient-record/1`, docs/clinical/assess.md), exactly what
 * `cephalog assess` reads. The server validates it with the record's own parser, not here, so
 * unknown fields can be named and every problem carries the CLI's JSON path.
 */
export const patientRecordBodySchema = z.custom<PatientRecordInput>().meta({
  description: "A patient record (schema cephalog.patient-record/1), the format `cephalog assess` reads; see docs/clinical/assess.md.",
});

/** The assessment of a sent record, with a warning per unknown field (never an error). */
export const recordAssessmentSchema = assessmentWithEvidenceSchema.safeExtend({
  /** One line per field the record format does not know, e.g. "unknown field diary[3].severty". */
  warnings: z.array(z.string()),
});
export type RecordAssessment = z.infer<typeof recordAssessmentSchema>;

/** The most days one import request may carry. */
export const MAX_IMPORT_DAYS = 1000;

/** One diary day in the patient record's format (`diary[i]` of a record). */
export type ImportDiaryDayInput = NonNullable<PatientRecordInput["diary"]>[number];

export const diaryImportBodySchema = z.object({
  /** Diary days in the patient record's format; validated like a record's `diary`. */
  days: z
    .array(z.custom<ImportDiaryDayInput>().meta({ description: "A diary day as in a patient record: date, headache, hours, severity, features, medications." }))
    .max(MAX_IMPORT_DAYS, `must hold at most ${MAX_IMPORT_DAYS} days; send the rest in another request`),
});
export type DiaryImportBody = z.input<typeof diaryImportBodySchema>;

export const diaryImportResultSchema = z.object({
  /** Days stored as a new revision (source "import"). */
  imported: count,
  /** Days whose answers already equal the current view: nothing stored. */
  unchanged: count,
  /** One line per field the day format does not know, e.g. "unknown field days[3].severty". */
  warnings: z.array(z.string()),
});
export type DiaryImportResult = z.infer<typeof diaryImportResultSchema>;

/** A clinic patient's assessment, and a sent record's (the diary import's entry is in diary.ts). */
export const assessmentRoutes = {
  patientAssessment: { method: "GET", path: "/api/clinics/:clinicId/patients/:patientId/assessment", summary: "The patient's assessment with the evidence of every criterion (default: as of the patient's today, under the clinic's policy)", access: "clinic.read", params: patientParamsSchema, query: assessmentQuerySchema, response: patientAssessmentSchema },
  assessRecord: { method: "POST", path: "/api/assess", summary: "Assess a patient record as `cephalog assess` does (clinic staff)", access: "staff", query: assessmentQuerySchema, body: patientRecordBodySchema, response: recordAssessmentSchema, bodyLimit: RECORD_BODY_LIMIT },
} as const satisfies Record<string, RouteContract>;
