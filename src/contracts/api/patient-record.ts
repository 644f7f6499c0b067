/**
 * A stored patient's whole record in and out in the `cephalog.patient-record/1` format of
 * assess-contract.md, the contract scripts and other systems rely on: the export is the patient's
 * current view (every record type filled, `patient.id` the app's id, `policy` the clinic's); the
 * import adds a whole record to an existing patient, each item a new revision (source `import`),
 * all or nothing, and with `?dryRun=true` only says what it would do.
 */
import { z } from "zod";
import { PATIENT_RECORD_SCHEMA_ID } from "../patient-record.ts";
import { patientRecordBodySchema } from "./assessment.ts";
import { patientParamsSchema } from "./common.ts";
import { RECORD_BODY_LIMIT, type RouteContract } from "./route-contract.ts";

const entries = z.array(z.record(z.string(), z.unknown()));

/** The exported record (its items are the record format's; see docs/clinical/assess.md). */
export const exportedRecordSchema = z.object({
  schema: z.literal(PATIENT_RECORD_SCHEMA_ID),
  policy: z.string(),
  patient: z.object({ id: z.string(), birthDate: z.string(), sex: z.string().optional() }),
  history: z.record(z.string(), z.unknown()).optional(),
  diary: entries,
  preventives: entries.optional(),
  treatments: entries,
  otherToxinDoses: entries,
  questionnaires: entries,
  sideEffectReports: entries,
});
export type ExportedRecord = z.infer<typeof exportedRecordSchema>;

export const recordImportQuerySchema = z.object({
  /** true: check and count only; nothing is written. */
  dryRun: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
});

const countsSchema = z.object({
  diary: z.number().int(),
  history: z.number().int(),
  preventives: z.number().int(),
  treatments: z.number().int(),
  otherToxinDoses: z.number().int(),
  questionnaires: z.number().int(),
  sideEffectReports: z.number().int(),
});
export type RecordImportCounts = z.infer<typeof countsSchema>;

export const recordImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Items stored as new revisions (or that would be, on a dry run). */
  created: countsSchema,
  /** Items equal to what is already recorded: nothing stored. */
  unchanged: countsSchema,
  /** One line per field the record format does not know. */
  warnings: z.array(z.string()),
});
export type RecordImportResult = z.infer<typeof recordImportResultSchema>;

const path = "/api/clinics/:clinicId/patients/:patientId/record";

export const patientRecordRoutes = {
  exportPatientRecord: { method: "GET", path, summary: "The patient's whole current record as cephalog.patient-record/1 (what `cephalog assess` reads)", access: "clinic.read", params: patientParamsSchema, response: exportedRecordSchema },
  importPatientRecord: { method: "POST", path, summary: "Import a whole patient record into this patient: each item a new revision; all or nothing; ?dryRun=true only reports", access: "clinical.write", params: patientParamsSchema, query: recordImportQuerySchema, body: patientRecordBodySchema, response: recordImportResultSchema, bodyLimit: RECORD_BODY_LIMIT },
} as const satisfies Record<string, RouteContract>;
