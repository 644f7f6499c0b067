/** A clinic's patients, their diary as staff see it, and the 28-day counts. */
import { z } from "zod";
import { plainDateSchema } from "../plain-date.ts";
import { idSchema, personNameSchema, timeZoneSchema } from "./common.ts";
import { diaryDayViewSchema } from "./diary.ts";

export const clinicParamsSchema = z.object({ clinicId: idSchema });
export const patientParamsSchema = z.object({ clinicId: idSchema, patientId: idSchema });

export const createPatientBodySchema = z.object({
  name: personNameSchema,
  birthDate: plainDateSchema,
  timeZone: timeZoneSchema,
});
export type CreatePatientBody = z.input<typeof createPatientBodySchema>;

export const patientSummarySchema = z.object({
  id: idSchema,
  clinicId: idSchema,
  name: z.string(),
  birthDate: z.string(),
  timeZone: z.string(),
  /** Whether a user account signs in as this patient. */
  hasAccount: z.boolean(),
  createdAt: z.string(),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

/** Counts of one 28-day window (pathway-rules §1-2), computed by `src/domain`. */
export const windowCountsSchema = z.object({
  start: z.string(),
  end: z.string(),
  daysRecorded: z.number().int(),
  complete: z.boolean(),
  anyHeadacheDays: z.number().int(),
  headacheDays: z.number().int(),
  migraineDays: z.number().int(),
  moderateSevereDays: z.number().int(),
  acuteMedicationDays: z.number().int(),
});
export type WindowCountsView = z.infer<typeof windowCountsSchema>;

export const patientDetailSchema = z.object({
  patient: patientSummarySchema,
  /** The patient's today, in the patient's time zone. */
  today: z.string(),
  /** W1 (the 28 days ending today), then W2, W3. */
  windows: z.array(windowCountsSchema),
  /** Current view of the diary (latest revision per date) over the windows shown, newest first. */
  diary: z.array(diaryDayViewSchema),
});
export type PatientDetail = z.infer<typeof patientDetailSchema>;
