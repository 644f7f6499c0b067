/**
 * The patient-record upload in words (issue 10 §6): what a dry run says would be added or is
 * already recorded, part by part, and each refused field named by its JSON path and in plain
 * words ("Diary day 4 (2026-06-04), hours"), with the date the file gives the item when it has one.
 * Pure: the card passes the server's answer and the parsed file.
 */
import type { RecordImportCounts, RecordImportResult } from "#contracts/api/patient-record.ts";
import { RECORD_BODY_LIMIT } from "#contracts/api/route-contract.ts";

/** The record's parts in the order of the format (assess-contract.md), as staff call them. */
export const IMPORT_PARTS: ReadonlyArray<readonly [keyof RecordImportCounts, string]> = [
  ["diary", "Diary days"],
  ["history", "Clinical history"],
  ["preventives", "Preventive treatments"],
  ["treatments", "Injection sessions"],
  ["otherToxinDoses", "Other toxin doses"],
  ["questionnaires", "Questionnaires"],
  ["sideEffectReports", "Side-effect reports"],
];

export interface ImportRow {
  readonly part: string;
  readonly created: number;
  readonly unchanged: number;
}

/**
 * One row per part of the record that the file holds anything of.
 * @example importRows({ created: { diary: 2, history: 0, ... }, unchanged: { diary: 1, history: 0, ... }, ... }) // [{ part: "Diary days", created: 2, unchanged: 1 }]
 */
export function importRows(result: Pick<RecordImportResult, "created" | "unchanged">): ImportRow[] {
  return IMPORT_PARTS.map(([key, part]) => ({ part, created: result.created[key], unchanged: result.unchanged[key] })).filter((row) => row.created + row.unchanged > 0);
}

const total = (counts: RecordImportCounts) => IMPORT_PARTS.reduce((sum, [key]) => sum + counts[key], 0);
const items = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;

/**
 * The sentence over the table: what the import would do (dry run) or did.
 * @example importSentence({ dryRun: true, created: { diary: 2, ... }, unchanged: { diary: 1, ... }, warnings: [] }) // "Importing would add 2 items; 1 item is already recorded and stays as it is."
 */
export function importSentence(result: RecordImportResult): string {
  const created = total(result.created);
  const unchanged = total(result.unchanged);
  const kept = unchanged === 0 ? "" : `; ${items(unchanged)} ${unchanged === 1 ? (result.dryRun ? "is" : "was") : result.dryRun ? "are" : "were"} already recorded and ${unchanged === 1 ? "stays" : "stay"} as ${unchanged === 1 ? "it is" : "they are"}`;
  if (result.dryRun) return created === 0 ? `Nothing to import: everything in the file is already recorded (${items(unchanged)}).` : `Importing would add ${items(created)}${kept}.`;
  return `Imported: ${items(created)} added${kept}.`;
}

/** What an item of each list of the record is called, counted from 1. */
const ITEM_WORDS: Readonly<Record<string, string>> = {
  diary: "Diary day",
  preventives: "Preventive treatment",
  treatments: "Injection session",
  otherToxinDoses: "Other toxin dose",
  questionnaires: "Questionnaire",
  sideEffectReports: "Side-effect report",
  injections: "injection",
  medications: "medicine",
  symptoms: "symptom",
  responses: "answer",
};

/** Fields named otherwise than their JSON name splits into. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  record: "The file",
  patient: "Patient",
  history: "Clinical history",
  policy: "Policy",
  asOf: "As-of date",
  schema: "Format name",
};

/** camelCase as words: "birthDate" is "birth date". */
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Step = { readonly name: string } | { readonly index: number };

/** "diary[3].hours" as steps: diary, 3, hours. */
function stepsOf(path: string): Step[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? { index: Number(match[2]) } : { name: match[1] as string }));
}

/** The date the file gives an item, for finding it in the file. */
function dateOf(item: unknown): string | null {
  if (typeof item !== "object" || item === null) return null;
  const date = (item as Record<string, unknown>)["date"] ?? (item as Record<string, unknown>)["start"];
  return typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/**
 * Where a refused field is, in words, from its JSON path and the file that was sent.
 * @example placeOfPath("diary[3].hours", { diary: [{}, {}, {}, { date: "2026-06-04" }] }) // "Diary day 4 (2026-06-04), hours"
 * @example placeOfPath("patient.birthDate", {}) // "Patient, birth date"
 * @example placeOfPath("treatments[0].injections[2].units", {}) // "Injection session 1, injection 3, units"
 */
export function placeOfPath(path: string, sent: unknown): string {
  const parts: string[] = [];
  let node: unknown = sent;
  // The last name read, said once we know whether an index follows it (a list's item) or not (a field).
  let pending: string | null = null;
  const sayField = (name: string) => parts.push(parts.length === 0 ? (FIELD_WORDS[name] ?? capitalised(words(name))) : words(name));
  for (const step of stepsOf(path)) {
    if ("index" in step) {
      node = Array.isArray(node) ? node[step.index] : undefined;
      const item = `${ITEM_WORDS[pending ?? ""] ?? capitalised(words(pending ?? "item"))} ${step.index + 1}`;
      const date = dateOf(node);
      parts.push(date === null ? item : `${item} (${date})`);
      pending = null;
    } else {
      if (pending !== null) sayField(pending);
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[step.name] : undefined;
      pending = step.name;
    }
  }
  if (pending !== null) sayField(pending);
  return parts.join(", ");
}

/**
 * Why a chosen file is not sent at all, or null when it may be: larger than the server takes.
 * @example fileTooLarge(3 * 1024 * 1024) // "The file is 3.0 MB; a patient record file of at most 2.0 MB can be imported."
 */
export function fileTooLarge(bytes: number): string | null {
  if (bytes <= RECORD_BODY_LIMIT) return null;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `The file is ${mb(bytes)}; a patient record file of at most ${mb(RECORD_BODY_LIMIT)} can be imported.`;
}

/**
 * One refused field as a line: where it is in words, then what is wrong.
 * @example issueLine({ path: "diary[0].hours", message: "must be 0-24 hours" }, { diary: [{ date: "2026-06-01" }] }) // "Diary day 1 (2026-06-01), hours: must be 0-24 hours"
 */
export function issueLine(issue: { readonly path: string; readonly message: string }, sent: unknown): string {
  return `${placeOfPath(issue.path, sent)}: ${issue.message}`;
}

/**
 * A dry run's warning in words, with the JSON path it names when it names one.
 * @example warningLine("unknown field diary[0].severty", { diary: [{ date: "2026-06-01" }] }) // { text: "Diary day 1 (2026-06-01), severty: not part of the record format; left out", path: "diary[0].severty" }
 */
export function warningLine(warning: string, sent: unknown): { readonly text: string; readonly path: string | null } {
  const unknown = /^unknown field (.+)$/.exec(warning);
  if (unknown === null) return { text: warning, path: null };
  const path = unknown[1] as string;
  return { text: `${placeOfPath(path, sent)}: not part of the record format; left out`, path };
}
