/** A clinic's patients, their diary as staff see it, and the 28-day counts. */
import { z } from "zod";
import { SEXES } from "#domain/shared/record.ts";
import { plainDateSchema } from "../plain-date.ts";
import { singleLineText } from "../text.ts";
import { clinicParamsSchema, idSchema, patientParamsSchema, personNameSchema, timeZoneSchema } from "./common.ts";
import { diaryDayViewSchema } from "./diary.ts";
import type { RouteContract } from "./route-contract.ts";

/** The clinic's own record number (MRN), unique in the clinic. */
export const recordNumberSchema = singleLineText().trim().min(1, "must not be empty").max(40);

export const createPatientBodySchema = z.object({
  name: personNameSchema,
  birthDate: plainDateSchema,
  timeZone: timeZoneSchema,
  /** female, male, other or unknown (assess-contract.md); absent when not given. */
  sex: z.enum(SEXES).optional(),
  recordNumber: recordNumberSchema.optional(),
});
export type CreatePatientBody = z.input<typeof createPatientBodySchema>;

export const patientSummarySchema = z.object({
  id: idSchema,
  clinicId: idSchema,
  name: z.string(),
  birthDate: z.string(),
  timeZone: z.string(),
  sex: z.enum(SEXES).nullable(),
  recordNumber: z.string().nullable(),
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
  /** The settings the windows were counted under, so the page states them rather than assuming them. */
  counting: z.object({ minRecordedDays: z.number().int(), headacheDayMinHours: z.number() }),
  /** Current view of the diary (latest revision per date) over the windows shown, newest first. */
  diary: z.array(diaryDayViewSchema),
});
export type PatientDetail = z.infer<typeof patientDetailSchema>;

export const patientRoutes = {
  listPatients: { method: "GET", path: "/api/clinics/:clinicId/patients", summary: "The clinic's patients", access: "clinic.read", params: clinicParamsSchema, response: z.array(patientSummarySchema) },
  createPatient: { method: "POST", path: "/api/clinics/:clinicId/patients", summary: "Add a patient record", access: "patients.manage", params: clinicParamsSchema, body: createPatientBodySchema, response: patientSummarySchema },
  getPatient: { method: "GET", path: "/api/clinics/:clinicId/patients/:patientId", summary: "A patient with the current 28-day counts and diary", access: "clinic.read", params: patientParamsSchema, response: patientDetailSchema },
} as const satisfies Record<string, RouteContract>;
