/**
 * Side effects between visits (issue 8; pathway-rules §10). The patient's app reports one (triaged
 * on the phone and again here by the same `triageReport`, idempotent by the id the phone made) and
 * answers the day 1, 7, 14 and 28 check-ins; the clinic works an inbox (red first), records what
 * it did as revisions of the report, acknowledges red alerts, clears the hold a red report puts on
 * the next session, and records a report made by phone.
 */
import { z } from "zod";
import { MUSCLES, SIDES, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { CHECK_IN_DAYS } from "#domain/triage/check-ins.ts";
import { TRIAGE_LEVELS } from "#domain/triage/triage-levels.ts";
import { instantSchema, plainDateSchema } from "../plain-date.ts";
import { SIDE_EFFECT_ACTIONS, SIDE_EFFECT_HOLDS, SIDE_EFFECT_RECORDED_ACTIONS, SIDE_EFFECT_SOURCES, SIDE_EFFECT_STATUSES } from "../records/kind-contents.ts";
import { freeText } from "../text.ts";
import { clinicParamsSchema, fromRevisionSchema, idSchema, okSchema, patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

const levelSchema = z.enum(TRIAGE_LEVELS);
const statusSchema = z.enum(SIDE_EFFECT_STATUSES);
const checkInDaySchema = z.literal(CHECK_IN_DAYS, { error: "must be 1, 7, 14 or 28" });
const symptomsSchema = z
  .array(z.enum(SYMPTOM_CODES, { error: "must be a known symptom code (pathway-rules §10)" }))
  .min(1, "must name at least one symptom")
  .max(SYMPTOM_CODES.length, `must name at most ${SYMPTOM_CODES.length} symptoms`);
const noteSchema = freeText().trim().max(2000).nullable().default(null);

/** What the patient's app sends: the report made on the phone, for the patient it was made for. */
export const mySideEffectReportBodySchema = z.object({
  /** Made on the phone (UUIDv7): the same id again is the same report. */
  id: idSchema,
  /** The phone's patient: a session now signed in as someone else answers `account_mismatch`. */
  patientId: idSchema,
  onsetDate: plainDateSchema,
  symptoms: symptomsSchema,
  note: noteSchema,
  /** When the patient made it on the phone (it may reach the server later, from the offline queue). */
  recordedAt: instantSchema,
  /** The check-in it answers, when it answers one ("yes, a problem"). */
  checkIn: z.object({ sessionId: idSchema, day: checkInDaySchema }).nullable().default(null),
});
export type MySideEffectReportBody = z.input<typeof mySideEffectReportBodySchema>;

export const sideEffectReceiptSchema = z.object({
  id: z.string(),
  level: levelSchema,
  receivedAt: z.string(),
  /** Red: the next session waits for a clinician's review. */
  holdsNextSession: z.boolean(),
  /** Amber: the end of the next working day in the clinic's zone, when the clinic will have called. */
  callBackBy: z.string().nullable(),
});
export type SideEffectReceipt = z.infer<typeof sideEffectReceiptSchema>;

export const mySideEffectsSchema = z.object({
  clinicName: z.string(),
  /** The clinic's emergency number (911, 999, 112 ...): what the emergency screen calls. */
  emergencyNumber: z.string(),
  clinicPhone: z.string().nullable(),
  /** The check-ins whose day has come, newest first: the last session's and the unanswered ones of the one before. */
  checkIns: z.array(
    z.object({
      sessionId: z.string(),
      sessionDate: z.string(),
      day: checkInDaySchema,
      dueOn: z.string(),
      answered: z.enum(["no-problems", "reported"]).nullable(),
    }),
  ),
  /** The patient's own reports, newest first. */
  reports: z.array(z.object({ id: z.string(), onsetDate: z.string(), symptoms: z.array(z.enum(SYMPTOM_CODES)), level: levelSchema, receivedAt: z.string(), status: statusSchema })),
});
export type MySideEffects = z.infer<typeof mySideEffectsSchema>;

export const myCheckInBodySchema = z.object({
  /** Made on the phone: the same id again is the same answer. */
  id: idSchema,
  patientId: idSchema,
  sessionId: idSchema,
  day: checkInDaySchema,
  answer: z.literal("no-problems", { error: "must be no-problems (a problem is sent as a side-effect report)" }),
  recordedAt: instantSchema,
});
export type MyCheckInBody = z.input<typeof myCheckInBodySchema>;

const person = z.object({ userId: z.string(), name: z.string() });
const siteSchema = z.object({ muscle: z.enum(MUSCLES), side: z.enum(SIDES), units: z.number() });

/** The session a report follows, with the sites at the muscles its symptoms point to (eyelid droop after frontalis). */
export const followedSessionSchema = z.object({
  id: z.string(),
  date: z.string(),
  totalUnits: z.number(),
  /** The muscles the report's symptoms are traced to (src/domain/injections/site-side-effects.ts); none for systemic symptoms. */
  muscles: z.array(z.enum(MUSCLES)),
  /** The session's sites at those muscles, with their units. */
  sites: z.array(siteSchema),
});

export const sideEffectSummarySchema = z.object({
  id: z.string(),
  patientId: z.string(),
  onsetDate: z.string(),
  symptoms: z.array(z.enum(SYMPTOM_CODES)),
  note: z.string().nullable(),
  level: levelSchema,
  status: statusSchema,
  hold: z.enum(SIDE_EFFECT_HOLDS),
  /** Reports from before issue 8 and imported ones have no source. */
  source: z.enum(SIDE_EFFECT_SOURCES).nullable(),
  receivedAt: z.string(),
  callBackBy: z.string().nullable(),
  checkIn: z.object({ sessionId: z.string(), day: checkInDaySchema }).nullable(),
  followsSession: followedSessionSchema.nullable(),
  /** The current revision: every action says it was taken from it. */
  revision: z.number().int(),
});
export type SideEffectSummary = z.infer<typeof sideEffectSummarySchema>;

export const sideEffectInboxSchema = z.object({
  /** The clinic's today. */
  today: z.string(),
  /** Red first, then amber, then green; newest first within a level. */
  reports: z.array(sideEffectSummarySchema.extend({ patientName: z.string(), recordNumber: z.string().nullable() })),
});
export type SideEffectInbox = z.infer<typeof sideEffectInboxSchema>;

export const sideEffectInboxQuerySchema = z.object({
  /** `open` (default): everything not resolved; `all`: the newest 500, resolved too. */
  show: z.enum(["open", "all"]).optional(),
});

/** Red reports nobody has acknowledged yet: no names and no symptoms, so every staff page may poll it. */
export const sideEffectAlertsSchema = z.object({
  unacknowledgedRed: z.number().int(),
  /** When the oldest of them reached the clinic. */
  oldestReceivedAt: z.string().nullable(),
});
export type SideEffectAlerts = z.infer<typeof sideEffectAlertsSchema>;

const holdSchema = z.object({
  /** True while a red report holds the next session: signing is refused until a clinician clears it. */
  held: z.boolean(),
  /** The red reports holding it. */
  reports: z.array(z.object({ id: z.string(), onsetDate: z.string(), symptoms: z.array(z.enum(SYMPTOM_CODES)), receivedAt: z.string(), revision: z.number().int() })),
});

export const patientSideEffectsSchema = z.object({
  hold: holdSchema,
  /** Newest first. */
  reports: z.array(sideEffectSummarySchema),
});
export type PatientSideEffects = z.infer<typeof patientSideEffectsSchema>;

export const sideEffectDetailSchema = sideEffectSummarySchema.extend({
  patientName: z.string(),
  /** What the patient was told and what the clinic gets (src/domain/triage), the patient's first. */
  actions: z.array(z.object({ audience: z.enum(["patient", "clinic"]), text: z.string() })),
  /** Every revision, oldest first: the report as received, then each action with its note. */
  history: z.array(
    z.object({
      revision: z.number().int(),
      action: z.enum(SIDE_EFFECT_ACTIONS).nullable(),
      status: statusSchema,
      recordedAt: z.string(),
      recordedBy: person,
      note: z.string().nullable(),
    }),
  ),
});
export type SideEffectDetail = z.infer<typeof sideEffectDetailSchema>;

export const phoneSideEffectBodySchema = z.object({
  /** Made by the browser, so a form sent twice records one report; left out, the server makes one. */
  id: idSchema.optional(),
  onsetDate: plainDateSchema,
  symptoms: symptomsSchema,
  /** What the patient said, in the caller's words. */
  note: noteSchema,
});
export type PhoneSideEffectBody = z.input<typeof phoneSideEffectBodySchema>;

export const sideEffectActionBodySchema = z.object({
  action: z.enum(SIDE_EFFECT_RECORDED_ACTIONS),
  /** What was done and said: required, but for an acknowledgement. */
  note: freeText().trim().max(2000).default(""),
  fromRevision: fromRevisionSchema,
});
export type SideEffectActionBody = z.input<typeof sideEffectActionBodySchema>;

export const clearHoldBodySchema = z.object({
  /** Why the next session may go ahead (reviewed, resolved, not related to the toxin). */
  reason: freeText().trim().min(1, "is required: say why the next session may go ahead").max(2000),
  fromRevision: fromRevisionSchema,
});
export type ClearHoldBody = z.input<typeof clearHoldBodySchema>;

export const sideEffectParamsSchema = patientParamsSchema.extend({ reportId: idSchema });

const base = "/api/clinics/:clinicId/patients/:patientId/side-effects";

export const sideEffectRoutes = {
  reportMySideEffect: { method: "POST", path: "/api/me/side-effects", summary: "Report a side effect from the patient's app: triaged (red, amber, green) and stored; idempotent by id", access: "patient", body: mySideEffectReportBodySchema, response: sideEffectReceiptSchema },
  mySideEffects: { method: "GET", path: "/api/me/side-effects", summary: "The patient's check-ins due, their reports and the clinic's emergency number", access: "patient", response: mySideEffectsSchema },
  answerMyCheckIn: { method: "POST", path: "/api/me/side-effects/check-ins", summary: "Answer a check-in with no problems (idempotent by id)", access: "patient", body: myCheckInBodySchema, response: okSchema },
  sideEffectInbox: { method: "GET", path: "/api/clinics/:clinicId/side-effects", summary: "The clinic's side-effect inbox: red first, then amber, then green, newest first", access: "clinic.read", params: clinicParamsSchema, query: sideEffectInboxQuerySchema, response: sideEffectInboxSchema },
  sideEffectAlerts: { method: "GET", path: "/api/clinics/:clinicId/side-effects/alerts", summary: "How many red reports nobody has acknowledged (no patient data: every staff page polls it)", access: "clinic.read", params: clinicParamsSchema, response: sideEffectAlertsSchema },
  patientSideEffects: { method: "GET", path: base, summary: "The patient's side-effect reports and whether a red one holds the next session", access: "clinic.read", params: patientParamsSchema, response: patientSideEffectsSchema },
  recordPhoneSideEffect: { method: "POST", path: base, summary: "Record a side effect the patient reported by phone (triaged as from the app)", access: "side-effects.record", params: patientParamsSchema, body: phoneSideEffectBodySchema, response: sideEffectDetailSchema },
  sideEffectReport: { method: "GET", path: `${base}/:reportId`, summary: "One side-effect report with the session it follows and every action taken", access: "clinic.read", params: sideEffectParamsSchema, response: sideEffectDetailSchema },
  recordSideEffectAction: { method: "POST", path: `${base}/:reportId/actions`, summary: "Record an action on a report (acknowledged, called, advised, referred, resolved): a new revision with its note", access: "clinical.write", params: sideEffectParamsSchema, body: sideEffectActionBodySchema, response: sideEffectDetailSchema },
  clearSideEffectHold: { method: "POST", path: `${base}/:reportId/clear-hold`, summary: "Clear the hold a red report puts on the next session, with a reason", access: "clinical.write", params: sideEffectParamsSchema, body: clearHoldBodySchema, response: sideEffectDetailSchema },
} as const satisfies Record<string, RouteContract>;
