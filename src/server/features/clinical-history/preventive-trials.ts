/**
 * Preventive treatment trials (ADR 0011; pathway-rules §5): added, amended by a new revision of
 * the trial, and withdrawn as entered in error by a revision marking it so; nothing is updated
 * or deleted. Each write locks the patient's row (revision numbers and the "none tried"
 * invariant stay consistent under concurrent saves) and writes an audit row (ids and verbs only).
 * An amendment or a withdrawal names the trial's revision it was made from, checked under that
 * lock: another revision since refuses it with `stale_version` (issue 7: no lost update).
 */
import type { ClinicalHistoryView } from "#contracts/api/clinical-history.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PreventiveClass, PreventiveOutcome } from "#domain/shared/record.ts";
import { v7 as uuidv7 } from "uuid";
import { AppError } from "../../app-error.ts";
import type { PreventiveTrialStatus } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { recordedAfter } from "../../shared/recorded-after.ts";
import { refuseStaleRevision } from "../../shared/records/stale-revision.ts";
import { answersOf, appendHistoryRevision, clinicalHistoryView, refuseFutureDate, type PatientTarget } from "./clinical-history.ts";
import { currentHistoryRevision } from "./history-repository.ts";
import { currentTrialVersion, insertTrial, insertTrialRevision, type TrialRevisionWithAuthor } from "./preventive-trials-repository.ts";

export interface TrialInput {
  readonly name: string;
  readonly class: PreventiveClass;
  readonly start: PlainDate;
  readonly end: PlainDate | null;
  readonly outcome: PreventiveOutcome;
  /** The dose in the clinician's words; null or absent when not recorded. */
  readonly dose?: string | null | undefined;
}

export interface WriteContext {
  readonly tx: Executor;
  readonly target: PatientTarget;
  readonly actorUserId: string;
  readonly now: Date;
}

/**
 * Runs one write to the patient's trials in a transaction: the patient must exist (else
 * not_found), a sent start must not be after the patient's today, and the patient's row is
 * locked; answers the clinical history's current view afterwards.
 */
async function writeTrials(
  deps: ServiceDeps,
  target: PatientTarget,
  actorUserId: string,
  input: TrialInput | null,
  write: (context: WriteContext) => Promise<void>,
): Promise<ClinicalHistoryView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    if (input !== null) refuseFutureDate("start", input.start, now, patient.time_zone);
    await lockPatient(tx, target.clinicId, target.patientId);
    await write({ tx, target, actorUserId, now });
    await deps.recordChanged(tx, target, now);
    return clinicalHistoryView(tx, target);
  });
}

/** Appends the trial's next revision after `previous` (none for a new trial), recorded no earlier than it. */
async function appendRevision(context: WriteContext, trialId: string, previous: TrialRevisionWithAuthor | undefined, trial: TrialInput, status: PreventiveTrialStatus): Promise<void> {
  await insertTrialRevision(context.tx, {
    clinic_id: context.target.clinicId,
    trial_id: trialId,
    revision: (previous?.revision ?? 0) + 1,
    name: trial.name,
    class: trial.class,
    start_date: trial.start,
    end_date: trial.end,
    outcome: trial.outcome,
    dose: trial.dose ?? null,
    status,
    recorded_at: recordedAfter(context.now, previous?.recorded_at),
    recorded_by: context.actorUserId,
  });
}

/**
 * The trial's current version, read under the patient's lock; not_found when it is not this
 * patient's, stale_version when it is no longer `fromRevision`, conflict when withdrawn (unless
 * `allowWithdrawn`).
 */
async function standingTrial(context: WriteContext, trialId: string, fromRevision: number, allowWithdrawn = false): Promise<TrialRevisionWithAuthor> {
  const current = await currentTrialVersion(context.tx, context.target.clinicId, context.target.patientId, trialId);
  if (current === undefined) throw new AppError("not_found", "No such preventive treatment.");
  refuseStaleRevision(current.revision, fromRevision);
  if (current.status === "entered-in-error" && !allowWithdrawn) {
    throw new AppError("conflict", "This preventive treatment was withdrawn as entered in error; add it again if it was tried.");
  }
  return current;
}

function sameTrial(row: TrialRevisionWithAuthor, input: TrialInput): boolean {
  return row.name === input.name && row.class === input.class && row.start_date === input.start && row.end_date === input.end && row.outcome === input.outcome && row.dose === (input.dose ?? null);
}

const storedTrial = (row: TrialRevisionWithAuthor): TrialInput => ({
  name: row.name,
  class: row.class,
  start: row.start_date as PlainDate,
  end: row.end_date as PlainDate | null,
  outcome: row.outcome,
  dose: row.dose,
});

/**
 * Adds a trial (revision 1) inside the caller's transaction, the patient locked. A history saying
 * "none tried" is revised first, as it no longer holds.
 */
export async function addTrialInTransaction(context: WriteContext, input: TrialInput): Promise<void> {
  const { tx, target, actorUserId, now } = context;
  const history = await currentHistoryRevision(tx, target.clinicId, target.patientId);
  if (history?.no_preventives_tried === true) {
    await appendHistoryRevision(tx, target, actorUserId, now, { ...answersOf(history), noPreventivesTried: false }, history.revision);
  }
  const trialId = uuidv7();
  await insertTrial(tx, { clinic_id: target.clinicId, id: trialId, patient_id: target.patientId, created_at: now.toISOString() });
  await appendRevision(context, trialId, undefined, input, "active");
  await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "preventive_trial.added", entity: "preventive_trial", entityId: trialId });
}

/** Adds a trial (revision 1). A history saying "none tried" is revised first, as it no longer holds. */
export async function addPreventiveTrial(deps: ServiceDeps, target: PatientTarget, actorUserId: string, input: TrialInput): Promise<ClinicalHistoryView> {
  return writeTrials(deps, target, actorUserId, input, (context) => addTrialInTransaction(context, input));
}

/** Amends a standing trial from its revision `fromRevision` with a new revision; sending what is already current stores nothing. */
export async function amendPreventiveTrial(deps: ServiceDeps, target: PatientTarget, trialId: string, actorUserId: string, input: TrialInput, fromRevision: number): Promise<ClinicalHistoryView> {
  return writeTrials(deps, target, actorUserId, input, async (context) => {
    const current = await standingTrial(context, trialId, fromRevision);
    if (sameTrial(current, input)) return;
    await appendRevision(context, trialId, current, input, "active");
    await audit(context.tx, context.now, { clinicId: target.clinicId, actorUserId, action: "preventive_trial.amended", entity: "preventive_trial", entityId: trialId });
  });
}

/**
 * Withdraws a trial entered in error, from its revision `fromRevision`: a revision with the same
 * content marked so. Withdrawing it again from the withdrawn revision changes nothing.
 */
export async function withdrawPreventiveTrial(deps: ServiceDeps, target: PatientTarget, trialId: string, actorUserId: string, fromRevision: number): Promise<ClinicalHistoryView> {
  return writeTrials(deps, target, actorUserId, null, async (context) => {
    const current = await standingTrial(context, trialId, fromRevision, true);
    if (current.status === "entered-in-error") return;
    await appendRevision(context, trialId, current, storedTrial(current), "entered-in-error");
    await audit(context.tx, context.now, { clinicId: target.clinicId, actorUserId, action: "preventive_trial.withdrawn", entity: "preventive_trial", entityId: trialId });
  });
}
