/**
 * HIT-6 and MIDAS (pathway-rules §9): when they are due (src/domain/questionnaires/questionnaire-due.ts),
 * the patient filling them in on their phone, staff entering a paper form, each scored by the
 * domain with its grade and change. Each questionnaire is a record of kind `questionnaire`
 * (ADR 0013) whose id is made where it was filled in, so a resend is the same questionnaire.
 *
 * HIT-6's wording is licensed (clinical-facts §8): the app shows its items only when the clinic's
 * administrator has pasted the wording of the clinic's licensed form; otherwise a HIT-6 is a total
 * copied from a paper form.
 */
import { z } from "zod";
import { HIT6_GRADES, HIT6_ITEM_COUNT, HIT6_WEIGHTS } from "#domain/questionnaires/hit6.ts";
import { MIDAS_GRADES } from "#domain/questionnaires/midas.ts";
import { questionnaireProblems } from "#domain/questionnaires/questionnaire-problems.ts";
import { QUESTIONNAIRE_DUE_REASONS } from "#domain/questionnaires/questionnaire-due.ts";
import { INSTRUMENTS } from "#domain/shared/record.ts";
import { plainDateSchema } from "../plain-date.ts";
import { freeText, singleLineText } from "../text.ts";
import { clinicParamsSchema, fromRevisionSchema, idSchema, patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

/** The days before a visit a clinic may ask for them: 0 (the visit's day only) to 28 (HIT-6's recall). */
export const QUESTIONNAIRE_DUE_DAYS_MAX = 28;

const number = z.number({ error: "must be a number" });

/** The answers of one questionnaire, checked by the domain's rules (§9) so each problem names its field. */
const answersShape = {
  instrument: z.enum(INSTRUMENTS, { error: `must be one of ${INSTRUMENTS.join(", ")}` }),
  /** The day it was filled in (the patient's date). */
  date: plainDateSchema,
  /** HIT-6: six option indexes 0-4 (or none with `score`); MIDAS: five day counts 0-90. */
  responses: z.array(number).max(10, "must hold at most 10 answers").default([]),
  /** HIT-6 only: the total of a paper form, 36-78, when its answers are not entered. */
  score: number.nullable().default(null),
  /** MIDAS only: item A (headache days in 3 months, 0-90) and B (average pain 0-10). */
  a: number.nullable().default(null),
  b: number.nullable().default(null),
};

function checkAnswers(q: { instrument: (typeof INSTRUMENTS)[number]; responses: number[]; score: number | null; a: number | null; b: number | null }, ctx: z.RefinementCtx): void {
  if (q.instrument === "MIDAS" && q.score !== null) ctx.addIssue({ code: "custom", path: ["score"], message: "is for a HIT-6 total only (a MIDAS is scored from its five answers)" });
  if (q.instrument === "HIT-6") {
    if (q.a !== null) ctx.addIssue({ code: "custom", path: ["a"], message: "is a MIDAS item only" });
    if (q.b !== null) ctx.addIssue({ code: "custom", path: ["b"], message: "is a MIDAS item only" });
  }
  for (const problem of questionnaireProblems(q)) {
    ctx.addIssue({ code: "custom", path: problem.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message: problem.message });
  }
}

/** What the patient's phone sends: made on the phone, with the patient it was filled in for (`account_mismatch` otherwise). */
export const myQuestionnaireBodySchema = z.object({ id: idSchema, patientId: idSchema, ...answersShape }).superRefine(checkAnswers);
export type MyQuestionnaireBody = z.input<typeof myQuestionnaireBodySchema>;

/** A paper form staff enter: its id made in the browser, so a second click is the same form. */
export const paperQuestionnaireBodySchema = z.object({ id: idSchema, ...answersShape }).superRefine(checkAnswers);
export type PaperQuestionnaireBody = z.input<typeof paperQuestionnaireBodySchema>;

const grade = z.enum([...HIT6_GRADES, ...MIDAS_GRADES]);

/** One scored questionnaire, as both sides show it. */
export const scoredQuestionnaireSchema = z.object({
  id: z.string(),
  instrument: z.enum(INSTRUMENTS),
  date: z.string(),
  score: z.number(),
  grade,
  /** This score minus the previous one of the same instrument; null for the first. */
  change: z.number().nullable(),
  /** HIT-6: a fall of 5 or more; MIDAS: the AHS rule with the previous score as the baseline; null for the first. */
  meaningfulImprovement: z.boolean().nullable(),
  /** A HIT-6 given as its paper form's total, without the answers. */
  totalOnly: z.boolean(),
});
export type ScoredQuestionnaireView = z.infer<typeof scoredQuestionnaireSchema>;

/** A due questionnaire's span (the domain's `QuestionnaireSpan`). */
export const questionnaireSpanSchema = z.object({
  instrument: z.enum(INSTRUMENTS),
  reason: z.enum(QUESTIONNAIRE_DUE_REASONS),
  visitDate: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  doneOn: z.string().nullable(),
});
export type QuestionnaireSpanView = z.infer<typeof questionnaireSpanSchema>;

/** The clinic's licensed HIT-6 wording: six items and five answer labels, in the form's order. */
export const hit6WordingSchema = z.object({ items: z.array(z.string()), options: z.array(z.string()) });
export type Hit6Wording = z.infer<typeof hit6WordingSchema>;

export const myQuestionnairesSchema = z.object({
  patientId: z.string(),
  /** The patient's today, in their time zone. */
  today: z.string(),
  /** What to fill in now, HIT-6 before MIDAS; `form` says whether HIT-6 is asked item by item or as the paper form's total. */
  due: z.array(z.object({ instrument: z.enum(INSTRUMENTS), reason: z.enum(QUESTIONNAIRE_DUE_REASONS), visitDate: z.string().nullable(), form: z.enum(["items", "total"]) })),
  /** The clinic's licensed HIT-6 wording; null when it has none (HIT-6 is then a paper form's total). */
  hit6Wording: hit6WordingSchema.nullable(),
  /** The patient's own questionnaires, newest first. */
  history: z.array(scoredQuestionnaireSchema),
});
export type MyQuestionnaires = z.infer<typeof myQuestionnairesSchema>;

const person = z.object({ userId: z.string(), name: z.string() });

/** One questionnaire as staff see it: the score and the answers it came from, and who entered it. */
export const staffQuestionnaireSchema = scoredQuestionnaireSchema.extend({
  responses: z.array(z.number()),
  a: z.number().nullable(),
  b: z.number().nullable(),
  /** `patient`: filled in on the patient's phone; `staff`: a paper form entered by staff; `import`: from an imported record. */
  enteredBy: z.enum(["patient", "staff", "import"]),
  recordedAt: z.string(),
  recordedBy: person,
  /** The current revision's number: a withdrawal sends it back as `fromRevision`. */
  revision: z.number().int(),
});
export type StaffQuestionnaire = z.infer<typeof staffQuestionnaireSchema>;

/**
 * A questionnaire withdrawn as entered in error: kept and shown struck through, never counted
 * (no change, not in any score's change, not "done" for what is due). Its score is its own alone.
 */
export const withdrawnQuestionnaireSchema = z.object({
  id: z.string(),
  instrument: z.enum(INSTRUMENTS),
  date: z.string(),
  score: z.number(),
  grade,
  totalOnly: z.boolean(),
  responses: z.array(z.number()),
  a: z.number().nullable(),
  b: z.number().nullable(),
  revision: z.number().int(),
  /** The withdrawal: why, when and by whom. */
  withdrawal: z.object({ reason: z.string(), recordedAt: z.string(), recordedBy: person }),
});
export type WithdrawnQuestionnaire = z.infer<typeof withdrawnQuestionnaireSchema>;

export const patientQuestionnairesSchema = z.object({
  today: z.string(),
  dueDays: z.number().int(),
  /** The spans that apply today, done or not (baseline, before the next visit). */
  spans: z.array(questionnaireSpanSchema),
  /** Newest first; only those that count (withdrawn ones are in `withdrawn`). */
  questionnaires: z.array(staffQuestionnaireSchema),
  /** Those withdrawn as entered in error, newest first. */
  withdrawn: z.array(withdrawnQuestionnaireSchema),
  /** Whether the clinic has pasted its licensed HIT-6 wording (a paper HIT-6 may then be entered answer by answer). */
  hit6Licensed: z.boolean(),
});
export type PatientQuestionnaires = z.infer<typeof patientQuestionnairesSchema>;

export const questionnaireSettingsSchema = z.object({
  questionnaireDueDays: z.number().int(),
  /** Null: the clinic has no licensed HIT-6 wording in the app; patients copy the total from a paper form. */
  hit6: z.object({ licence: z.string(), items: z.array(z.string()), options: z.array(z.string()), updatedAt: z.string(), updatedBy: person }).nullable(),
});
export type QuestionnaireSettings = z.infer<typeof questionnaireSettingsSchema>;

const wordingText = (max: number) => freeText().trim().min(1, "is required").max(max);

export const updateQuestionnaireSettingsBodySchema = z.object({
  questionnaireDueDays: z
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(0, "must be 0 or more")
    .max(QUESTIONNAIRE_DUE_DAYS_MAX, `must be at most ${QUESTIONNAIRE_DUE_DAYS_MAX} (HIT-6 asks about the last 4 weeks)`),
  /**
   * The clinic's licensed HIT-6 form, pasted by an administrator who holds the licence: its
   * reference (attesting it), six items and five answer labels. Null removes it.
   */
  hit6: z
    .object({
      licence: singleLineText().trim().min(1, "is required: the reference of the clinic's HIT-6 licence").max(200),
      items: z.array(wordingText(500)).length(HIT6_ITEM_COUNT, `must hold the ${HIT6_ITEM_COUNT} items of the licensed form`),
      options: z.array(wordingText(60)).length(HIT6_WEIGHTS.length, `must hold the ${HIT6_WEIGHTS.length} answers of the licensed form, from the first (6 points) to the last (13)`),
    })
    .nullable(),
});
export type UpdateQuestionnaireSettingsBody = z.input<typeof updateQuestionnaireSettingsBodySchema>;

/**
 * Withdrawing a questionnaire entered in error (wrong patient, wrong answers copied): a revision
 * marking it so, with the reason, from the revision the person saw (`stale_version` otherwise,
 * as for preventive trials; issue 7).
 */
export const withdrawQuestionnaireBodySchema = z.object({
  reason: freeText().trim().min(1, "is required: say why it was entered in error (it stays on record)").max(2000),
  fromRevision: fromRevisionSchema,
});
export type WithdrawQuestionnaireBody = z.input<typeof withdrawQuestionnaireBodySchema>;

export const questionnaireParamsSchema = patientParamsSchema.extend({ questionnaireId: idSchema });

const patientBase = "/api/clinics/:clinicId/patients/:patientId/questionnaires";

export const questionnaireRoutes = {
  myQuestionnaires: { method: "GET", path: "/api/me/questionnaires", summary: "The signed-in patient's questionnaires due now and their own scored history", access: "patient", response: myQuestionnairesSchema },
  submitMyQuestionnaire: { method: "POST", path: "/api/me/questionnaires", summary: "Submit a HIT-6 or MIDAS filled in on the phone (idempotent by id); answers its score", access: "patient", body: myQuestionnaireBodySchema, response: scoredQuestionnaireSchema },
  patientQuestionnaires: { method: "GET", path: patientBase, summary: "A patient's questionnaires with score, grade and change, and which are due", access: "clinic.read", params: patientParamsSchema, response: patientQuestionnairesSchema },
  enterPaperQuestionnaire: { method: "POST", path: patientBase, summary: "Enter a paper HIT-6 (answers or total) or MIDAS for the patient (idempotent by id)", access: "clinical.write", params: patientParamsSchema, body: paperQuestionnaireBodySchema, response: patientQuestionnairesSchema },
  withdrawQuestionnaire: {
    method: "POST",
    path: `${patientBase}/:questionnaireId/withdraw`,
    summary: "Withdraw a questionnaire entered in error (a revision marking it so, with the reason, from `fromRevision`; nothing is deleted); withdrawing it again from the withdrawn revision changes nothing",
    access: "clinical.write",
    params: questionnaireParamsSchema,
    body: withdrawQuestionnaireBodySchema,
    response: patientQuestionnairesSchema,
  },
  questionnaireSettings: { method: "GET", path: "/api/clinics/:clinicId/questionnaire-settings", summary: "When questionnaires are due before a visit, and the clinic's licensed HIT-6 wording", access: "clinic.read", params: clinicParamsSchema, response: questionnaireSettingsSchema },
  updateQuestionnaireSettings: { method: "PUT", path: "/api/clinics/:clinicId/questionnaire-settings", summary: "Change when questionnaires are due and the licensed HIT-6 wording (administrators)", access: "clinic.manage", params: clinicParamsSchema, body: updateQuestionnaireSettingsBodySchema, response: questionnaireSettingsSchema },
} as const satisfies Record<string, RouteContract>;
