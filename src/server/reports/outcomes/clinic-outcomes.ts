/**
 * A clinic's outcomes from its database (issue 10 §3): the patients with a signed session in the
 * range, each loaded by the server's own `loadPatientRecord` (the record the stored assessment
 * reads) and added to the cohort one at a time, so a clinic of any size is never held in memory
 * at once. Everything is read in one snapshot, so a session signed meanwhile is in every figure
 * or in none.
 */
import type { Kysely } from "kysely";
import { patientOutcome, type CohortOptions } from "#domain/outcomes/cohort-patient.ts";
import { addToTally, cohortFigures, emptyTally, type CohortFigures } from "#domain/outcomes/cohort-tally.ts";
import { minDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import type { Database } from "../../db/schema.ts";
import { storedLookBackStart } from "../../features/assessment/assessment.ts";
import { loadPatientRecord } from "../../features/patient-record/load-patient-record.ts";
import { findPatient } from "../../features/patients/repository.ts";
import type { Executor } from "../../shared/executor.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";

export interface ClinicRow {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly policy: PolicyId;
}

/** Every clinic in the database, by name (the command line asks for one when there are several). */
export async function listClinics(db: Executor): Promise<ClinicRow[]> {
  const rows = await db.selectFrom("clinics").select(["id", "name", "time_zone", "policy"]).orderBy("name").orderBy("id").execute();
  return rows.map((row) => ({ id: row.id, name: row.name, timeZone: row.time_zone, policy: row.policy }));
}

/**
 * The patients of a clinic with a current, standing injection-session record dated in `[from, to]`:
 * the record kit's current-revision rule (ADR 0013), ids only.
 */
export async function treatedPatientIds(db: Executor, clinicId: string, from: PlainDate, to: PlainDate): Promise<string[]> {
  const latest = db
    .selectFrom("clinical_record_revisions as r")
    .select(["r.record_id", "r.patient_id", "r.status", "r.effective_date"])
    .distinctOn("r.record_id")
    .where("r.clinic_id", "=", clinicId)
    .where("r.kind", "=", "injection-session")
    .orderBy("r.record_id")
    .orderBy("r.revision", "desc");
  const rows = await db
    .selectFrom(latest.as("c"))
    .select("c.patient_id")
    .distinct()
    .where("c.status", "=", "active")
    .where("c.effective_date", ">=", from)
    .where("c.effective_date", "<=", to)
    .orderBy("c.patient_id")
    .execute();
  return rows.map((row) => row.patient_id);
}

export interface ClinicOutcomesRequest {
  readonly clinic: ClinicRow;
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** Default: the clinic's own policy. */
  readonly policy?: PolicyId | undefined;
  readonly now: Date;
}

/**
 * The cohort's options for a clinic: the figures are as of `to`, or the clinic's today when `to`
 * is later; the stored assessment's settings (the defaults) and the clinic's policy unless named.
 * @example outcomesOptions({ clinic, from, to: plainDate("2099-12-31"), now }).asOf // the clinic's today
 */
export function outcomesOptions(request: ClinicOutcomesRequest): CohortOptions {
  const today = localDateAt(request.now, request.clinic.timeZone);
  return { from: request.from, to: request.to, asOf: minDate(request.to, today), policy: request.policy ?? request.clinic.policy, settings: DEFAULT_SETTINGS };
}

/** The clinic's outcomes, patient by patient in one snapshot. */
export async function clinicOutcomes(db: Kysely<Database>, request: ClinicOutcomesRequest): Promise<CohortFigures> {
  const options = outcomesOptions(request);
  return readSnapshot(db, async (tx) => {
    let tally = emptyTally();
    const to = minDate(options.to, options.asOf);
    for (const patientId of options.from > to ? [] : await treatedPatientIds(tx, request.clinic.id, options.from, to)) {
      const patient = await findPatient(tx, request.clinic.id, patientId);
      if (patient === undefined) continue; // a record's patient is always in its clinic (foreign key); read nothing else
      const record = await loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(options.asOf), diaryTo: options.asOf });
      tally = addToTally(tally, patientOutcome(record, options));
    }
    return cohortFigures(tally, options);
  });
}
