/**
 * Progress over the whole treatment, counted by the clinical core (pathway-rules §1, §2, §4, §8):
 * the clinician's chart (28-day windows from the first diary day to today, the baseline, the
 * sessions, the evaluation points and a timeline of sessions, side effects, questionnaires and
 * decisions), the diary calendar a few months at a time, and the patient's own "My progress".
 * The web draws what these answers say; it never counts a day or judges a window itself.
 */
import { z } from "zod";
import { JUDGED_CLASS_NAMES } from "#domain/diagnosis/medication-overuse.ts";
import { TREATMENT_DECISIONS } from "#domain/pathway/pathway-status.ts";
import { ACUTE_MEDICATION_CLASSES, DURATION_BANDS, INSTRUMENTS, POLICIES, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { TRIAGE_LEVELS } from "#domain/triage/triage-levels.ts";
import { plainDateSchema } from "../plain-date.ts";
import { idSchema, patientParamsSchema } from "./common.ts";
import { DIARY_SOURCES } from "./diary.ts";
import type { RouteContract } from "./route-contract.ts";

const count = z.number().int().min(0);
const date = z.string();

/** One 28-day window's counts (pathway-rules §1-2): raw counts over its recorded days. */
export const progressWindowSchema = z.object({
  start: date,
  end: date,
  daysRecorded: count,
  /** At least `minRecordedDays` recorded days (§1). */
  complete: z.boolean(),
  anyHeadacheDays: count,
  /** Headache days of at least `headacheDayMinHours` hours: the response is judged on these (§8). */
  headacheDays: count,
  migraineDays: count,
  acuteMedicationDays: count,
});
export type ProgressWindow = z.infer<typeof progressWindowSchema>;

/** The settings the days were counted under, so screens state them rather than assume them. */
export const countingSchema = z.object({ minRecordedDays: count, headacheDayMinHours: z.number() });

export const EVALUATION_POINT_KINDS = ["two-cycles", "three-cycles"] as const;

export const timelineItemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("session"), id: idSchema, date, number: z.number().int().min(1), units: z.number() }),
  z.object({ kind: z.literal("side-effect"), id: idSchema, date, symptoms: z.array(z.enum(SYMPTOM_CODES)), level: z.enum(TRIAGE_LEVELS) }),
  z.object({
    kind: z.literal("questionnaire"),
    id: idSchema,
    date,
    instrument: z.enum(INSTRUMENTS),
    /** Null when the stored answers could not be scored (shown, never counted). */
    score: z.number().nullable(),
    grade: z.string().nullable(),
    /** The difference from the previous score of the same instrument (§9); null for the first. */
    change: z.number().nullable(),
  }),
  z.object({ kind: z.literal("decision"), id: idSchema, date, decision: z.enum(TREATMENT_DECISIONS), reason: z.string(), reassessOn: date.nullable(), switchTo: z.string().nullable() }),
]);
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const patientProgressSchema = z.object({
  patientId: idSchema,
  /** The patient's today, in the patient's time zone: the windows end on it. */
  today: date,
  policy: z.enum(POLICIES),
  counting: countingSchema,
  /** W1 (the 28 days ending today), W2, ... down to the window holding the earliest diary day; newest first. */
  windows: z.array(progressWindowSchema),
  /** The 28 days before the first session (§8); null before the first session. */
  baseline: progressWindowSchema.nullable(),
  /** Signed sessions on or before today, oldest first. */
  sessions: z.array(z.object({ id: idSchema, date, units: z.number() })),
  /** The evaluation points of §8 (E, and E3 under ehf-2018): `reached` once today is on or after it. */
  evaluationPoints: z.array(z.object({ kind: z.enum(EVALUATION_POINT_KINDS), date, reached: z.boolean() })),
  /** The response as the assessment judges it (§8), for the chart's caption. */
  response: z.object({
    status: z.enum(["no-treatment", "no-baseline", "too-early", "insufficient-data", "evaluated"]),
    baselineHeadacheDays: count.nullable(),
    evaluationHeadacheDays: count.nullable(),
    evaluationWindow: z.object({ start: date, end: date }).nullable(),
    percentReduction: z.number().nullable(),
    responder30: z.boolean().nullable(),
    responder50: z.boolean().nullable(),
  }),
  /** Sessions, side-effect reports, questionnaires and treatment decisions, newest first. */
  timeline: z.array(timelineItemSchema),
});
export type PatientProgress = z.infer<typeof patientProgressSchema>;

/** The most days one calendar request may cover (a little over six months). */
export const MAX_CALENDAR_DAYS = 200;

export const calendarQuerySchema = z.object({
  /** The first date shown (default: the first of the month two months before the patient's today). */
  from: plainDateSchema.optional(),
  /** The last date shown (default: the patient's today). */
  to: plainDateSchema.optional(),
});
export type CalendarQuery = z.input<typeof calendarQuerySchema>;

/** One recorded day as the calendar draws it: the answers and what the core counts it as (§2). */
export const calendarDaySchema = z.object({
  date,
  headache: z.boolean(),
  hours: z.number().nullable(),
  /** The duration band the patient chose (issue 9), shown in its words; null on days kept in hours only. */
  duration: z.enum(DURATION_BANDS).nullish(),
  /** 0 none, 1 mild, 2 moderate, 3 severe; null on a day without headache or when not given. */
  severity: z.number().int().nullable(),
  /** A migraine day under the counting rule in force (§2). */
  migraine: z.boolean(),
  /** A headache day (at least `headacheDayMinHours` hours). */
  headacheDay: z.boolean(),
  medications: z.array(z.object({ class: z.enum(ACUTE_MEDICATION_CLASSES), name: z.string().nullable() })),
  /** Saved after the day ended in the patient's time zone. */
  late: z.boolean(),
  enteredBy: z.enum(["patient", "staff"]),
  /** Where the day came from: `self-kept` when kept on the phone before joining (issue 9 §5). */
  source: z.enum(DIARY_SOURCES),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const diaryCalendarSchema = z.object({
  patientId: idSchema,
  today: date,
  from: date,
  to: date,
  /** Recorded days only, oldest first: a date missing here was not recorded (§1), never headache-free. */
  days: z.array(calendarDaySchema),
  /** Session dates in the range. */
  sessionDates: z.array(date),
  /** Each calendar month the range touches, counted over its dates in the range (§2). */
  months: z.array(z.object({ month: z.string(), start: date, end: date, daysRecorded: count, headacheDays: count, migraineDays: count, acuteMedicationDays: count })),
});
export type DiaryCalendar = z.infer<typeof diaryCalendarSchema>;

/** One medicine class's days in the last 28 days against its overuse limit (ICHD-3 8.2; §4). */
export const medicineDaysSchema = z.object({
  medicationClass: z.enum(ACUTE_MEDICATION_CLASSES),
  days: count,
  /** Days a 28-day window may reach before overuse is considered (10; 15 for simple analgesics); null for a class without one. */
  limitDays: count.nullable(),
  judged: z.enum(JUDGED_CLASS_NAMES).nullable(),
  /** `days` has reached `limitDays`. */
  reachesLimit: z.boolean(),
});
export type MedicineDays = z.infer<typeof medicineDaysSchema>;

export const myProgressSchema = z.object({
  /** Whose progress this is (the app shows it only for that patient). */
  patientId: idSchema,
  today: date,
  counting: countingSchema,
  /** W1, the 28 days ending today. */
  last28: progressWindowSchema,
  /** Up to six earlier windows, newest first, for the small chart. */
  earlier: z.array(progressWindowSchema),
  treatment: z.object({
    sessionsSoFar: count,
    firstSession: date.nullable(),
    lastSession: date.nullable(),
    /** Every session on or before today, oldest first (the small chart's rules). */
    sessionDates: z.array(date),
  }),
  /** The 28 days before the first session, when there is one and it is complete (§8). */
  baseline: progressWindowSchema.nullable(),
  /** The last 28 days' acute medicine days by class, each class taken at least once, plus every judged class's limit. */
  medicines: z.array(medicineDaysSchema),
  /** The next visit, when one is booked. */
  nextVisit: z
    .object({
      startsAt: z.string(),
      localDate: date,
      localTime: z.string(),
      minutes: z.number(),
      clinicName: z.string(),
      injectorName: z.string(),
      /** Whole days from the patient's today to the visit's date. */
      daysUntil: z.number().int(),
    })
    .nullable(),
});
export type MyProgress = z.infer<typeof myProgressSchema>;

const base = "/api/clinics/:clinicId/patients/:patientId";

export const progressRoutes = {
  patientProgress: { method: "GET", path: `${base}/progress`, summary: "The patient's 28-day windows over the whole treatment, baseline, sessions, evaluation points and timeline", access: "clinic.read", params: patientParamsSchema, response: patientProgressSchema },
  patientDiaryCalendar: { method: "GET", path: `${base}/diary-calendar`, summary: `The diary as a calendar: each recorded day classified, sessions and month counts (at most ${MAX_CALENDAR_DAYS} days)`, access: "clinic.read", params: patientParamsSchema, query: calendarQuerySchema, response: diaryCalendarSchema },
  myProgress: { method: "GET", path: "/api/me/progress", summary: "The signed-in patient's progress: headache days against the baseline, medicine days against their limits, the next visit", access: "patient", response: myProgressSchema },
} as const satisfies Record<string, RouteContract>;
