/**
 * CSV text in and out through csv-parse and csv-stringify (ADR 0027): RFC 4180 quoting, fields
 * with line breaks, a byte-order mark ignored on the way in and written on the way out (so a
 * spreadsheet reads UTF-8 names right), CRLF lines. Every cell a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return; OWASP, CSV injection) is written
 * behind an apostrophe; numbers are numbers and stay as they are.
 */
import { Readable } from "node:stream";
import { parse, CsvError } from "csv-parse/sync";
import { stringify } from "csv-stringify";
import type { FieldIssue } from "#contracts/issues.ts";

export interface CsvTable {
  readonly header: readonly string[];
  /** The data rows with the file line each starts on (the header is line 1); empty lines are skipped. */
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

export type CsvTableResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly issue: FieldIssue };

/** Line breaks in a text, CRLF counted once. */
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Reads CSV text into its header and rows, each row with the line it starts on.
 * @example parseCsvTable("date,headache\r\n2026-01-05,no\r\n") // { ok: true, table: { header: ["date", "headache"], rows: [{ line: 2, cells: ["2026-01-05", "no"] }] } }
 */
export function parseCsvTable(text: string): CsvTableResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, issue: { path: "csv", message: `cannot be read as CSV: ${csvErrorWords(error)}` } };
    throw error;
  }
  const rows: { line: number; cells: string[] }[] = [];
  let header: string[] | null = null;
  // Each record takes one line plus the line breaks quoted in its cells (csv-parse's own line
  // count counts a quoted CRLF twice).
  let line = 1;
  for (const record of records) {
    const start = line;
    line += 1 + record.reduce((sum, cell) => sum + lineBreaks(cell), 0);
    if (record.every((cell) => cell.trim() === "")) continue;
    if (header === null) header = record.map((cell) => cell.trim());
    else rows.push({ line: start, cells: record });
  }
  if (header === null) return { ok: false, issue: { path: "csv", message: "has no header row" } };
  return { ok: true, table: { header, rows } };
}

/** The parser's complaint in words without the file's text (it may hold a value). */
function csvErrorWords(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = typeof line === "number" ? ` (line ${line})` : "";
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `a quoted field is never closed${where}`;
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return `a closing quote is followed by other characters${where}; a quote inside a field is written twice`;
    default:
      return `${error.code.toLowerCase().replace(/_/g, " ")}${where}`;
  }
}

/** A cell as it goes out: text, a number, a yes/no, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * A streamed CSV document: the header row, then each row as it comes (rows may be read from the
 * database a page at a time, so no export is ever held whole).
 * @example csvDocument(["a", "b"], rows) // a Readable of "\uFEFFa,b\r\n..."
 */
export function csvDocument(columns: readonly string[], rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>): Readable {
  const writer = stringify({
    header: true,
    columns: [...columns],
    bom: true,
    record_delimiter: "\r\n",
    // Off by default once record_delimiter is given: a note's line break would break the row.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { boolean: (value) => (value ? "yes" : "no") },
  });
  const source = Readable.from(rows, { objectMode: true });
  source.on("error", (error) => writer.destroy(error));
  return source.pipe(writer);
}
