/**
 * The CSV import form's columns (issue 10 §5): the header row read from the chosen file (csv-parse,
 * its first record only: quoted names with commas are names), and each diary field's column
 * guessed from the header's names so the selects start filled in; the person checks and changes them.
 */
import { parse } from "csv-parse/browser/esm/sync";
import { CSV_DIARY_FIELDS, type CsvDiaryField, type CsvDiaryMapping } from "#contracts/api/csv-exchange.ts";

/**
 * The header row's names, or null when the text has none that can be read.
 * @example csvHeader('\uFEFFDate,"Pain, 0-3",Hours\r\n2026-01-01,2,4') // ["Date", "Pain, 0-3", "Hours"]
 */
export function csvHeader(text: string): string[] | null {
  try {
    const [first] = parse(text, { bom: true, to_line: 1, relax_column_count: true, relax_quotes: true }) as string[][];
    const names = (first ?? []).map((name) => name.trim());
    return names.some((name) => name !== "") ? names : null;
  } catch {
    return null;
  }
}

/** Words a header uses for each field, most specific first (the export's own names lead). */
const FIELD_WORDS: Readonly<Record<CsvDiaryField, readonly string[]>> = {
  date: ["date", "day", "fecha"],
  headache: ["headache", "migraine", "cefalea", "dolordecabeza"],
  hours: ["hours", "hrs", "horas", "duration(h)", "durationhours"],
  severity: ["severity", "pain", "intensity", "intensidad"],
  medicines: ["medicines", "medications", "medication", "medicine", "tablets", "drugs", "medicamentos"],
  features: ["features", "symptoms", "sintomas"],
  duration: ["duration", "band", "durationband"],
  note: ["note", "notes", "comment", "comments", "nota"],
};

const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9()]/g, "");

/**
 * Each field's column guessed from the header: a name equal to one of the field's words first,
 * then a name starting with one; a column is given to one field only.
 * @example guessMapping(["Day", "Headache?", "Pain (0-3)", "Tablets"]) // { date: "Day", headache: "Headache?", severity: "Pain (0-3)", medicines: "Tablets" }
 */
export function guessMapping(header: readonly string[]): Partial<CsvDiaryMapping> {
  const taken = new Set<string>();
  const mapping: Partial<Record<CsvDiaryField, string>> = {};
  for (const pass of ["equal", "prefix"] as const) {
    for (const field of CSV_DIARY_FIELDS) {
      if (mapping[field] !== undefined) continue;
      const found = header.find((name) => !taken.has(name) && FIELD_WORDS[field].some((word) => (pass === "equal" ? folded(name) === word : folded(name).startsWith(word))));
      if (found !== undefined) {
        mapping[field] = found;
        taken.add(found);
      }
    }
  }
  return Object.fromEntries(CSV_DIARY_FIELDS.flatMap((field) => (mapping[field] === undefined ? [] : [[field, mapping[field]]]))) as Partial<CsvDiaryMapping>;
}

/** Each field in words for the form; the first two are required. */
export const FIELD_LABELS: Readonly<Record<CsvDiaryField, string>> = {
  date: "Date",
  headache: "Headache (yes or no)",
  hours: "Hours of headache",
  severity: "Severity (0-3 or none, mild, moderate, severe)",
  medicines: "Medicines",
  features: "Features (nausea; photophobia; …)",
  duration: "Duration band",
  note: "Note",
};
