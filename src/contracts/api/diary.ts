/**
 * Diary revisions (ADR 0005): each save of a day is a new revision with a client-generated id,
 * never an overwrite. Re-sending a revision with the same id is idempotent (the offline outbox
 * may send twice). The current view of a day is its latest revision.
 */
import { z } from "zod";
import { ACUTE_MEDICATION_CLASSES, DURATION_BANDS } from "#domain/shared/record.ts";
import { diaryAnswersShape, requireHeadacheDetails } from "../diary-answers.ts";
import { instantSchema, plainDateSchema } from "../plain-date.ts";
import { diaryImportBodySchema, diaryImportResultSchema } from "./assessment.ts";
import { clinicParamsSchema, idSchema, patientParamsSchema } from "./common.ts";
import { acuteMedicationClassSchema } from "../diary-answers.ts";
import { singleLineText } from "../text.ts";
import { RECORD_BODY_LIMIT, type RouteContract } from "./route-contract.ts";

export const ENTERED_BY = ["patient", "staff"] as const;
/** `self-kept`: a day kept on the person's phone before joining the clinic, added to the record with consent. */
export const DIARY_SOURCES = ["app", "import", "self-kept"] as const;

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
  /** The duration band the patient chose (issue 9); null (or absent, older servers) on days kept in hours only. */
  duration: z.enum(DURATION_BANDS).nullish(),
  severity: z.number().int().nullable(),
  features: z.record(z.string(), z.boolean()),
  medications: z.array(z.object({ name: z.string().optional(), class: z.string(), relief: z.boolean().optional() })),
  /** The patient's note on the day (issue 9); null without one (absent from older servers). */
  note: z.string().nullish(),
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
  /** How many days back a missed day may still be filled in (the clinic's setting, default 7; absent from older servers). */
  lateEntryDays: z.number().int().optional(),
});
export type MyDiary = z.infer<typeof myDiarySchema>;

/** One of the patient's own acute medicines: a name and the rules' class (pathway-rules §2). */
export const myMedicineSchema = z.object({
  name: z.string(),
  class: z.enum(ACUTE_MEDICATION_CLASSES),
});
/** A medicine as sent: checked text, and the `nsaid` alias taken as a simple analgesic. */
export const myMedicineInputSchema = z.object({
  name: singleLineText().trim().min(1, "must not be empty").max(100),
  class: acuteMedicationClassSchema,
});
export const MAX_MY_MEDICINES = 20;

/** The patient's own medicine list, first in the day's medicines question (issue 9). */
export const myMedicinesSchema = z.object({
  patientId: idSchema,
  medicines: z.array(myMedicineSchema),
});
export type MyMedicines = z.infer<typeof myMedicinesSchema>;
export type MyMedicine = z.infer<typeof myMedicineSchema>;

export const saveMyMedicinesBodySchema = z
  .object({
    /** Whose list this is: refused with `account_mismatch` when the session is now someone else's. */
    patientId: idSchema,
    medicines: z.array(myMedicineInputSchema).max(MAX_MY_MEDICINES, `at most ${MAX_MY_MEDICINES} medicines`),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.medicines.forEach((medicine, index) => {
      const key = medicine.name.trim().toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["medicines", index, "name"], message: "is already in the list" });
      seen.add(key);
    });
  });
export type SaveMyMedicinesBody = z.input<typeof saveMyMedicinesBodySchema>;

/** The clinic's diary settings: how many days back a patient may fill in a missed day. */
export const MAX_LATE_ENTRY_DAYS = 90;
export const diarySettingsSchema = z.object({ diaryLateEntryDays: z.number().int() });
export type DiarySettings = z.infer<typeof diarySettingsSchema>;
export const updateDiarySettingsBodySchema = z.object({
  diaryLateEntryDays: z.number().int("must be a whole number of days").min(0, "must be 0 or more").max(MAX_LATE_ENTRY_DAYS, `must be at most ${MAX_LATE_ENTRY_DAYS}`),
});

/** A patient's own diary, and the days staff record or import for a clinic's patient. */
export const diaryRoutes = {
  staffSaveDiaryDay: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/diary", summary: "Staff record a diary day for the patient (a new revision)", access: "clinical.write", params: patientParamsSchema, body: diaryRevisionBodySchema, response: diaryDayViewSchema },
  importDiary: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/diary/import", summary: "Import diary days in the patient record's format (each a new revision; unchanged days skipped)", access: "clinical.write", params: patientParamsSchema, body: diaryImportBodySchema, response: diaryImportResultSchema, bodyLimit: RECORD_BODY_LIMIT },
  myDiary: { method: "GET", path: "/api/me/diary", summary: "The signed-in patient's diary (current view) and today's date in their time zone", access: "patient", query: diaryRangeQuerySchema, response: myDiarySchema },
  saveMyDiaryDay: { method: "POST", path: "/api/me/diary", summary: "Save a diary day (a new revision; idempotent by id)", access: "patient", body: myDiaryRevisionBodySchema, response: diaryDayViewSchema },
  myMedicines: { method: "GET", path: "/api/me/medicines", summary: "The signed-in patient's own acute medicines (name and class)", access: "patient", response: myMedicinesSchema },
  saveMyMedicines: { method: "PUT", path: "/api/me/medicines", summary: "Replace the signed-in patient's own medicine list", access: "patient", body: saveMyMedicinesBodySchema, response: myMedicinesSchema },
  diarySettings: { method: "GET", path: "/api/clinics/:clinicId/diary-settings", summary: "How many days back the clinic's patients may fill in a missed diary day", access: "clinic.read", params: clinicParamsSchema, response: diarySettingsSchema },
  updateDiarySettings: { method: "PUT", path: "/api/clinics/:clinicId/diary-settings", summary: "Change how many days back patients may fill in a missed diary day (administrators)", access: "clinic.manage", params: clinicParamsSchema, body: updateDiarySettingsBodySchema, response: diarySettingsSchema },
} as const satisfies Record<string, RouteContract>;
