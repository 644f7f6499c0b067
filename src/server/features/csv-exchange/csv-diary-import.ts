/**
 * A patient's diary imported from CSV (issue 10 §5; ADR 0027): the file read (csv-table.ts), each
 * row mapped and judged as a JSON diary import judges a day (csv-diary-mapping.ts), then the
 * patient's own limits (nothing after their tomorrow, nothing before their birth date). A dry run
 * answers every rejected row with its line, column and reason, and how many days would be stored
 * or are unchanged. The real import is all or nothing: while any row is rejected it stores nothing
 * (`validation_failed` naming each line); else every changed day is a new revision with source
 * `import` in one transaction with one audit row, as the JSON diary import does (planDiaryImport).
 */
import type { z } from "zod";
import { MAX_CSV_ROWS, type CsvDiaryImportResult, type CsvRejection, type csvDiaryImportBodySchema } from "#contracts/api/csv-exchange.ts";
import { type AppError, invalidField } from "../../app-error.ts";
import type { PatientRow } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { recordInvalid } from "../../shared/record-issues.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { planDiaryImport, type DiaryImportPlan } from "../diary/diary-import.ts";
import { insertRevisions } from "../diary/repository.ts";
import { findMedicines } from "../diary/medicines-repository.ts";
import { mapCsvDiary, type CsvDay } from "./csv-diary-mapping.ts";
import { parseCsvTable } from "./csv-table.ts";

type Body = z.output<typeof csvDiaryImportBodySchema>;

/** The file's rows judged for this patient: the days to store and every rejected row, by line. */
interface CheckedFile {
  readonly rows: number;
  readonly days: readonly CsvDay[];
  readonly rejected: readonly CsvRejection[];
}

async function checkFile(tx: Executor, patient: PatientRow, body: Body, now: Date): Promise<CheckedFile> {
  const parsed = parseCsvTable(body.csv);
  if (!parsed.ok) throw invalidField(parsed.issue.path, parsed.issue.message);
  const { table } = parsed;
  if (table.rows.length > MAX_CSV_ROWS) throw invalidField("csv", `must hold at most ${MAX_CSV_ROWS} rows; send the rest in another file`);
  const ownMedicines = await findMedicines(tx, patient.clinic_id, patient.id);
  const mapped = mapCsvDiary(table, { mapping: body.mapping, headacheValues: body.headacheValues, dateFormat: body.dateFormat, ownMedicines });
  if (!mapped.ok) throw recordInvalid("The column mapping", mapped.issues);

  // The patient's own limits, as the JSON import applies them (patient-dates.ts).
  const today = localDateAt(now, patient.time_zone);
  const rejected: CsvRejection[] = [...mapped.rejected];
  const days = mapped.days.filter(({ line, day }) => {
    const reason = isPastTomorrow(day.date, today) ? "must not be after today" : isBeforeBirth(day.date, patient) ? BEFORE_BIRTH_MESSAGE : null;
    if (reason !== null) rejected.push({ line, column: body.mapping.date, reason });
    return reason === null;
  });
  rejected.sort((a, b) => a.line - b.line);
  return { rows: table.rows.length, days, rejected };
}

function resultOf(dryRun: boolean, file: CheckedFile, plan: DiaryImportPlan): CsvDiaryImportResult {
  return { dryRun, rows: file.rows, accepted: file.days.length, imported: plan.revisions.length, unchanged: plan.unchanged, rejected: [...file.rejected] };
}

/** The refusal of a real import while rows are rejected: each line named (never a value). */
function rowsRejected(rejected: readonly CsvRejection[]): AppError {
  const issues = rejected.map((row) => ({ path: row.column === null ? `line ${row.line}` : `line ${row.line} "${row.column}"`, message: row.reason }));
  const lines = new Set(rejected.map((row) => row.line)).size;
  return recordInvalid(`The CSV file (${lines} rejected ${lines === 1 ? "row" : "rows"}; nothing was imported)`, issues);
}

/** Checks (dry run) or imports a CSV diary for one of the clinic's patients. */
export async function importDiaryCsv(deps: ServiceDeps, target: { clinicId: string; patientId: string }, actorUserId: string, body: Body, dryRun: boolean): Promise<CsvDiaryImportResult> {
  const now = deps.clock();
  if (dryRun) {
    return readSnapshot(deps.db, async (tx) => {
      const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
      const file = await checkFile(tx, patient, body, now);
      return resultOf(true, file, await planDiaryImport(tx, patient, file.days.map(({ day }) => day), actorUserId, now, "days"));
    });
  }
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    await lockPatient(tx, target.clinicId, target.patientId);
    const file = await checkFile(tx, patient, body, now);
    if (file.rejected.length > 0) throw rowsRejected(file.rejected);
    const plan = await planDiaryImport(tx, patient, file.days.map(({ day }) => day), actorUserId, now, "days");
    await insertRevisions(tx, plan.revisions);
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "diary.imported", entity: "patient", entityId: target.patientId });
    if (plan.revisions.length > 0) await deps.recordChanged(tx, target, now);
    return resultOf(false, file, plan);
  });
}
