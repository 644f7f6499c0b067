/**
 * The patient record (assess-contract.md, "Input"): the current view of one patient, read by
 * `cephalog assess` and by the API's plain import. It parses into the domain's `PatientRecord`
 * plus the record's own `asOf`, `policy` and settings.
 *
 * Unknown fields are not errors (newer senders may add some) but each is reported with its JSON
 * path, so a misspelling is never silently lost. To find them without writing the shape twice,
 * the schema is built by one factory in two modes: `strip` parses (unknown keys dropped) and
 * `strict` only lists the unknown keys. `settings` is strict in both: an unknown setting is an
 * error. `null` on an optional field means "not given" (exports from a database write nulls).
 */
import { z } from "zod";
import { checkBandAgrees, diaryAnswersShape } from "./diary-answers.ts";
import { plainDateSchema } from "./plain-date.ts";
import { settingsInputSchema } from "./settings.ts";
import { freeText, singleLineText } from "./text.ts";
import { formatPath, issuesOf, type FieldIssue } from "./issues.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import { resolveSettings, type PathwaySettings } from "#domain/shared/settings.ts";
import { questionnaireProblems } from "#domain/questionnaires/questionnaire-problems.ts";
import {
  ACUTE_MEDICATION_CLASSES,
  DURATION_BANDS,
  HEADACHE_FEATURES,
  INSTRUMENTS,
  MUSCLES,
  POLICIES,
  PREVENTIVE_CLASSES,
  PREVENTIVE_OUTCOMES,
  SEXES,
  SIDES,
  SYMPTOM_CODES,
  type HeadacheFeature,
  type PatientRecord,
  type PolicyId,
  type Severity,
} from "#domain/shared/record.ts";

export const PATIENT_RECORD_SCHEMA_ID = "cephalog.patient-record/1";

type UnknownKeys = "strip" | "strict";

/** An optional field that also takes `null` for "not given"; parses to `undefined`. */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/** An optional list; absent or `null` is the empty list. */
function list<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: (issue) => (issue.input === undefined ? "is required" : `must be a known ${what}: ${values.join(", ")}`) });
}

const date = plainDateSchema;
const nonEmptyText = singleLineText().trim().min(1, "must not be empty");

/** Adds an issue on `path` for every element whose key repeats an earlier element's key. */
function rejectRepeats<T>(items: readonly T[], keyOf: (item: T) => unknown, field: string, listName: string, what: string, ctx: z.RefinementCtx): void {
  const firstIndex = new Map<unknown, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const earlier = firstIndex.get(key);
    if (earlier === undefined) firstIndex.set(key, index);
    else ctx.addIssue({ code: "custom", path: [index, field], message: `${what} as ${listName}[${earlier}]; one per date` });
  });
}

/** Builds the record schema; `mode` decides what happens to unknown keys (see the file comment). */
function buildPatientRecordSchema(mode: UnknownKeys) {
  const object = <S extends z.ZodRawShape>(shape: S) => (mode === "strict" ? z.strictObject(shape) : z.object(shape));

  // pathway-rules §2: hours 0-24 and severity 0-3 are checked whenever present, required on a headache day.
  const hours = diaryAnswersShape.hours.unwrap();
  const severity = diaryAnswersShape.severity.unwrap().transform((value) => value as Severity);
  const medication = object({
    name: optional(singleLineText().trim().max(200)),
    // pathway-rules §2: the input alias `nsaid` is a simple analgesic.
    class: oneOf([...ACUTE_MEDICATION_CLASSES, "nsaid"], "medication class").transform((value) => (value === "nsaid" ? "simple-analgesic" : value)),
    relief: optional(z.boolean()),
  });
  const featureFlag = optional(z.boolean());
  const features = object(Object.fromEntries(HEADACHE_FEATURES.map((name) => [name, featureFlag])) as Record<HeadacheFeature, typeof featureFlag>);
  const diaryDay = object({
    date,
    headache: z.boolean(),
    hours: optional(hours),
    // Issue 9: the band the patient chose, optional (records with hours only stay valid).
    duration: optional(oneOf(DURATION_BANDS, "duration band")),
    severity: optional(severity),
    features: optional(features),
    medications: optional(z.array(medication).max(50)),
  }).superRefine((day, ctx) => {
    checkBandAgrees(day, ctx);
    if (!day.headache) return;
    if (day.hours === undefined) ctx.addIssue({ code: "custom", path: ["hours"], message: "is required when headache is true" });
    if (day.severity === undefined) ctx.addIssue({ code: "custom", path: ["severity"], message: "is required when headache is true" });
  });

  const preventive = object({
    name: nonEmptyText.max(200),
    class: oneOf(PREVENTIVE_CLASSES, "preventive class"),
    start: date,
    end: optional(date),
    outcome: oneOf(PREVENTIVE_OUTCOMES, "preventive outcome"),
    // Issue 10: the dose in the clinician's words, for the packet's failed-preventive table (optional; never read by the rules).
    dose: optional(singleLineText().trim().min(1, "must not be empty").max(200)),
  }).superRefine((trial, ctx) => {
    // pathway-rules §1: a preventive whose end is before its start is an input error.
    if (trial.end !== undefined && trial.end < trial.start) ctx.addIssue({ code: "custom", path: ["end"], message: "is before start" });
  });

  const injection = object({
    muscle: oneOf(MUSCLES, "muscle"),
    side: oneOf(SIDES, "side"),
    // Zero or negative units are a clinical problem reported by the checks (site_units_invalid, §6), not an input error.
    units: z.number({ error: "must be a number of units" }),
    followThePain: optional(z.boolean()),
  });
  const treatment = object({
    date,
    overrideReason: optional(freeText().max(2000)),
    injections: z.array(injection).max(100),
    // Issue 10 §4: the lot of the vials given and its expiry (optional; docs/fhir.md, MedicationAdministration).
    lot: optional(singleLineText().trim().min(1, "must not be empty").max(40)),
    expiry: optional(date),
  });

  const otherDose = object({
    date,
    units: z.number({ error: "must be a number of units" }).positive("must be positive"),
    indication: optional(singleLineText().max(200)),
  });

  // pathway-rules §9: HIT-6 six option indexes 0-4; MIDAS five day counts 0-90, a 0-90, b 0-10.
  const wholeIn = (max: number) => z.number().int(`must be a whole number 0-${max}`).min(0, `must be 0-${max}`).max(max, `must be 0-${max}`);
  const answers = (count: number, max: number) => z.array(wholeIn(max)).length(count, `must hold exactly ${count} answers`);
  // A HIT-6 may instead give `score`, the total of a clinic's licensed paper form whose answers were
  // not entered (§9: a score-entry form); a total no answers add up to, or unlike the answers', is refused.
  // An export writes such a HIT-6 with `responses: []`, so no answers is taken beside a score.
  const hit6Answers = z.array(wholeIn(4)).refine((list) => list.length === 6 || list.length === 0, "must hold exactly 6 answers");
  const hit6 = object({ instrument: z.literal("HIT-6"), date, responses: optional(hit6Answers), score: optional(z.number()) }).superRefine((q, ctx) => {
    if (q.score === undefined) {
      if (q.responses === undefined) ctx.addIssue({ code: "custom", path: ["responses"], message: "is required" });
      else if (q.responses.length === 0) ctx.addIssue({ code: "custom", path: ["responses"], message: "must hold exactly 6 answers" });
      return;
    }
    const responses = q.responses ?? [];
    for (const problem of questionnaireProblems({ instrument: "HIT-6", responses, score: q.score })) {
      if (problem.path === "score") ctx.addIssue({ code: "custom", path: ["score"], message: problem.message });
    }
  }).transform((q) => ({ instrument: q.instrument, date: q.date, responses: q.responses ?? [], ...(q.score === undefined ? {} : { score: q.score }) }));
  const midas = object({ instrument: z.literal("MIDAS"), date, responses: answers(5, 90), a: optional(wholeIn(90)), b: optional(wholeIn(10)) });
  const questionnaire = z.discriminatedUnion("instrument", [hit6, midas], {
    error: (issue) => {
      const input: unknown = issue.input;
      if (typeof input !== "object" || input === null || Array.isArray(input)) return "must be an object";
      return "instrument" in input ? `must be a known instrument: ${INSTRUMENTS.join(", ")}` : "is required";
    },
  });

  const sideEffectReport = object({
    date,
    symptoms: z.array(oneOf(SYMPTOM_CODES, "symptom code")).min(1, "must name at least one symptom"),
  });

  return object({
    schema: optional(z.literal(PATIENT_RECORD_SCHEMA_ID, { error: `must be "${PATIENT_RECORD_SCHEMA_ID}"` })),
    asOf: optional(date),
    policy: optional(oneOf(POLICIES, "policy")),
    settings: optional(settingsInputSchema),
    patient: object({
      // The sender's own identifier, echoed exactly as given (assess-contract: "any non-empty string"; blank is empty).
      id: singleLineText().refine((id) => id.trim() !== "", "must not be empty"),
      birthDate: optional(date),
      sex: optional(oneOf(SEXES, "sex")),
    }),
    history: optional(
      object({
        chronicMigraineSince: optional(date),
        botulinumHypersensitivity: optional(z.boolean()),
        injectionSiteInfection: optional(z.boolean()),
        overuseManaged: optional(z.boolean()),
      }),
    ),
    diary: list(diaryDay).superRefine((days, ctx) => rejectRepeats(days, (d) => d.date, "date", "diary", "has the same date", ctx)),
    // Absent means "no preventive history given" (criterion unknown, §5); [] means none tried.
    preventives: optional(z.array(preventive)),
    treatments: list(treatment).superRefine((sessions, ctx) => rejectRepeats(sessions, (s) => s.date, "date", "treatments", "is a second session on the same date", ctx)),
    otherToxinDoses: list(otherDose),
    questionnaires: list(questionnaire),
    sideEffectReports: list(sideEffectReport),
  });
}

/** The record schema that parses (unknown fields dropped). Use `parsePatientRecord` to also hear about them. */
export const patientRecordSchema = buildPatientRecordSchema("strip");
const strictPatientRecordSchema = buildPatientRecordSchema("strict");

export type PatientRecordInput = z.input<typeof patientRecordSchema>;

/** A valid record, split into what the rules read and the record's own assessment options. */
export interface ParsedPatientRecord {
  readonly record: PatientRecord;
  readonly asOf: PlainDate | undefined;
  readonly policy: PolicyId | undefined;
  /** The settings in force: the record's values over the defaults. */
  readonly settings: PathwaySettings;
  /** JSON paths of fields the format does not know (e.g. `diary[3].severty`), in the order the schema meets them. */
  readonly unknownFields: readonly string[];
}

export type PatientRecordParseResult = { readonly ok: true; readonly value: ParsedPatientRecord } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/**
 * Validates a parsed JSON value as a patient record.
 * @example parsePatientRecord({ patient: { id: "p1" }, diary: [{ date: "2026-02-30", headache: false }] })
 * // { ok: false, issues: [{ path: "diary[0].date", message: "must be a calendar date YYYY-MM-DD" }] }
 */
export function parsePatientRecord(input: unknown): PatientRecordParseResult {
  const parsed = patientRecordSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: withRepeatedDates(issuesOf(parsed.error), input) };
  const data = parsed.data;
  const record: PatientRecord = {
    patient: data.patient,
    history: data.history,
    diary: data.diary,
    preventives: data.preventives,
    treatments: data.treatments,
    otherToxinDoses: data.otherToxinDoses,
    questionnaires: data.questionnaires,
    sideEffectReports: data.sideEffectReports,
  };
  return {
    ok: true,
    value: { record, asOf: data.asOf, policy: data.policy, settings: data.settings ?? resolveSettings(), unknownFields: unknownFieldsOf(input) },
  };
}

/**
 * Adds the "same date twice" problems that zod cannot see while another entry of the same list is
 * malformed (a list's own checks run only once all its entries parse), so one run names them all.
 */
function withRepeatedDates(issues: FieldIssue[], input: unknown): FieldIssue[] {
  if (typeof input !== "object" || input === null) return issues;
  const lists = [
    { name: "diary", what: "has the same date" },
    { name: "treatments", what: "is a second session on the same date" },
  ] as const;
  const known = new Set(issues.map((issue) => issue.path));
  const extra: FieldIssue[] = [];
  for (const { name, what } of lists) {
    const list = (input as Record<string, unknown>)[name];
    if (!Array.isArray(list)) continue;
    const firstIndex = new Map<string, number>();
    list.forEach((entry: unknown, index) => {
      const date = typeof entry === "object" && entry !== null ? (entry as { date?: unknown }).date : undefined;
      if (typeof date !== "string") return;
      const earlier = firstIndex.get(date);
      if (earlier === undefined) firstIndex.set(date, index);
      else {
        const path = formatPath([name, index, "date"]);
        if (!known.has(path)) extra.push({ path, message: `${what} as ${name}[${earlier}]; one per date` });
      }
    });
  }
  return [...issues, ...extra];
}

/** The JSON paths of every unknown field of a record that is otherwise valid. */
function unknownFieldsOf(input: unknown): string[] {
  const strict = strictPatientRecordSchema.safeParse(input);
  if (strict.success) return [];
  return strict.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => formatPath([...issue.path, key])) : [],
  );
}
