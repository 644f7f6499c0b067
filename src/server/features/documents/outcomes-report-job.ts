/**
 * The clinic outcomes report's job (queue `outcomes-report`; issue 10 §1: "generated as a job with
 * progress when it takes more than a second", and it takes about two on the demo clinic × 10,
 * docs/reports.md). The cohort of ADR 0029, streamed as the command line streams it
 * (reports/outcomes/clinic-outcomes.ts): the treated patients' ids in one query, then each record
 * loaded by the server's own `loadPatientRecord` and added to the tally, one at a time. Unlike the
 * command line, each patient is read in a snapshot of its own: the progress is written between
 * patients, and on the embedded database (one connection) a snapshot held for seconds would stall
 * every other request. Each patient's record is still whole and consistent; a session signed
 * while the job runs may be counted or not, as it would be a minute earlier or later.
 * The figures are as of the day the report was asked for (or `to` when earlier).
 */
import { z } from "zod";
import { patientOutcome } from "#domain/outcomes/cohort-patient.ts";
import { addToTally, cohortFigures, emptyTally } from "#domain/outcomes/cohort-tally.ts";
import { minDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import type { JobHandler } from "../../jobs/worker.ts";
import { listClinics, outcomesOptions, treatedPatientIds } from "../../reports/outcomes/clinic-outcomes.ts";
import { storedLookBackStart } from "../assessment/assessment.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { findPatient } from "../patients/repository.ts";
import { findOutcomesReport, markReportDone, markReportFailed, markReportRunning, recordReportProgress } from "./outcomes-report-repository.ts";

export const OUTCOMES_REPORT_QUEUE = "outcomes-report";
/** The progress is written after every this many patients (and at the end). */
const PROGRESS_EVERY = 5;

const payloadSchema = z.object({ clinicId: z.uuid(), reportId: z.uuid() });

/** The failure's class only: a message may quote data. */
const failureClass = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/** Runs one report to its end: done with its figures, or failed. */
export async function runOutcomesReport(deps: ServiceDeps, target: { clinicId: string; reportId: string }): Promise<void> {
  const key = { clinicId: target.clinicId, id: target.reportId };
  const row = await findOutcomesReport(deps.db, key);
  // Done or failed already (a job claimed again after a crash mid-way starts over).
  if (row === undefined || (row.status !== "queued" && row.status !== "running")) return;
  try {
    const clinic = (await listClinics(deps.db)).find((c) => c.id === target.clinicId);
    if (clinic === undefined) throw new Error("the report's clinic is gone");
    const options = outcomesOptions({ clinic, from: row.from_date as PlainDate, to: row.to_date as PlainDate, now: new Date(row.requested_at) });
    const to = minDate(options.to, options.asOf);
    const ids = options.from > to ? [] : await treatedPatientIds(deps.db, clinic.id, options.from, to);
    await markReportRunning(deps.db, key, ids.length);
    let tally = emptyTally();
    let done = 0;
    for (const patientId of ids) {
      const record = await readSnapshot(deps.db, async (tx) => {
        const patient = await findPatient(tx, clinic.id, patientId);
        return patient === undefined ? undefined : loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(options.asOf), diaryTo: options.asOf });
      });
      if (record !== undefined) tally = addToTally(tally, patientOutcome(record, options));
      done += 1;
      if (done % PROGRESS_EVERY === 0 && done < ids.length) await recordReportProgress(deps.db, key, done);
    }
    const now = deps.clock();
    await deps.db.transaction().execute(async (tx) => {
      await markReportDone(tx, key, { patientsDone: done, figures: cohortFigures(tally, options), finishedAt: now.toISOString() });
      // The job read every treated patient's record for the person who asked (ADR 0016: a read of the clinic).
      await audit(tx, now, { clinicId: clinic.id, actorUserId: row.requested_by, action: "report.outcomes.made", entity: "clinic", entityId: clinic.id });
    });
  } catch (error) {
    await markReportFailed(deps.db, key, failureClass(error), deps.clock().toISOString());
    deps.log.warn({ reportId: target.reportId, failure: failureClass(error) }, "outcomes report failed");
  }
}

export function outcomesReportHandler(deps: ServiceDeps): JobHandler {
  return async (job) => {
    await runOutcomesReport(deps, payloadSchema.parse(job.payload));
  };
}
