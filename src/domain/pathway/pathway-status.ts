/**
 * Where a patient stands on the treatment pathway, and what the clinic does next: the one
 * answer the worklist, the patient's chart and the demo agree on (docs/clinical/pathway.md).
 * Pure: it reads the patient's assessment (pathway-rules §1-8 already applied), the next booked
 * visit, the latest authorization and the latest treatment decision, and the date.
 *
 * States, in the order a patient moves through them:
 * screening -> baseline-diary -> eligible -> awaiting-authorization -> scheduled (first visit
 * booked) -> in-treatment (cycle n) -> evaluation-due (the evaluation point of §8 is reached and
 * no decision is recorded since) -> continuing | stopped | paused. Switching to another treatment
 * stops this one: the state is stopped, with `stoppedBy: "switch"` saying why.
 */
import { addDays, type PlainDate } from "../shared/plain-date.ts";
import type { PolicyId } from "../shared/record.ts";
import type { Assessment } from "../assess/assessment.ts";

export const PATHWAY_STATES = [
  "screening",
  "baseline-diary",
  "eligible",
  "awaiting-authorization",
  "scheduled",
  "in-treatment",
  "evaluation-due",
  "continuing",
  "stopped",
  "paused",
] as const;
export type PathwayState = (typeof PATHWAY_STATES)[number];

export const PATHWAY_ACTIONS = [
  "review-eligibility",
  "complete-diary",
  "request-authorization",
  "chase-authorization",
  "appeal-authorization",
  "book-first-session",
  "give-first-session",
  "book-next-session",
  "book-overdue-session",
  "give-session",
  "review-response",
  "reassess-after-pause",
  "review-side-effect",
  "none",
] as const;
export type PathwayAction = (typeof PATHWAY_ACTIONS)[number];

export const AUTHORIZATION_STATUSES = ["requested", "approved", "denied"] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/** What a clinician decides after the response review; `switch` is a stop for another treatment (pathway-rules §8). */
export const TREATMENT_DECISIONS = ["continue", "stop", "pause", "switch"] as const;
export type TreatmentDecisionKind = (typeof TREATMENT_DECISIONS)[number];

/** The decisions that end this treatment: the state is stopped, and `stoppedBy` says which. */
export const STOPPING_DECISIONS = ["stop", "switch"] as const;
export type StoppingDecision = (typeof STOPPING_DECISIONS)[number];

export interface PathwayInput {
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  readonly assessment: Pick<Assessment, "chronicMigraine" | "eligibility" | "treatment" | "response">;
  /** The next live appointment on or after `asOf`, if any. */
  readonly nextAppointment: { readonly date: PlainDate } | null;
  /** The latest prior authorization for the treatment, if any. */
  readonly authorization: { readonly status: AuthorizationStatus; readonly date: PlainDate } | null;
  /** The latest treatment decision a clinician recorded, if any. */
  readonly decision: { readonly decision: TreatmentDecisionKind; readonly date: PlainDate; readonly reassessOn?: PlainDate | null | undefined } | null;
  /** A red side-effect report holds the next session until a clinician clears it (pathway-rules §10). */
  readonly sideEffectHold?: boolean | undefined;
}

export interface PathwayStatus {
  readonly state: PathwayState;
  /** The treatment cycle the patient is in (sessions given so far); null before the first session. */
  readonly cycle: number | null;
  readonly nextAction: PathwayAction;
  /** When the next action is due (null when it is due now or never). */
  readonly nextActionDate: PlainDate | null;
  /** Past the late date of §7 with no visit booked. */
  readonly overdue: boolean;
  readonly lastSessionDate: PlainDate | null;
  readonly nextDue: PlainDate | null;
  readonly nextAppointmentDate: PlainDate | null;
  /** Why the state is stopped: the clinician stopped treatment, or switched to another; null in every other state. */
  readonly stoppedBy: StoppingDecision | null;
}

/** US payers ask prior authorization before the first session (clinical-facts.md §6); NICE and EHF clinics book directly. */
const AUTHORIZATION_FIRST: { readonly [P in PolicyId]: boolean } = { "us-label": true, "us-payer": true, "nice-ta260": false, "ehf-2018": false };

function beforeTreatment(input: PathwayInput): Omit<PathwayStatus, "lastSessionDate" | "nextDue"> {
  const { assessment, nextAppointment, authorization, policy } = input;
  const base = { cycle: null, overdue: false, nextAppointmentDate: nextAppointment?.date ?? null, stoppedBy: null };
  if (nextAppointment !== null) return { ...base, state: "scheduled", nextAction: "give-first-session", nextActionDate: nextAppointment.date };
  if (assessment.eligibility.status === "eligible") {
    if (authorization?.status === "requested") return { ...base, state: "awaiting-authorization", nextAction: "chase-authorization", nextActionDate: addDays(authorization.date, 14) };
    if (authorization?.status === "denied") return { ...base, state: "eligible", nextAction: "appeal-authorization", nextActionDate: null };
    const needsAuthorization = AUTHORIZATION_FIRST[policy] && authorization?.status !== "approved";
    return { ...base, state: "eligible", nextAction: needsAuthorization ? "request-authorization" : "book-first-session", nextActionDate: null };
  }
  const windows = assessment.chronicMigraine.windows;
  const collecting = windows.some((w) => !w.complete) && windows.some((w) => w.daysRecorded > 0);
  if (collecting && assessment.eligibility.status !== "not-eligible") return { ...base, state: "baseline-diary", nextAction: "complete-diary", nextActionDate: null };
  return { ...base, state: "screening", nextAction: "review-eligibility", nextActionDate: null };
}

/**
 * The patient's pathway state, cycle and next action as of `asOf`.
 * @example pathwayStatus({ asOf, policy: "nice-ta260", assessment, nextAppointment: null, authorization: null, decision: null })
 *   // { state: "in-treatment", cycle: 1, nextAction: "book-next-session", nextActionDate: "2026-04-26", overdue: false, stoppedBy: null, ... }
 */
export function pathwayStatus(input: PathwayInput): PathwayStatus {
  const status = statusBeforeHold(input);
  // A red side-effect report's review comes before any other step while treatment goes on: the
  // next session cannot be signed until a clinician clears the hold (pathway-rules §10). Due today.
  if (input.sideEffectHold === true && status.nextAction !== "none") return { ...status, nextAction: "review-side-effect", nextActionDate: input.asOf };
  return status;
}

function statusBeforeHold(input: PathwayInput): PathwayStatus {
  const { assessment, nextAppointment, decision, asOf } = input;
  const treatment = assessment.treatment;
  if (treatment === null) return { ...beforeTreatment(input), lastSessionDate: null, nextDue: null };

  const common = { cycle: treatment.sessions, lastSessionDate: treatment.lastDate, nextDue: treatment.nextDue, nextAppointmentDate: nextAppointment?.date ?? null, stoppedBy: null };
  // A decision counts only when made on or after the last session: a session since means treatment went on.
  const current = decision !== null && decision.date >= treatment.lastDate ? decision : null;
  // Stopped (or switched to another treatment) or paused, no session is due: the 12-week schedule
  // no longer applies until treatment resumes.
  if (current?.decision === "stop" || current?.decision === "switch") {
    return { ...common, nextDue: null, state: "stopped", stoppedBy: current.decision, nextAction: "none", nextActionDate: null, overdue: false };
  }
  if (current?.decision === "pause") {
    const reassessOn = current.reassessOn ?? assessment.response.reassessOn;
    return { ...common, nextDue: null, state: "paused", nextAction: "reassess-after-pause", nextActionDate: reassessOn ?? null, overdue: false };
  }

  const overdue = nextAppointment === null && asOf > treatment.nextLate;
  const visit =
    nextAppointment !== null
      ? { nextAction: "give-session" as const, nextActionDate: nextAppointment.date }
      : overdue
        ? { nextAction: "book-overdue-session" as const, nextActionDate: treatment.nextLate }
        : { nextAction: "book-next-session" as const, nextActionDate: treatment.nextDue };

  const evaluation = assessment.response.evaluationWindow;
  const decidedSinceEvaluation = current !== null && evaluation !== null && current.date >= evaluation.end;
  if (evaluation !== null && !decidedSinceEvaluation) {
    return { ...common, state: "evaluation-due", nextAction: "review-response", nextActionDate: evaluation.end, overdue };
  }
  return { ...common, state: current?.decision === "continue" ? "continuing" : "in-treatment", ...visit, overdue };
}
