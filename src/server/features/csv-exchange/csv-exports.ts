/**
 * The CSV exports (issue 10 §5; ADR 0027): a patient's diary, and the clinic's diaries, sessions
 * and outcomes. Each clinic-wide export walks the clinic's patients a page at a time and each
 * patient's data in its own read-only snapshot, yielding rows as it goes, so no clinic is ever held
 * whole (like the audit export). Nothing is read until the stream is piped, after the access hook
 * recorded the read (ADR 0016).
 */
import type { Readable } from "node:stream";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import { assess } from "#domain/assess/assess.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { currentDays } from "../diary/repository.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { csvDocument, type CsvCell } from "./csv-table.ts";
import { DIARY_CSV_COLUMNS, diaryCsvRow } from "./diary-csv-rows.ts";
import { OUTCOME_CSV_COLUMNS, outcomeCsvRow } from "./outcome-csv-rows.ts";
import { patientsPage } from "./repository.ts";
import { SESSION_CSV_COLUMNS, sessionCsvRow } from "./session-csv-rows.ts";

/** Patients read per query while exporting. */
const PATIENT_PAGE = 200;
const ALL_DATES = { from: "0001-01-01", to: "9999-12-31" } as const;

/** Every patient of the clinic, by id, a page at a time. */
async function* clinicPatients(deps: ServiceDeps, clinicId: string): AsyncGenerator<PatientRow> {
  let after: string | null = null;
  for (;;) {
    const page = await patientsPage(deps.db, clinicId, after, PATIENT_PAGE);
    yield* page;
    const last = page.at(-1);
    if (page.length < PATIENT_PAGE || last === undefined) return;
    after = last.id;
  }
}

/** A patient's current diary as rows, oldest first. */
async function diaryRows(deps: ServiceDeps, patient: PatientRow): Promise<CsvCell[][]> {
  const days = await currentDays(deps.db, patient.clinic_id, patient.id, ALL_DATES);
  return days.reverse().map(diaryCsvRow);
}

/** One patient's diary; `not_found` (before anything is streamed) for a patient of another clinic. */
export async function exportPatientDiaryCsv(deps: ServiceDeps, target: { clinicId: string; patientId: string }): Promise<{ patient: PatientRow; csv: Readable }> {
  const patient = await loadPatientOrNotFound(deps.db, target.clinicId, target.patientId);
  async function* rows(): AsyncGenerator<CsvCell[]> {
    yield* await diaryRows(deps, patient);
  }
  return { patient, csv: csvDocument(DIARY_CSV_COLUMNS, rows()) };
}

/** Every patient's diary, one row per patient and day, led by the patient's id and record number. */
export function exportClinicDiariesCsv(deps: ServiceDeps, clinicId: string): Readable {
  async function* rows(): AsyncGenerator<CsvCell[]> {
    for await (const patient of clinicPatients(deps, clinicId)) {
      for (const row of await diaryRows(deps, patient)) yield [patient.id, patient.record_number, ...row];
    }
  }
  return csvDocument(["patient_id", "record_number", ...DIARY_CSV_COLUMNS], rows());
}

/** Every signed session (its current revision; entered-in-error ones left out), one row each. */
export function exportClinicSessionsCsv(deps: ServiceDeps, clinicId: string): Readable {
  async function* rows(): AsyncGenerator<CsvCell[]> {
    for await (const patient of clinicPatients(deps, clinicId)) {
      const sessions = await currentRecords(deps.db, { clinicId, patientId: patient.id, kinds: ["injection-session"] });
      for (const session of sessions) {
        yield sessionCsvRow({
          patientId: patient.id,
          recordNumber: patient.record_number,
          sessionId: session.record_id,
          revision: session.revision,
          recordedBy: session.recorded_by_name,
          content: session.content as RecordContent<"injection-session">,
        });
      }
    }
  }
  return csvDocument(SESSION_CSV_COLUMNS, rows());
}

/**
 * Each patient's response (pathway-rules §8) as of their today under the clinic's policy: the
 * same assessment as the patient's page shows, one patient at a time.
 */
export function exportClinicOutcomesCsv(deps: ServiceDeps, clinicId: string): Readable {
  async function* rows(): AsyncGenerator<CsvCell[]> {
    const policy = await clinicPolicy(deps.db, clinicId);
    for await (const patient of clinicPatients(deps, clinicId)) {
      const asOf = localDateAt(deps.clock(), patient.time_zone);
      const record = await readSnapshot(deps.db, (tx) => loadPatientRecord(tx, patient, { diaryTo: asOf }));
      const { response } = assess(record, { asOf, policy, settings: DEFAULT_SETTINGS });
      const sessionDates = record.treatments.map((session) => session.date).filter((date) => date <= asOf).sort();
      yield outcomeCsvRow({ patientId: patient.id, recordNumber: patient.record_number, asOf, policy, sessionDates, response });
    }
  }
  return csvDocument(OUTCOME_CSV_COLUMNS, rows());
}
