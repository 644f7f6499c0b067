/**
 * CSV in and out (issue 10 §5; ADR 0027): a patient's diary, the clinic's diaries, sessions and
 * outcomes as CSV (`text/csv; charset=utf-8`, streamed, a header row, ISO dates, cells a
 * spreadsheet would run as a formula defused), and a patient's diary imported from a CSV file
 * with a column mapping: a dry run lists every rejected row with its line, column and reason;
 * the real import is all or nothing, each day a revision with source `import`.
 */
import { z } from "zod";
import { singleLineText } from "../text.ts";
import { clinicParamsSchema, patientParamsSchema } from "./common.ts";
import { RECORD_BODY_LIMIT, type RouteContract } from "./route-contract.ts";

/** The diary fields a CSV column can be mapped to, in the order a form asks for them; `date` and `headache` are required. */
export const CSV_DIARY_FIELDS = ["date", "headache", "hours", "severity", "medicines", "features", "duration", "note"] as const;
export type CsvDiaryField = (typeof CSV_DIARY_FIELDS)[number];

/** Date formats a CSV file may use; ISO (YYYY-MM-DD) by default. */
export const CSV_DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY"] as const;
export type CsvDateFormat = (typeof CSV_DATE_FORMATS)[number];

/** The most data rows one CSV import takes (about thirteen years of days). */
export const MAX_CSV_ROWS = 5000;

const columnName = singleLineText().trim().min(1, "must name a column of the header row").max(200);

export const csvDiaryMappingSchema = z.object({
  date: columnName,
  headache: columnName,
  hours: columnName.optional(),
  severity: columnName.optional(),
  medicines: columnName.optional(),
  features: columnName.optional(),
  duration: columnName.optional(),
  note: columnName.optional(),
});
export type CsvDiaryMapping = z.output<typeof csvDiaryMappingSchema>;

const cellWords = z.array(singleLineText().trim().max(40)).min(1, "must hold at least one word").max(20);

export const csvDiaryImportBodySchema = z.object({
  /** The whole file's text (UTF-8; a byte-order mark is ignored), its first row the header. */
  csv: z.string().min(1, "must not be empty").max(RECORD_BODY_LIMIT - 64 * 1024),
  /** Which column of the header row holds each diary field. */
  mapping: csvDiaryMappingSchema,
  /** The words of the headache column meaning yes and no (case ignored); default yes/y/true/1/x and no/n/false/0. */
  headacheValues: z.object({ yes: cellWords, no: cellWords }).optional(),
  dateFormat: z.enum(CSV_DATE_FORMATS, { error: `must be one of ${CSV_DATE_FORMATS.join(", ")}` }).optional(),
});
export type CsvDiaryImportBody = z.input<typeof csvDiaryImportBodySchema>;

export const csvImportQuerySchema = z.object({
  /** true: check every row and count; nothing is written. */
  dryRun: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
});

/** One row the import refuses: the file's line (1 is the header), the column (null: the whole row) and why. Never the cell's value. */
export const csvRejectionSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
});
export type CsvRejection = z.infer<typeof csvRejectionSchema>;

const count = z.number().int().min(0);

export const csvDiaryImportResultSchema = z.object({
  dryRun: z.boolean(),
  /** Data rows read (empty lines are not rows). */
  rows: count,
  /** Rows that make a valid day. */
  accepted: count,
  /** Days stored as a new revision (on a dry run: that would be). */
  imported: count,
  /** Days equal to what is recorded: nothing stored. */
  unchanged: count,
  /** Every refused row; the real import stores nothing while there is one. */
  rejected: z.array(csvRejectionSchema),
});
export type CsvDiaryImportResult = z.infer<typeof csvDiaryImportResultSchema>;

const csvText = (what: string) => z.string().describe(`CSV (text/csv; charset=utf-8, with a byte-order mark, CRLF lines): ${what}`);

const exports = "/api/clinics/:clinicId/exports";

export const csvExchangeRoutes = {
  patientDiaryCsv: {
    method: "GET",
    path: "/api/clinics/:clinicId/patients/:patientId/diary.csv",
    summary: "The patient's diary as CSV: one row per recorded day (its current revision), oldest first",
    access: "clinic.read",
    params: patientParamsSchema,
    response: csvText("date, headache, hours, duration, severity, medicines, features, note, source, entered_by, late, recorded_at, revisions"),
  },
  clinicDiariesCsv: {
    method: "GET",
    path: `${exports}/diaries.csv`,
    summary: "Every patient's diary as CSV: one row per patient and recorded day, with the patient id and record number; streamed",
    access: "clinic.read",
    params: clinicParamsSchema,
    response: csvText("patient_id, record_number, then the patient diary's columns"),
  },
  clinicSessionsCsv: {
    method: "GET",
    path: `${exports}/sessions.csv`,
    summary: "Every signed injection session as CSV: one row per session (sites, units, vials, lots, waste, billing lines); streamed",
    access: "clinic.read",
    params: clinicParamsSchema,
    response: csvText("patient_id, record_number, session_id, revision, date, given_at, injector, sites, follow_the_pain_sites, units_given, vials, vial_units_opened, units_wasted, lots, diluent_lot, billing, diagnosis_code, override_reason, site_units"),
  },
  clinicOutcomesCsv: {
    method: "GET",
    path: `${exports}/outcomes.csv`,
    summary: "Each patient's response to treatment as CSV (pathway-rules §8, as of the patient's today under the clinic's policy); streamed",
    access: "clinic.read",
    params: clinicParamsSchema,
    response: csvText("patient_id, record_number, as_of, policy, status, first_session, sessions, baseline window and headache days, evaluation window and headache days, change_percent, reduction_percent, responder_30, responder_50, recommendation, reason"),
  },
  importDiaryCsv: {
    method: "POST",
    path: "/api/clinics/:clinicId/patients/:patientId/diary-import/csv",
    summary: "Import diary days from CSV with a column mapping; ?dryRun=true lists every rejected row; the import stores all rows or none",
    access: "clinical.write",
    params: patientParamsSchema,
    query: csvImportQuerySchema,
    body: csvDiaryImportBodySchema,
    response: csvDiaryImportResultSchema,
    bodyLimit: RECORD_BODY_LIMIT,
  },
} as const satisfies Record<string, RouteContract>;
