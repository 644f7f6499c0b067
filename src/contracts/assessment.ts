/**
 * The assessment `cephalog assess` prints (assess-contract.md, "Output"), schema
 * `cephalog.assessment/1`. Extra fields are welcome, so objects here accept (and drop) fields they
 * do not name; the names and meanings below are fixed. The refinements check the contract's
 * "null exactly when" rules, so a test that parses an output with this schema checks them too.
 *
 * The dated parts are built over a date schema (`datedAssessmentParts`) and the whole from its
 * parts (`assessmentSchemaOf`). The exports here use `plainDateSchema`, which parses to PlainDate.
 * The API (api/assessment.ts) builds the same schema over a date schema without a transform,
 * because Fastify serializes an answer by encoding it with its schema, and with parts that keep
 * the domain's extra fields (each criterion's evidence).
 */
import { z } from "zod";
import { plainDateSchema } from "./plain-date.ts";
import { settingValueSchemas } from "./settings.ts";
import { CHRONIC_MIGRAINE_STATUSES } from "#domain/diagnosis/chronic-migraine.ts";
import { MEDICATION_OVERUSE_STATUSES, OVERUSE_RULE_NAMES } from "#domain/diagnosis/medication-overuse.ts";
import { CRITERION_IDS as DOMAIN_CRITERION_IDS } from "#domain/eligibility/criterion.ts";
import { INJECTION_PROBLEM_CODES } from "#domain/injections/injection-problem.ts";
import { daysBetween, type PlainDate } from "#domain/shared/plain-date.ts";
import { POLICIES, INSTRUMENTS, SYMPTOM_CODES } from "#domain/shared/record.ts";

export const ASSESSMENT_SCHEMA_ID = "cephalog.assessment/1";

/** What the dated parts are built over: a calendar date string in, a PlainDate out. */
export type AssessmentDateSchema = z.ZodType<PlainDate, string>;

const count = z.number().int().min(0);

export const chronicMigraineSchema = z.object({
  status: z.enum(CHRONIC_MIGRAINE_STATUSES),
  reasons: z.array(z.string()),
});

/** The overuse rule names: the domain's list (ADR 0009). */
export const OVERUSE_CLASS_NAMES = OVERUSE_RULE_NAMES;

export const medicationOveruseSchema = z
  .object({
    status: z.enum(MEDICATION_OVERUSE_STATUSES),
    classes: z.array(z.enum(OVERUSE_CLASS_NAMES)),
  })
  .refine((o) => (o.status === "suspected" ? o.classes.length > 0 : o.classes.length === 0), { message: "classes are listed exactly when overuse is suspected", path: ["classes"] });

/** The eligibility criteria: the domain's list (ADR 0009). */
export const CRITERION_IDS = DOMAIN_CRITERION_IDS;

/** One eligibility criterion as the contract names it. */
export const criterionSchema = z.object({ id: z.enum(CRITERION_IDS), status: z.enum(["met", "not-met", "unknown"]), detail: z.string() });

export const eligibilitySchema = z.object({
  status: z.enum(["eligible", "not-eligible", "insufficient-data"]),
  criteria: z.array(criterionSchema),
});

/** The problem codes of pathway-rules §6: the domain's list, so the two cannot drift (ADR 0009). */
export const PROBLEM_CODES = INJECTION_PROBLEM_CODES;

export const RESPONSE_STATUSES = ["no-treatment", "no-baseline", "too-early", "insufficient-data", "evaluated"] as const;
export const RECOMMENDATIONS = ["continue", "stop", "review", "pause"] as const;

/**
 * The parts of an assessment that hold dates, over the given date schema.
 * @example datedAssessmentParts(plainDateSchema).wearingOff.parse({ sessionDate: "2026-02-01", earlyRate: null, lateRate: null, signal: null }).signal // null
 */
export function datedAssessmentParts(date: AssessmentDateSchema) {
  const rangeSchema = z.object({ start: date, end: date });

  /** One 28-day window's counts (pathway-rules §1-2). */
  const window = z
    .object({
      start: date,
      end: date,
      daysRecorded: count.max(28),
      complete: z.boolean(),
      anyHeadacheDays: count,
      headacheDays: count,
      migraineDays: count,
      moderateSevereDays: count,
      acuteMedicationDays: count,
      triptanDays: count,
      ergotDays: count,
      simpleAnalgesicDays: count,
      opioidDays: count,
      combinationAnalgesicDays: count,
      gepantDays: count,
      ditanDays: count,
      otherAcuteDays: count,
    })
    .superRefine((w, ctx) => {
      // Counts are over recorded days, and headache days are a subset of any-headache days (§2).
      for (const [name, value] of Object.entries(w)) {
        if (typeof value === "number" && name !== "daysRecorded" && value > w.daysRecorded) ctx.addIssue({ code: "custom", path: [name], message: "exceeds daysRecorded" });
      }
      if (w.headacheDays > w.anyHeadacheDays) ctx.addIssue({ code: "custom", path: ["headacheDays"], message: "exceeds anyHeadacheDays" });
      if (w.moderateSevereDays > w.headacheDays) ctx.addIssue({ code: "custom", path: ["moderateSevereDays"], message: "exceeds headacheDays" });
      if (w.migraineDays > w.anyHeadacheDays) ctx.addIssue({ code: "custom", path: ["migraineDays"], message: "exceeds anyHeadacheDays" });
    });

  const treatment = z.object({
    sessions: z.number().int().min(1),
    firstDate: date,
    lastDate: date,
    nextEarliest: date,
    nextDue: date,
    nextLate: date,
    overdue: z.boolean(),
    onTimeRate: z.number().min(0).max(1).nullable(),
  });

  const injectionCheck = z
    .object({
      date,
      totalUnits: z.number().min(0),
      sites: count,
      valid: z.boolean(),
      problems: z.array(z.object({ code: z.enum(PROBLEM_CODES), severity: z.enum(["error", "warning"]), message: z.string().min(1) })),
    })
    .refine((c) => c.valid === !c.problems.some((p) => p.severity === "error"), { message: "valid is false exactly when there is an error", path: ["valid"] });

  const response = z
    .object({
      status: z.enum(RESPONSE_STATUSES),
      baselineWindow: rangeSchema.nullable(),
      evaluationPoint: z.enum(["two-cycles", "three-cycles"]).nullable(),
      baselineHeadacheDays: count.nullable(),
      evaluationHeadacheDays: count.nullable(),
      evaluationWindow: rangeSchema.nullable(),
      percentReduction: z.number().nullable(),
      responder30: z.boolean().nullable(),
      responder50: z.boolean().nullable(),
      recommendation: z.enum(RECOMMENDATIONS).nullable(),
      reasons: z.array(z.string()),
      reassessOn: date.nullable(),
    })
    .superRefine((r, ctx) => {
      const rule = (holds: boolean, path: string, message: string) => {
        if (!holds) ctx.addIssue({ code: "custom", path: [path], message });
      };
      const evaluated = r.status === "evaluated";
      rule((r.baselineWindow === null) === (r.status === "no-treatment"), "baselineWindow", "is given exactly when there is a first session");
      rule((r.evaluationPoint === null) === (r.evaluationWindow === null), "evaluationPoint", "is null exactly when evaluationWindow is null");
      for (const field of ["evaluationHeadacheDays", "percentReduction", "responder30", "responder50", "recommendation"] as const) {
        rule((r[field] !== null) === evaluated, field, "is given exactly when the status is evaluated");
      }
      rule(r.baselineHeadacheDays !== null || r.status === "no-treatment" || r.status === "no-baseline", "baselineHeadacheDays", "is given whenever the baseline is complete");
      rule(r.baselineHeadacheDays === null || r.baselineWindow !== null, "baselineHeadacheDays", "needs a baseline window");
      rule((r.reassessOn !== null) === (r.recommendation === "pause"), "reassessOn", "is a date exactly with pause");
      if (evaluated && r.percentReduction !== null) {
        const tenths = r.percentReduction * 10;
        rule(Math.abs(tenths - Math.round(tenths)) < 1e-9, "percentReduction", "is rounded to one decimal");
      }
    });

  const questionnaire = z.object({
    instrument: z.enum(INSTRUMENTS),
    date,
    score: count,
    grade: z.enum(["little-or-none", "some", "substantial", "severe", "I", "II", "III", "IV"]),
    change: z.number().int().nullable(),
  });

  const wearingOff = z.object({
    sessionDate: date,
    earlyRate: z.number().min(0).max(1).nullable(),
    lateRate: z.number().min(0).max(1).nullable(),
    signal: z.boolean().nullable(),
  });

  const sideEffect = z.object({
    date,
    level: z.enum(["red", "amber", "green"]),
    symptoms: z.array(z.enum(SYMPTOM_CODES)).min(1),
    actions: z.array(z.string()).min(1),
  });

  return { date, window, treatment, injectionCheck, response, questionnaire, wearingOff, sideEffect };
}

/** The parts a whole assessment is made of; each may carry more fields than the contract names. */
export interface AssessmentParts {
  readonly date: AssessmentDateSchema;
  readonly window: z.ZodType<{ start: string; end: string }>;
  readonly chronicMigraine: z.ZodType;
  readonly medicationOveruse: z.ZodType;
  readonly eligibility: z.ZodType;
  readonly treatment: z.ZodType<{ sessions: number }>;
  readonly injectionCheck: z.ZodType<{ date: string }>;
  readonly response: z.ZodType;
  readonly questionnaire: z.ZodType<{ date: string }>;
  readonly wearingOff: z.ZodType<{ sessionDate: string }>;
  readonly sideEffect: z.ZodType<{ date: string }>;
}

function inDateOrder<T>(key: (item: T) => string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    items.forEach((item, index) => {
      const previous = items[index - 1];
      if (previous !== undefined && key(previous) > key(item)) ctx.addIssue({ code: "custom", path: [index], message: "is out of date order" });
    });
  };
}

/** What the whole-assessment checks read. */
interface AssessmentFrame {
  readonly asOf: string;
  readonly windows: readonly { readonly start: string; readonly end: string }[];
  readonly treatment: { readonly sessions: number } | null;
  readonly injectionChecks: readonly unknown[];
}

function checkWholeAssessment(a: AssessmentFrame, ctx: z.RefinementCtx): void {
  // W1 ends on the assessment date and each window is the 28 days before the previous one (§1).
  const first = a.windows[0];
  if (first !== undefined && first.end !== a.asOf) ctx.addIssue({ code: "custom", path: ["windows", 0, "end"], message: "W1 must end on asOf" });
  a.windows.forEach((w, index) => {
    const newer = a.windows[index - 1];
    if (newer !== undefined && daysBetween(w.end as PlainDate, newer.start as PlainDate) !== 1) ctx.addIssue({ code: "custom", path: ["windows", index], message: "must end the day before the newer window starts" });
    if (daysBetween(w.start as PlainDate, w.end as PlainDate) !== 27) ctx.addIssue({ code: "custom", path: ["windows", index], message: "must span 28 days" });
  });
  const noSessions = a.injectionChecks.length === 0;
  if ((a.treatment === null) !== noSessions) ctx.addIssue({ code: "custom", path: ["treatment"], message: "is null exactly when there are no sessions" });
  if (a.treatment !== null && a.treatment.sessions !== a.injectionChecks.length) ctx.addIssue({ code: "custom", path: ["treatment", "sessions"], message: "differs from the number of injection checks" });
}

/**
 * The whole assessment (assess-contract.md, "Output") from its parts.
 * @example assessmentSchemaOf({ ...datedAssessmentParts(plainDateSchema), chronicMigraine: chronicMigraineSchema, medicationOveruse: medicationOveruseSchema, eligibility: eligibilitySchema })
 *   .safeParse(assess(record, options)).success // true (this is `assessmentSchema`)
 */
export function assessmentSchemaOf<
  Window extends AssessmentParts["window"],
  Chronic extends AssessmentParts["chronicMigraine"],
  Overuse extends AssessmentParts["medicationOveruse"],
  Eligibility extends AssessmentParts["eligibility"],
  Treatment extends AssessmentParts["treatment"],
  InjectionCheck extends AssessmentParts["injectionCheck"],
  Response extends AssessmentParts["response"],
  Questionnaire extends AssessmentParts["questionnaire"],
  WearingOff extends AssessmentParts["wearingOff"],
  SideEffect extends AssessmentParts["sideEffect"],
>(parts: {
  readonly date: AssessmentDateSchema;
  readonly window: Window;
  readonly chronicMigraine: Chronic;
  readonly medicationOveruse: Overuse;
  readonly eligibility: Eligibility;
  readonly treatment: Treatment;
  readonly injectionCheck: InjectionCheck;
  readonly response: Response;
  readonly questionnaire: Questionnaire;
  readonly wearingOff: WearingOff;
  readonly sideEffect: SideEffect;
}) {
  return z
    .object({
      schema: z.literal(ASSESSMENT_SCHEMA_ID),
      rulesVersion: z.string().min(1),
      patientId: z.string().min(1),
      asOf: parts.date,
      policy: z.enum(POLICIES),
      settings: z.object(settingValueSchemas),
      windows: z.array(parts.window).min(3),
      chronicMigraine: parts.chronicMigraine,
      medicationOveruse: parts.medicationOveruse,
      eligibility: parts.eligibility,
      treatment: parts.treatment.nullable(),
      injectionChecks: z.array(parts.injectionCheck).superRefine(inDateOrder((c: { date: string }) => c.date)),
      response: parts.response,
      questionnaires: z.array(parts.questionnaire).superRefine(inDateOrder((q: { date: string }) => q.date)),
      wearingOff: z.array(parts.wearingOff).superRefine(inDateOrder((w: { sessionDate: string }) => w.sessionDate)),
      sideEffects: z.array(parts.sideEffect).superRefine(inDateOrder((s: { date: string }) => s.date)),
    })
    .superRefine((a, ctx) => checkWholeAssessment(a as AssessmentFrame, ctx));
}

const cliParts = datedAssessmentParts(plainDateSchema);

/** The whole assessment (assess-contract.md, "Output"). */
export const assessmentSchema = assessmentSchemaOf({ ...cliParts, chronicMigraine: chronicMigraineSchema, medicationOveruse: medicationOveruseSchema, eligibility: eligibilitySchema });

export type AssessmentOutput = z.infer<typeof assessmentSchema>;
