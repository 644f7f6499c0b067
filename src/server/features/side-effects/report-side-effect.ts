/**
 * A side-effect report reaching the clinic (issue 8; pathway-rules §10), from the patient's app or
 * taken by staff on the phone: triaged here by the same `triageReport` the phone ran, stored as
 * revision 1 of a `side-effect-report` record (its id the one the phone made, so a resend is the
 * same report), linked to the session it follows, and in the same transaction the clinic's staff
 * are alerted: red urgently (and the next session held), amber as a task with a call-back time.
 */
import type { SideEffectReceipt } from "#contracts/api/side-effects.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import { nextWorkingDay } from "#domain/triage/call-back.ts";
import type { CheckInDay } from "#domain/triage/check-ins.ts";
import { triageReport } from "#domain/triage/triage-reports.ts";
import { v7 as uuidv7 } from "uuid";
import { AppError, invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecord } from "../../shared/records/repository.ts";
import { instantAtLocalTime, localDateAt } from "../../shared/time-zone.ts";
import { clinicContact } from "../clinic-settings/clinic-settings.ts";
import { notifyClinicStaff } from "../notifications/notify-staff.ts";
import { signedSessions } from "./repository.ts";
import { stateOf, type ReportContent } from "./report-view.ts";

/** How far a phone's clock may run ahead of the server's (as for the diary). */
export const CLOCK_DRIFT_ALLOWED_MS = 5 * 60 * 1000;

export type Target = { readonly clinicId: string; readonly patientId: string };

export interface ReportInput {
  readonly id: string;
  readonly onsetDate: PlainDate;
  readonly symptoms: readonly SymptomCode[];
  readonly note: string | null;
  /** When it was made on the phone; null for a report staff take now. */
  readonly recordedAt: string | null;
  readonly checkIn: { readonly sessionId: string; readonly day: CheckInDay } | null;
}

export interface ReportAuthor {
  readonly userId: string;
  readonly source: "patient" | "staff-phone";
}

export const ACCOUNT_MISMATCH_MESSAGE = "This report was made for another account than the one signed in on this phone. Sign in again, then send it.";
const ID_TAKEN_MESSAGE = "This report id is already used. Make a new id and send again.";

/** The receipt of a stored report, the same at every resend. */
function receiptOf(recordId: string, content: ReportContent, receivedAt: string): SideEffectReceipt {
  const state = stateOf(content);
  return { id: recordId, level: state.level, receivedAt, holdsNextSession: state.hold !== "none", callBackBy: state.callBackBy };
}

/** The app path of a report's page: what alerts point to (an id, never a name or a symptom). */
export function reportLink(target: Target, reportId: string): string {
  return `/clinic/${target.clinicId}/patients/${target.patientId}/side-effects/${reportId}`;
}

/** Alerts the clinic's staff, in the report's transaction: red urgently to clinicians, amber as a task to call (interface 2). */
async function alertStaff(tx: Executor, target: Target, reportId: string, level: string, now: Date): Promise<void> {
  const link = reportLink(target, reportId);
  if (level === "red") {
    await notifyClinicStaff(tx, { clinicId: target.clinicId, permission: "clinical.write", kind: "side-effect.red", subject: "A red side-effect report needs review", body: "A patient reported a side effect that needs urgent review; their next session is on hold until a clinician clears it.", link, now });
  } else if (level === "amber") {
    await notifyClinicStaff(tx, { clinicId: target.clinicId, permission: "clinical.write", kind: "side-effect.amber", subject: "An amber side-effect report: call the patient", body: "A patient reported a side effect: the clinic calls them by the end of the next working day.", link, now });
  }
}

/** The device's instant, refused when later than the server's clock beyond the drift allowance (the message names the field only). */
function checkedRecordedAt(recordedAt: string | null, now: Date): string {
  if (recordedAt === null) return now.toISOString();
  if (new Date(recordedAt).getTime() > now.getTime() + CLOCK_DRIFT_ALLOWED_MS) {
    throw invalidField("recordedAt", "must not be later than the server's clock (the phone's clock may be wrong)");
  }
  return recordedAt;
}

/**
 * Receives a report: the same id again returns the stored report's receipt (another patient's
 * id is refused); an onset after the patient's tomorrow or before their birth, a device time in
 * the future, or a check-in of a session that is not the patient's is refused naming the field.
 */
export async function receiveSideEffectReport(deps: ServiceDeps, target: Target, author: ReportAuthor, input: ReportInput): Promise<SideEffectReceipt> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const receipt = await receiveInTransaction(tx, target, author, input, now);
    if (receipt.stored) await deps.recordChanged(tx, target, now);
    return receipt.receipt;
  });
}

/**
 * The report's receipt in the caller's transaction (the demo's too): stored and alerted unless the
 * id is already the patient's report; `stored` says which.
 */
export async function receiveInTransaction(tx: Executor, target: Target, author: ReportAuthor, input: ReportInput, now: Date): Promise<{ receipt: SideEffectReceipt; stored: boolean }> {
  const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
  // Resends of one report (the offline queue, a second tab) wait for each other here.
  await lockPatient(tx, target.clinicId, target.patientId);
  const stored = await currentRecord(tx, target.clinicId, input.id);
  if (stored !== undefined) {
    if (stored.patient_id !== target.patientId || stored.kind !== "side-effect-report") throw new AppError("conflict", ID_TAKEN_MESSAGE);
    const identity = await tx.selectFrom("clinical_records").select("created_at").where("clinic_id", "=", target.clinicId).where("id", "=", input.id).executeTakeFirstOrThrow();
    return { receipt: receiptOf(input.id, stored.content as ReportContent, identity.created_at), stored: false };
  }
  const today = localDateAt(now, patient.time_zone);
  if (isPastTomorrow(input.onsetDate, today)) throw invalidField("onsetDate", "must not be after today");
  if (isBeforeBirth(input.onsetDate, patient)) throw invalidField("onsetDate", BEFORE_BIRTH_MESSAGE);
  const reportedAt = checkedRecordedAt(input.recordedAt, now);
  const sessions = await signedSessions(tx, target);
  if (input.checkIn !== null && !sessions.some((session) => session.record_id === input.checkIn?.sessionId)) {
    throw invalidField("checkIn.sessionId", "is not one of the patient's signed sessions");
  }
  const symptoms = [...new Set(input.symptoms)];
  const triaged = triageReport({ date: input.onsetDate, symptoms });
  // The session it follows: the latest signed on or before the onset (sessions come oldest first).
  const followsSessionId = sessions.filter((session) => session.effective_date <= input.onsetDate).at(-1)?.record_id ?? null;
  const contact = await clinicContact(tx, target.clinicId);
  const callBackBy = triaged.level === "amber" ? instantAtLocalTime(nextWorkingDay(localDateAt(now, contact.timeZone)), 23, 59, contact.timeZone).toISOString() : null;
  const content: RecordContent<"side-effect-report"> = {
    date: input.onsetDate,
    symptoms,
    note: input.note === null || input.note.trim() === "" ? null : input.note,
    level: triaged.level,
    source: author.source,
    reportedAt,
    checkIn: input.checkIn,
    followsSessionId,
    callBackBy,
    status: "new",
    hold: triaged.holdNextDose ? "held" : "none",
    action: null,
  };
  await appendRecordRevision(tx, { ...target, kind: "side-effect-report", recordId: input.id, content, actorUserId: author.userId, now, verb: `reported.${triaged.level}` });
  await alertStaff(tx, target, input.id, triaged.level, now);
  return { receipt: receiptOf(input.id, content, now.toISOString()), stored: true };
}

/** The patient's own report from their app, refused with `account_mismatch` when it was made for another patient than the one signed in. */
export async function reportMySideEffect(
  deps: ServiceDeps,
  signedInAs: Target,
  userId: string,
  body: Omit<ReportInput, "recordedAt"> & { readonly patientId: string; readonly recordedAt: string },
): Promise<SideEffectReceipt> {
  if (body.patientId !== signedInAs.patientId) throw new AppError("account_mismatch", ACCOUNT_MISMATCH_MESSAGE);
  return receiveSideEffectReport(deps, signedInAs, { userId, source: "patient" }, body);
}

/** A report staff take on the phone: triaged and alerted as one from the app; the same id sent again is the same report. */
export async function recordPhoneReport(deps: ServiceDeps, target: Target, userId: string, body: { id?: string | undefined; onsetDate: PlainDate; symptoms: readonly SymptomCode[]; note: string | null }): Promise<string> {
  const id = body.id ?? uuidv7();
  await receiveSideEffectReport(deps, target, { userId, source: "staff-phone" }, { id, onsetDate: body.onsetDate, symptoms: body.symptoms, note: body.note, recordedAt: null, checkIn: null });
  return id;
}
