/**
 * A patient's clinical history (ADR 0011): the answers eligibility needs (pathway-rules §5) and
 * the preventive trials, read as their current view and recorded as new revisions, each with an
 * audit row (ids and verbs only). The assessment reads the same current view (`clinicalFacts`).
 *
 * Invariant: "no preventive treatments tried" is never current while a trial stands. Saying it
 * with trials recorded is refused; adding a trial to a "none tried" history revises it to
 * "not said", so withdrawing that trial later leaves the preventive history not recorded
 * (unknown), never silently "none tried".
 */
import type { ClinicalHistoryView, PreventiveTrialView } from "#contracts/api/clinical-history.ts";
import { daysBetween, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientHistory, PreventiveTrial } from "#domain/shared/record.ts";
import { v7 as uuidv7 } from "uuid";
import { invalidField } from "../../app-error.ts";
import type { PatientRow } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { recordedAfter } from "../../shared/recorded-after.ts";
import { refuseStaleRevision } from "../../shared/records/stale-revision.ts";
import { currentHistoryRevision, insertHistoryRevision, type HistoryRevisionWithAuthor } from "./history-repository.ts";
import { currentTrials, type TrialRevisionWithAuthor } from "./preventive-trials-repository.ts";

/** As for diary days: a date a day ahead of the patient's zone (travel) at most. */

export interface PatientTarget {
  readonly clinicId: string;
  readonly patientId: string;
}

export interface HistoryAnswers {
  readonly chronicMigraineSince: PlainDate | null;
  readonly botulinumHypersensitivity: boolean | null;
  readonly injectionSiteInfection: boolean | null;
  readonly overuseManaged: boolean | null;
  readonly noPreventivesTried: boolean;
}

interface CurrentClinicalHistory {
  readonly history: HistoryRevisionWithAuthor | undefined;
  readonly trials: TrialRevisionWithAuthor[];
}

async function loadCurrent(db: Executor, target: PatientTarget): Promise<CurrentClinicalHistory> {
  const history = await currentHistoryRevision(db, target.clinicId, target.patientId);
  const trials = await currentTrials(db, target.clinicId, target.patientId);
  return { history, trials };
}

function preventiveHistoryState({ history, trials }: CurrentClinicalHistory): ClinicalHistoryView["history"]["preventiveHistory"] {
  if (history?.no_preventives_tried === true) return "none-tried";
  return trials.length > 0 ? "recorded" : "not-recorded";
}

function toTrialView(row: TrialRevisionWithAuthor): PreventiveTrialView {
  return {
    id: row.trial_id,
    revision: row.revision,
    name: row.name,
    class: row.class,
    start: row.start_date,
    end: row.end_date,
    outcome: row.outcome,
    dose: row.dose,
    recordedAt: row.recorded_at,
    recordedBy: { userId: row.recorded_by, name: row.recorded_by_name },
  };
}

function toView(current: CurrentClinicalHistory): ClinicalHistoryView {
  const { history } = current;
  return {
    history: {
      chronicMigraineSince: history?.chronic_migraine_since ?? null,
      botulinumHypersensitivity: history?.botulinum_hypersensitivity ?? null,
      injectionSiteInfection: history?.injection_site_infection ?? null,
      overuseManaged: history?.overuse_managed ?? null,
      preventiveHistory: preventiveHistoryState(current),
      revision: history?.revision ?? 0,
      recordedAt: history?.recorded_at ?? null,
      recordedBy: history === undefined ? null : { userId: history.recorded_by, name: history.recorded_by_name },
    },
    preventives: current.trials.map(toTrialView),
  };
}

/** The patient's current clinical history as the API shows it. Two reads: call it in a transaction (a write's, or `readSnapshot`). */
export async function clinicalHistoryView(db: Executor, target: PatientTarget): Promise<ClinicalHistoryView> {
  return toView(await loadCurrent(db, target));
}

/** The current view read as one snapshot, so a trial added meanwhile shows with the history revision it made, or not at all. */
export async function readClinicalHistory(deps: ServiceDeps, target: PatientTarget): Promise<ClinicalHistoryView> {
  return readSnapshot(deps.db, async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    return clinicalHistoryView(tx, target);
  });
}

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/**
 * The current clinical history as the clinical core reads it (pathway-rules §5): the history's
 * answers (unknown ones absent), and the preventives: undefined when not recorded (criterion
 * unknown), [] when none were tried (not met), else the standing trials.
 */
export async function clinicalFacts(db: Executor, target: PatientTarget): Promise<{ history?: PatientHistory; preventives?: PreventiveTrial[] }> {
  const current = await loadCurrent(db, target);
  const answers = answersOf(current.history);
  const history: PatientHistory = {
    chronicMigraineSince: orUndefined(answers.chronicMigraineSince),
    botulinumHypersensitivity: orUndefined(answers.botulinumHypersensitivity),
    injectionSiteInfection: orUndefined(answers.injectionSiteInfection),
    overuseManaged: orUndefined(answers.overuseManaged),
  };
  const preventives =
    preventiveHistoryState(current) === "not-recorded"
      ? undefined
      : current.trials.map((trial): PreventiveTrial => ({
          name: trial.name,
          class: trial.class,
          start: plainDate(trial.start_date),
          end: orUndefined(dateOrNull(trial.end_date)),
          outcome: trial.outcome,
          dose: orUndefined(trial.dose),
        }));
  return { ...(current.history === undefined ? {} : { history }), ...(preventives === undefined ? {} : { preventives }) };
}

/**
 * Refuses a chronic migraine attestation dated after the patient's today (it attests what has
 * been, so no day of travel allowance) or before their birth date, naming the field.
 */
function refuseImpossibleAttestation(since: PlainDate | null, now: Date, patient: PatientRow): void {
  if (since === null) return;
  if (daysBetween(localDateAt(now, patient.time_zone), since) > 0) throw invalidField("chronicMigraineSince", "must not be after the patient's today");
  if (isBeforeBirth(since, patient)) throw invalidField("chronicMigraineSince", BEFORE_BIRTH_MESSAGE);
}

/** Refuses a date later than the patient's today (plus a day for travel), naming the field. */
export function refuseFutureDate(field: string, date: PlainDate | null, now: Date, timeZone: string): void {
  if (date === null) return;
  if (isPastTomorrow(date, localDateAt(now, timeZone))) throw invalidField(field, "must not be after the patient's today");
}

/**
 * Appends a history revision with these answers, and its audit row. Call it with the patient's
 * row locked: the revision number is the current one plus one, and that number, not a clock,
 * makes it current. `fromRevision` is the revision the change was made from (0: none yet); under
 * that same lock, another revision since refuses it with `stale_version` (issue 7: no lost update).
 */
export async function appendHistoryRevision(tx: Executor, target: PatientTarget, actorUserId: string, now: Date, answers: HistoryAnswers, fromRevision: number): Promise<void> {
  const id = uuidv7();
  const current = await currentHistoryRevision(tx, target.clinicId, target.patientId);
  refuseStaleRevision(current?.revision ?? 0, fromRevision);
  await insertHistoryRevision(tx, {
    clinic_id: target.clinicId,
    patient_id: target.patientId,
    id,
    chronic_migraine_since: answers.chronicMigraineSince,
    botulinum_hypersensitivity: answers.botulinumHypersensitivity,
    injection_site_infection: answers.injectionSiteInfection,
    overuse_managed: answers.overuseManaged,
    no_preventives_tried: answers.noPreventivesTried,
    revision: (current?.revision ?? 0) + 1,
    recorded_at: recordedAfter(now, current?.recorded_at),
    recorded_by: actorUserId,
  });
  await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "clinical_history.revised", entity: "clinical_history_revision", entityId: id });
}

const dateOrNull = (value: string | null): PlainDate | null => (value === null ? null : plainDate(value));

/** The current answers (all unknown before any revision), to carry into a revision that changes only the preventive-history flag. */
export function answersOf(row: HistoryRevisionWithAuthor | undefined): Omit<HistoryAnswers, "noPreventivesTried"> {
  return {
    chronicMigraineSince: dateOrNull(row?.chronic_migraine_since ?? null),
    botulinumHypersensitivity: row?.botulinum_hypersensitivity ?? null,
    injectionSiteInfection: row?.injection_site_infection ?? null,
    overuseManaged: row?.overuse_managed ?? null,
  };
}

/**
 * Records the clinical history as a new revision (the previous ones are kept) and returns the
 * current view. `fromRevision` is the revision the form showed (0: nothing recorded yet); another
 * save since is refused with `stale_version` before anything else is judged, as the person's
 * view is out of date.
 */
export async function reviseClinicalHistory(deps: ServiceDeps, target: PatientTarget, actorUserId: string, answers: HistoryAnswers, fromRevision: number): Promise<ClinicalHistoryView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    refuseImpossibleAttestation(answers.chronicMigraineSince, now, patient);
    await lockPatient(tx, target.clinicId, target.patientId);
    refuseStaleRevision((await currentHistoryRevision(tx, target.clinicId, target.patientId))?.revision ?? 0, fromRevision);
    if (answers.noPreventivesTried && (await currentTrials(tx, target.clinicId, target.patientId)).length > 0) {
      throw invalidField("noPreventivesTried", "must be false while preventive treatments are recorded (withdraw them as entered in error first)");
    }
    await appendHistoryRevision(tx, target, actorUserId, now, answers, fromRevision);
    await deps.recordChanged(tx, target, now);
    return clinicalHistoryView(tx, target);
  });
}
