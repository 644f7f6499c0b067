/**
 * CSV rows to diary days through a column mapping (issue 10 §5; ADR 0027), pure: each row is
 * read cell by cell (diary-cells.ts), then judged by the patient record's own parser exactly as a
 * JSON diary import is (`parsePatientRecord`: impossible dates, hours 0-24, severity 0-3, hours
 * and severity required on a headache day, a band agreeing with its hours). Every problem of
 * every row is kept with its line and column, so one dry run names them all; a date given twice
 * is refused on its later line. Dates after the patient's tomorrow or before their birth date
 * need the patient and are judged by the import (csv-diary-import.ts).
 */
import type { CsvDateFormat, CsvDiaryField, CsvDiaryMapping, CsvRejection } from "#contracts/api/csv-exchange.ts";
import { diaryAnswersShape } from "#contracts/diary-answers.ts";
import type { FieldIssue } from "#contracts/issues.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { readFeatures, readHeadache, readHours, readMedicines, readSeverity, type CellResult } from "./diary-cells.ts";
import type { CsvTable } from "./csv-table.ts";

export interface CsvDiaryOptions {
  readonly mapping: CsvDiaryMapping;
  readonly headacheValues?: { readonly yes: readonly string[]; readonly no: readonly string[] } | undefined;
  readonly dateFormat?: CsvDateFormat | undefined;
  /** The patient's own medicine list: its names are known medicines too. */
  readonly ownMedicines?: readonly { readonly name: string; readonly class: string }[] | undefined;
}

/** A day read from its line. */
export interface CsvDay {
  readonly line: number;
  readonly day: DiaryDay;
}

export type CsvDiaryMappingResult =
  | { readonly ok: true; readonly days: readonly CsvDay[]; readonly rejected: readonly CsvRejection[] }
  /** The mapping names a column the header does not have: nothing can be read. */
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

const DATE_PATTERNS: Readonly<Record<CsvDateFormat, { readonly shape: RegExp; readonly order: readonly ["y" | "m" | "d", "y" | "m" | "d", "y" | "m" | "d"] }>> = {
  "YYYY-MM-DD": { shape: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: ["y", "m", "d"] },
  "DD/MM/YYYY": { shape: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ["d", "m", "y"] },
  "MM/DD/YYYY": { shape: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ["m", "d", "y"] },
  "DD.MM.YYYY": { shape: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ["d", "m", "y"] },
};

/**
 * A date cell in the file's format as YYYY-MM-DD.
 * @example readDate("31/01/2026", "DD/MM/YYYY") // { ok: true, value: "2026-01-31" }
 * @example readDate("2026-02-30", "YYYY-MM-DD").ok // false
 */
export function readDate(cell: string, format: CsvDateFormat = "YYYY-MM-DD"): CellResult<PlainDate> {
  const text = cell.trim();
  if (text === "") return { ok: false, reason: "is empty: every row needs its date" };
  const pattern = DATE_PATTERNS[format];
  const match = pattern.shape.exec(text);
  const parts: Record<string, string> = {};
  pattern.order.forEach((part, index) => (parts[part] = match?.[index + 1] ?? ""));
  const iso = `${parts["y"]}-${(parts["m"] ?? "").padStart(2, "0")}-${(parts["d"] ?? "").padStart(2, "0")}`;
  if (match === null || !isPlainDate(iso)) return { ok: false, reason: `must be a calendar date written ${format}` };
  return { ok: true, value: iso };
}

/**
 * Where each mapped field is in the header (exact name first, then ignoring case and spaces).
 * @example columnIndexes(["Date", "Headache"], { date: "date", headache: "Headache" }) // { ok: true, value: { date: 0, headache: 1 } }
 */
export function columnIndexes(header: readonly string[], mapping: CsvDiaryMapping): { ok: true; value: Partial<Record<CsvDiaryField, number>> } | { ok: false; issues: FieldIssue[] } {
  const loose = (name: string) => name.trim().toLowerCase();
  const value: Partial<Record<CsvDiaryField, number>> = {};
  const issues: FieldIssue[] = [];
  for (const [field, column] of Object.entries(mapping) as [CsvDiaryField, string | undefined][]) {
    if (column === undefined) continue;
    let index = header.indexOf(column);
    if (index < 0) index = header.findIndex((name) => loose(name) === loose(column));
    if (index < 0) issues.push({ path: `mapping.${field}`, message: "names no column of the header row" });
    else value[field] = index;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** The mapped field a record-format issue path (`diary[0].medications[1].class`) is about. */
function fieldOfPath(path: string): CsvDiaryField | null {
  const field = /^diary\[0\]\.(\w+)/.exec(path)?.[1];
  const byRecordName: Record<string, CsvDiaryField> = { date: "date", headache: "headache", hours: "hours", severity: "severity", medications: "medicines", features: "features", duration: "duration" };
  return field === undefined ? null : (byRecordName[field] ?? null);
}

/**
 * Every row of the table as a diary day, or its reasons for refusal.
 * @example mapCsvDiary({ header: ["date", "headache"], rows: [{ line: 2, cells: ["2026-01-05", "no"] }, { line: 3, cells: ["2026-01-06", "perhaps"] }] }, { mapping: { date: "date", headache: "headache" } })
 * // { ok: true, days: [{ line: 2, day: { date: "2026-01-05", headache: false } }], rejected: [{ line: 3, column: "headache", reason: "must be one of yes, y, true, 1, x, no, n, false, 0" }] }
 */
export function mapCsvDiary(table: CsvTable, options: CsvDiaryOptions): CsvDiaryMappingResult {
  const columns = columnIndexes(table.header, options.mapping);
  if (!columns.ok) return columns;
  const days: CsvDay[] = [];
  const rejected: CsvRejection[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const result = mapRow(row.cells, table.header, columns.value, options);
    if (!result.ok) {
      rejected.push(...result.problems.map((problem) => ({ line: row.line, ...problem })));
      continue;
    }
    const earlier = firstLineOf.get(result.day.date);
    if (earlier !== undefined) {
      rejected.push({ line: row.line, column: options.mapping.date, reason: `has the same date as line ${earlier}; one row per day` });
      continue;
    }
    firstLineOf.set(result.day.date, row.line);
    days.push({ line: row.line, day: result.day });
  }
  return { ok: true, days, rejected };
}

type Problem = { readonly column: string | null; readonly reason: string };

function mapRow(cells: readonly string[], header: readonly string[], columns: Partial<Record<CsvDiaryField, number>>, options: CsvDiaryOptions): { ok: true; day: DiaryDay } | { ok: false; problems: Problem[] } {
  if (cells.length !== header.length) return { ok: false, problems: [{ column: null, reason: `has ${cells.length} cells; the header row has ${header.length}` }] };
  const problems: Problem[] = [];
  const columnOf = (field: CsvDiaryField) => options.mapping[field] ?? null;
  function read<T>(field: CsvDiaryField, reader: (cell: string) => CellResult<T>): T | undefined {
    const index = columns[field];
    if (index === undefined) return undefined;
    const result = reader(cells[index] ?? "");
    if (result.ok) return result.value;
    problems.push({ column: columnOf(field), reason: result.reason });
    return undefined;
  }
  const date = read("date", (cell) => readDate(cell, options.dateFormat));
  const headache = read("headache", (cell) => readHeadache(cell, options.headacheValues));
  const hours = read("hours", readHours);
  const severity = read("severity", readSeverity);
  const medications = read("medicines", (cell) => readMedicines(cell, options.ownMedicines));
  const features = read("features", readFeatures);
  const duration = read("duration", (cell): CellResult<string | undefined> => ({ ok: true, value: cell.trim() === "" ? undefined : cell.trim().toLowerCase() }));
  const note = read("note", (cell): CellResult<string | undefined> => {
    const parsed = diaryAnswersShape.note.safeParse(cell.trim() === "" ? undefined : cell);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? "is not a valid note" };
  });
  if (problems.length > 0 || date === undefined || headache === undefined) return { ok: false, problems };

  const sent = { date, headache, hours, duration, severity, features, medications };
  const parsed = parsePatientRecord({ patient: { id: "csv" }, diary: [Object.fromEntries(Object.entries(sent).filter(([, value]) => value !== undefined))] });
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((issue) => problemOfIssue(issue, options.mapping)) };
  }
  const [day] = parsed.value.record.diary;
  if (day === undefined) return { ok: false, problems: [{ column: null, reason: "could not be read" }] };
  return { ok: true, day: note === undefined ? day : { ...day, note } };
}

/** A record-format issue as a row's problem: in its mapped column, or naming the field when no column is mapped to it (hours on a headache day). */
function problemOfIssue(issue: FieldIssue, mapping: CsvDiaryMapping): Problem {
  const field = fieldOfPath(issue.path);
  const reason = issue.message.replace(/diary\[0\]\./g, "");
  if (field === null) return { column: null, reason };
  const column = mapping[field];
  return column === undefined ? { column: null, reason: `${field} ${reason} (no column is mapped to ${field})` } : { column, reason };
}
