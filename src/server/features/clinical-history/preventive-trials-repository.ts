/**
 * Preventive treatment trials (ADR 0011): a trial's identity in `preventive_trials`, its versions
 * in `preventive_trial_revisions`, rows only ever inserted. The current version of a trial is its
 * highest revision; a current version marked `entered-in-error` withdraws the trial.
 */
import type { Insertable } from "kysely";
import type { PreventiveTrialRevisionRow, PreventiveTrialRevisionsTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

/** A trial's current version with the name of the user who recorded it. */
export type TrialRevisionWithAuthor = PreventiveTrialRevisionRow & { recorded_by_name: string };

export async function insertTrial(db: Executor, trial: { clinic_id: string; id: string; patient_id: string; created_at: string }): Promise<void> {
  await db.insertInto("preventive_trials").values(trial).execute();
}

export async function insertTrialRevision(db: Executor, revision: Insertable<PreventiveTrialRevisionsTable>): Promise<void> {
  await db.insertInto("preventive_trial_revisions").values(revision).execute();
}

/** The current version of every trial of the patient, withdrawn ones included. */
async function currentVersions(db: Executor, clinicId: string, patientId: string, trialId?: string): Promise<TrialRevisionWithAuthor[]> {
  let query = db
    .selectFrom("preventive_trial_revisions as r")
    .innerJoin("preventive_trials as t", (join) => join.onRef("t.clinic_id", "=", "r.clinic_id").onRef("t.id", "=", "r.trial_id"))
    .innerJoin("users", "users.id", "r.recorded_by")
    .selectAll("r")
    .select("users.name as recorded_by_name")
    .distinctOn("r.trial_id")
    .where("r.clinic_id", "=", clinicId)
    .where("t.patient_id", "=", patientId);
  if (trialId !== undefined) query = query.where("r.trial_id", "=", trialId);
  return query.orderBy("r.trial_id").orderBy("r.revision", "desc").execute();
}

/** The patient's trials that stand (not withdrawn), by start date, then by when they were first entered. */
export async function currentTrials(db: Executor, clinicId: string, patientId: string): Promise<TrialRevisionWithAuthor[]> {
  const versions = await currentVersions(db, clinicId, patientId);
  return versions
    .filter((version) => version.status === "active")
    .sort((a, b) => (a.start_date === b.start_date ? compare(a.trial_id, b.trial_id) : compare(a.start_date, b.start_date)));
}

/** One trial's current version, when the trial belongs to this patient. */
export async function currentTrialVersion(db: Executor, clinicId: string, patientId: string, trialId: string): Promise<TrialRevisionWithAuthor | undefined> {
  const [version] = await currentVersions(db, clinicId, patientId, trialId);
  return version;
}

/** Every version of one trial, oldest first. */
export async function trialRevisions(db: Executor, clinicId: string, trialId: string): Promise<PreventiveTrialRevisionRow[]> {
  return db.selectFrom("preventive_trial_revisions").selectAll().where("clinic_id", "=", clinicId).where("trial_id", "=", trialId).orderBy("revision").execute();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
