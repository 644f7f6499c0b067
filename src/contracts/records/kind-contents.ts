/**
 * The content of every record kind but the injection session (session-content.ts): what each
 * revision stores, validated on the way in and out (ADR 0013).
 */
import { z } from "zod";
import { AUTHORIZATION_STATUSES, TREATMENT_DECISIONS } from "#domain/pathway/pathway-status.ts";
import { INSTRUMENTS, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { CHECK_IN_DAYS } from "#domain/triage/check-ins.ts";
import { TRIAGE_LEVELS } from "#domain/triage/triage-levels.ts";
import { instantSchema, plainDateSchema } from "../plain-date.ts";
import { freeText, singleLineText } from "../text.ts";
import type { RecordKind } from "./record-kinds.ts";
import { sessionContentSchema } from "./session-content.ts";

const reason = freeText().trim().max(2000);

/** A side-effect report's source, standing, hold and the actions the clinic records (issue 8). */
export const SIDE_EFFECT_SOURCES = ["patient", "staff-phone"] as const;
export const SIDE_EFFECT_STATUSES = ["new", "acknowledged", "in-hand", "resolved"] as const;
export const SIDE_EFFECT_HOLDS = ["none", "held", "cleared"] as const;
/** The actions a person records on a report; clearing the hold is its own, with a reason. */
export const SIDE_EFFECT_RECORDED_ACTIONS = ["acknowledged", "called", "advised", "referred", "resolved"] as const;
export const SIDE_EFFECT_ACTIONS = [...SIDE_EFFECT_RECORDED_ACTIONS, "hold-cleared"] as const;
export type SideEffectStatus = (typeof SIDE_EFFECT_STATUSES)[number];
export type SideEffectAction = (typeof SIDE_EFFECT_ACTIONS)[number];

/** Botulinum toxin given for another indication: it counts toward the cumulative limit (pathway-rules §6). */
export const otherToxinDoseContentSchema = z.object({
  date: plainDateSchema,
  units: z.number().gt(0, "must be more than 0 units").max(2000),
  indication: singleLineText().trim().max(200).nullable(),
  /** The injection session whose checklist reported it, if any. */
  reportedInSessionId: z.uuid().nullable(),
});

export const questionnaireContentSchema = z.object({
  instrument: z.enum(INSTRUMENTS),
  date: plainDateSchema,
  responses: z.array(z.number()).max(10),
  a: z.number().nullable(),
  b: z.number().nullable(),
  /** HIT-6 entered as the total of a licensed paper form, without its answers (`responses` empty); absent on older records. */
  score: z.number().int().nullable().optional(),
});

/**
 * A side-effect report (pathway-rules §10). `date` is the onset; the other fields came with issue
 * 8 and are absent from reports recorded before it and from imported ones (their level is then
 * the triage of their symptoms, and they hold nothing). Each action the clinic takes is the next
 * revision, with its note as the revision's reason (ADR 0013).
 */
export const sideEffectReportContentSchema = z.object({
  date: plainDateSchema,
  symptoms: z.array(z.enum(SYMPTOM_CODES)).min(1, "must name at least one symptom"),
  note: freeText().max(2000).nullable(),
  /** The triage at receipt (src/domain/triage), kept as told to the patient. */
  level: z.enum(TRIAGE_LEVELS).optional(),
  /** Sent from the patient's app, or taken by staff on the phone. */
  source: z.enum(SIDE_EFFECT_SOURCES).optional(),
  /** When the patient (or the member of staff) made the report, on their device. */
  reportedAt: instantSchema.optional(),
  /** The check-in it answers ("Any problems since your injections?" on day 1, 7, 14 or 28). */
  checkIn: z.object({ sessionId: z.uuid(), day: z.literal(CHECK_IN_DAYS) }).nullable().optional(),
  /** The session it follows: the latest signed session on or before the onset, at receipt. */
  followsSessionId: z.uuid().nullable().optional(),
  /** Amber: the end of the next working day in the clinic's zone, as promised to the patient. */
  callBackBy: instantSchema.nullable().optional(),
  /** Where the clinic is with it. */
  status: z.enum(SIDE_EFFECT_STATUSES).optional(),
  /** Red: the patient's next session cannot be signed while `held`; a clinician clears it with a reason. */
  hold: z.enum(SIDE_EFFECT_HOLDS).optional(),
  /** What this revision recorded: an action the clinic took (its note is the revision's reason). */
  action: z.enum(SIDE_EFFECT_ACTIONS).nullable().optional(),
});

/** A booked visit in an injector's 15-minute slot; rescheduling is a new revision, cancelling a revision with status cancelled. */
export const appointmentContentSchema = z.object({
  startsAt: instantSchema,
  /** The clinic's local date and time of the start. */
  localDate: plainDateSchema,
  localTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM"),
  minutes: z.number().int().min(5).max(240),
  injectorUserId: z.uuid(),
  /** Why it is booked outside the treatment window (pathway-rules §7), when it is. */
  windowReason: reason.nullable(),
});

export const authorizationContentSchema = z.object({
  status: z.enum(AUTHORIZATION_STATUSES),
  date: plainDateSchema,
  payer: singleLineText().trim().max(200).nullable(),
  reference: singleLineText().trim().max(100).nullable(),
  validUntil: plainDateSchema.nullable(),
  note: freeText().max(2000).nullable(),
});

export const treatmentDecisionContentSchema = z.object({
  decision: z.enum(TREATMENT_DECISIONS),
  date: plainDateSchema,
  reason: reason.min(1, "is required"),
  reassessOn: plainDateSchema.nullable(),
  /** With `switch`: the treatment the patient moves to. Decisions recorded before it existed have none. */
  switchTo: singleLineText().trim().max(200).nullable().default(null),
});

/* Answers carry the same fields without transforms (Fastify encodes answers with their schema). */
export const appointmentAnswerSchema = z.object({
  startsAt: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  minutes: z.number(),
  injectorUserId: z.string(),
  windowReason: z.string().nullable(),
});
export const authorizationAnswerSchema = z.object({
  status: z.enum(AUTHORIZATION_STATUSES),
  date: z.string(),
  payer: z.string().nullable(),
  reference: z.string().nullable(),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
});
export const treatmentDecisionAnswerSchema = z.object({ decision: z.enum(TREATMENT_DECISIONS), date: z.string(), reason: z.string(), reassessOn: z.string().nullable(), switchTo: z.string().nullable() });
export const otherToxinDoseAnswerSchema = z.object({ date: z.string(), units: z.number(), indication: z.string().nullable(), reportedInSessionId: z.string().nullable() });

/** Each kind's content schema. */
export const RECORD_CONTENT_SCHEMAS = {
  "injection-session": sessionContentSchema,
  "other-toxin-dose": otherToxinDoseContentSchema,
  questionnaire: questionnaireContentSchema,
  "side-effect-report": sideEffectReportContentSchema,
  appointment: appointmentContentSchema,
  authorization: authorizationContentSchema,
  "treatment-decision": treatmentDecisionContentSchema,
} as const satisfies { readonly [K in RecordKind]: z.ZodType };

export type RecordContent<K extends RecordKind> = z.output<(typeof RECORD_CONTENT_SCHEMAS)[K]>;

/**
 * The clinical date of a record's content: the date it is about (a session's, a dose's, a
 * visit's local date), which orders and filters records.
 * @example effectiveDateOf("appointment", { localDate: "2026-12-07", ... }) // "2026-12-07"
 */
export function effectiveDateOf<K extends RecordKind>(kind: K, content: RecordContent<K>): string {
  if (kind === "appointment") return (content as RecordContent<"appointment">).localDate;
  return (content as { date: string }).date;
}
