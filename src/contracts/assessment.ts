/**
 * The assessment `cephalog assess` prints (assess-contract.md, "Output"), schema
 * `cephalog.assessment/1`. Extra fields are welcome, so objects here accept (and drop) fields they
 * do not name; the names and meanings below are fixed. The refinements check the contract's
 * "null exactly when" rules, so a test that parses an output with this schema checks them too.
 */
import { z } from "zod";
import { plainDateSchema } from "./plain-date.ts";
import { settingValueSchemas } from "./settings.ts";
import { daysBetween } from "#domain/shared/plain-date.ts";
import { POLICIES, INSTRUMENTS, SYMPTOM_CODES } from "#domain/shared/record.ts";

export const ASSESSMENT_SCHEMA_ID = "cephalog.assessment/1";

const date = plainDateSchema;
const count = z.number().int().min(0);
const rangeSchema = z.object({ start: date, end: date });

/** One 28-day window's counts (pathway-rules §1-2). */
export const assessmentWindowSchema = z
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

export const chronicMigraineSchema = z.object({
  status: z.enum(["met", "not-met", "insufficient-data"]),
  reasons: z.array(z.string()),
});

export const OVERUSE_CLASS_NAMES = ["triptan", "ergot", "opioid", "combination-analgesic", "simple-analgesic", "multiple-classes"] as const;

export const medicationOveruseSchema = z
  .object({
    status: z.enum(["suspected", "not-suspected", "insufficient-data"]),
    classes: z.array(z.enum(OVERUSE_CLASS_NAMES)),
  })
  .refine((o) => (o.status === "suspected" ? o.classes.length > 0 : o.classes.length === 0), { message: "classes are listed exactly when overuse is suspected", path: ["classes"] });

export const CRITERION_IDS = ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed", "overuse-managed"] as const;

export const eligibilitySchema = z.object({
  status: z.enum(["eligible", "not-eligible", "insufficient-data"]),
  criteria: z.array(z.object({ id: z.enum(CRITERION_IDS), status: z.enum(["met", "not-met", "unknown"]), detail: z.string() })),
});

export const treatmentSummarySchema = z.object({
  sessions: z.number().int().min(1),
  firstDate: date,
  lastDate: date,
  nextEarliest: date,
  nextDue: date,
  nextLate: date,
  overdue: z.boolean(),
  onTimeRate: z.number().min(0).max(1).nullable(),
});

export const PROBLEM_CODES = [
  "site_units_invalid",
  "midline_not_allowed",
  "total_above_max",
  "cumulative_dose_exceeded",
  "interval_too_short",
  "site_units_not_standard",
  "fixed_site_missing",
  "fixed_site_extra",
  "follow_the_pain_not_allowed",
  "follow_the_pain_limit",
] as const;

export const injectionCheckSchema = z
  .object({
    date,
    totalUnits: z.number().min(0),
    sites: count,
    valid: z.boolean(),
    problems: z.array(z.object({ code: z.enum(PROBLEM_CODES), severity: z.enum(["error", "warning"]), message: z.string().min(1) })),
  })
  .refine((c) => c.valid === !c.problems.some((p) => p.severity === "error"), { message: "valid is false exactly when there is an error", path: ["valid"] });

export const RESPONSE_STATUSES = ["no-treatment", "no-baseline", "too-early", "insufficient-data", "evaluated"] as const;
export const RECOMMENDATIONS = ["continue", "stop", "review", "pause"] as const;

export const responseSchema = z
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

export const scoredQuestionnaireSchema = z.object({
  instrument: z.enum(INSTRUMENTS),
  date,
  score: count,
  grade: z.enum(["little-or-none", "some", "substantial", "severe", "I", "II", "III", "IV"]),
  change: z.number().int().nullable(),
});

export const wearingOffSchema = z.object({
  sessionDate: date,
  earlyRate: z.number().min(0).max(1).nullable(),
  lateRate: z.number().min(0).max(1).nullable(),
  signal: z.boolean().nullable(),
});

export const sideEffectTriageSchema = z.object({
  date,
  level: z.enum(["red", "amber", "green"]),
  symptoms: z.array(z.enum(SYMPTOM_CODES)).min(1),
  actions: z.array(z.string()).min(1),
});

function inDateOrder<T>(key: (item: T) => string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    items.forEach((item, index) => {
      const previous = items[index - 1];
      if (previous !== undefined && key(previous) > key(item)) ctx.addIssue({ code: "custom", path: [index], message: "is out of date order" });
    });
  };
}

/** The whole assessment (assess-contract.md, "Output"). */
export const assessmentSchema = z
  .object({
    schema: z.literal(ASSESSMENT_SCHEMA_ID),
    rulesVersion: z.string().min(1),
    patientId: z.string().min(1),
    asOf: date,
    policy: z.enum(POLICIES),
    settings: z.object(settingValueSchemas),
    windows: z.array(assessmentWindowSchema).min(3),
    chronicMigraine: chronicMigraineSchema,
    medicationOveruse: medicationOveruseSchema,
    eligibility: eligibilitySchema,
    treatment: treatmentSummarySchema.nullable(),
    injectionChecks: z.array(injectionCheckSchema).superRefine(inDateOrder((c) => c.date)),
    response: responseSchema,
    questionnaires: z.array(scoredQuestionnaireSchema).superRefine(inDateOrder((q) => q.date)),
    wearingOff: z.array(wearingOffSchema).superRefine(inDateOrder((w) => w.sessionDate)),
    sideEffects: z.array(sideEffectTriageSchema).superRefine(inDateOrder((s) => s.date)),
  })
  .superRefine((a, ctx) => {
    // W1 ends on the assessment date and each window is the 28 days before the previous one (§1).
    const first = a.windows[0];
    if (first !== undefined && first.end !== a.asOf) ctx.addIssue({ code: "custom", path: ["windows", 0, "end"], message: "W1 must end on asOf" });
    a.windows.forEach((w, index) => {
      const newer = a.windows[index - 1];
      if (newer !== undefined && daysBetween(w.end, newer.start) !== 1) ctx.addIssue({ code: "custom", path: ["windows", index], message: "must end the day before the newer window starts" });
      if (daysBetween(w.start, w.end) !== 27) ctx.addIssue({ code: "custom", path: ["windows", index], message: "must span 28 days" });
    });
    const noSessions = a.injectionChecks.length === 0;
    if ((a.treatment === null) !== noSessions) ctx.addIssue({ code: "custom", path: ["treatment"], message: "is null exactly when there are no sessions" });
    if (a.treatment !== null && a.treatment.sessions !== a.injectionChecks.length) ctx.addIssue({ code: "custom", path: ["treatment", "sessions"], message: "differs from the number of injection checks" });
  });

export type AssessmentOutput = z.infer<typeof assessmentSchema>;
