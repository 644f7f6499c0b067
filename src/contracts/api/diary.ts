/**
 * Diary revisions (ADR 0005): each save of a day is a new revision with a client-generated id,
 * never an overwrite. Re-sending a revision with the same id is idempotent (the offline outbox
 * may send twice). The current view of a day is its latest revision.
 */
import { z } from "zod";
import { diaryAnswersShape, requireHeadacheDetails } from "../diary-answers.ts";
import { instantSchema, plainDateSchema } from "../plain-date.ts";
import { diaryImportBodySchema, diaryImportResultSchema } from "./assessment.ts";
import { idSchema, patientParamsSchema } from "./common.ts";
import { RECORD_BODY_LIMIT, type RouteContract } from "./route-contract.ts";

export const ENTERED_BY = ["patient", "staff"] as const;
export const DIARY_SOURCES = ["app", "import"] as const;

/** What a client sends to save a day. */
export const diaryRevisionBodySchema = z
  .object({
    /** Generated on the device (UUIDv7), so a retried send is recognised. */
    id: idSchema,
    date: plainDateSchema,
    /** When the person saved it on their device. */
    recordedAt: instantSchema,
    ...diaryAnswersShape,
  })
  .superRefine(requireHeadacheDetails);
export type DiaryRevisionBody = z.input<typeof diaryRevisionBodySchema>;

/**
 * What the patient's own app sends: the revision plus the patient it was written for. The server
 * refuses it with `account_mismatch` when the session now belongs to someone else (a tab left
 * open while another person signed in on the same browser), so a day is never filed under the
 * wrong patient.
 */
export const myDiaryRevisionBodySchema = z
  .object({
    patientId: idSchema,
    id: idSchema,
    date: plainDateSchema,
    recordedAt: instantSchema,
    ...diaryAnswersShape,
  })
  .superRefine(requireHeadacheDetails);
export type MyDiaryRevisionBody = z.input<typeof myDiaryRevisionBodySchema>;

/** A day as stored and shown: its latest revision with its provenance. */
export const diaryDayViewSchema = z.object({
  revisionId: idSchema,
  date: z.string(),
  headache: z.boolean(),
  hours: z.number().nullable(),
  severity: z.number().int().nullable(),
  features: z.record(z.string(), z.boolean()),
  medications: z.array(z.object({ name: z.string().optional(), class: z.string(), relief: z.boolean().optional() })),
  recordedAt: z.string(),
  receivedAt: z.string(),
  enteredBy: z.enum(ENTERED_BY),
  source: z.enum(DIARY_SOURCES),
  /** Saved after the day ended in the patient's time zone. */
  late: z.boolean(),
  /** How many revisions this date has. */
  revisions: z.number().int(),
});
export type DiaryDayView = z.infer<typeof diaryDayViewSchema>;

export const diaryRangeQuerySchema = z.object({
  from: plainDateSchema.optional(),
  to: plainDateSchema.optional(),
});

export const myDiarySchema = z.object({
  /** Whose diary this is: the app stores it only under that patient, so a sign-in changed in another tab cannot mix two diaries. */
  patientId: idSchema,
  /** The patient's today in the patient's time zone. */
  today: z.string(),
  timeZone: z.string(),
  days: z.array(diaryDayViewSchema),
});
export type MyDiary = z.infer<typeof myDiarySchema>;

/** A patient's own diary, and the days staff record or import for a clinic's patient. */
export const diaryRoutes = {
  staffSaveDiaryDay: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/diary", summary: "Staff record a diary day for the patient (a new revision)", access: "clinical.write", params: patientParamsSchema, body: diaryRevisionBodySchema, response: diaryDayViewSchema },
  importDiary: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/diary/import", summary: "Import diary days in the patient record's format (each a new revision; unchanged days skipped)", access: "clinical.write", params: patientParamsSchema, body: diaryImportBodySchema, response: diaryImportResultSchema, bodyLimit: RECORD_BODY_LIMIT },
  myDiary: { method: "GET", path: "/api/me/diary", summary: "The signed-in patient's diary (current view) and today's date in their time zone", access: "patient", query: diaryRangeQuerySchema, response: myDiarySchema },
  saveMyDiaryDay: { method: "POST", path: "/api/me/diary", summary: "Save a diary day (a new revision; idempotent by id)", access: "patient", body: myDiaryRevisionBodySchema, response: diaryDayViewSchema },
} as const satisfies Record<string, RouteContract>;
