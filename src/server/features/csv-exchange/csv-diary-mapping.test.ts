/**
 * CSV rows to diary days: every reason a row is refused (with its line and column, never its
 * value), the date formats, the clinic's own yes/no words, medicines by class, common name, the
 * patient's own list or `Name (class)`, and an exported diary row reading back as the same day.
 */
import { describe, expect, it } from "vitest";
import type { CsvDiaryMapping } from "#contracts/api/csv-exchange.ts";
import { mapCsvDiary, readDate, columnIndexes } from "./csv-diary-mapping.ts";
import { parseCsvTable, type CsvTable } from "./csv-table.ts";
import { DIARY_CSV_COLUMNS, diaryCsvRow } from "./diary-csv-rows.ts";

const HEADER = ["Date", "Headache", "Hours", "Severity", "Medicines"];
const MAPPING: CsvDiaryMapping = { date: "Date", headache: "Headache", hours: "Hours", severity: "Severity", medicines: "Medicines" };
const table = (...rows: string[][]): CsvTable => ({ header: HEADER, rows: rows.map((cells, index) => ({ line: index + 2, cells })) });
const map = (t: CsvTable, mapping: CsvDiaryMapping = MAPPING, extra = {}) => {
  const result = mapCsvDiary(t, { mapping, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
};

describe("a CSV diary row", () => {
  it("becomes the day the record format reads", () => {
    const result = map(table(["2026-01-05", "yes", "6", "2", "Sumatriptan; nsaid"], ["2026-01-06", "no", "", "", ""]));
    expect(result.rejected).toEqual([]);
    expect(result.days).toEqual([
      { line: 2, day: { date: "2026-01-05", headache: true, hours: 6, severity: 2, medications: [{ name: "Sumatriptan", class: "triptan" }, { class: "simple-analgesic" }] } },
      { line: 3, day: { date: "2026-01-06", headache: false } },
    ]);
  });

  it.each([
    ["an empty date", ["", "no", "", "", ""], "Date", "is empty: every row needs its date"],
    ["an impossible date", ["2026-02-30", "no", "", "", ""], "Date", "must be a calendar date written YYYY-MM-DD"],
    ["a date in another format", ["05/01/2026", "no", "", "", ""], "Date", "must be a calendar date written YYYY-MM-DD"],
    ["an empty headache answer", ["2026-01-05", "", "", "", ""], "Headache", "is empty: every day needs a headache answer"],
    ["an unknown headache word", ["2026-01-05", "perhaps", "", "", ""], "Headache", "must be one of yes, y, true, 1, x, no, n, false, 0"],
    ["hours that are not a number", ["2026-01-05", "yes", "long", "2", ""], "Hours", "must be a number of hours 0-24"],
    ["hours past 24", ["2026-01-05", "yes", "25", "2", ""], "Hours", "must be 0-24 hours"],
    ["hours missing on a headache day", ["2026-01-05", "yes", "", "2", ""], "Hours", "is required when headache is true"],
    ["severity missing on a headache day", ["2026-01-05", "yes", "4", "", ""], "Severity", "is required when headache is true"],
    ["severity past 3", ["2026-01-05", "yes", "4", "7", ""], "Severity", "must be 0-3"],
    ["severity as an unknown word", ["2026-01-05", "yes", "4", "awful", ""], "Severity", "must be 0-3 or one of none, mild, moderate, severe"],
    ["an unknown medicine", ["2026-01-05", "yes", "4", "2", "Sumatriptan; Brandex"], "Medicines", "medicine 2 is not a known medicine or class: write it as Name (class), e.g. Brandex (triptan)"],
    ["an unknown class in brackets", ["2026-01-05", "yes", "4", "2", "Brandex (painkiller)"], "Medicines", "medicine 1: the class in brackets must be one of triptan, ergot, simple-analgesic, opioid, combination-analgesic, gepant, ditan, other, nsaid"],
    ["a short row", ["2026-01-05", "no"], null, "has 2 cells; the header row has 5"],
  ])("is refused for %s", (_what, cells, column, reason) => {
    const result = map(table(cells));
    expect(result.days).toEqual([]);
    expect(result.rejected).toEqual([{ line: 2, column, reason }]);
  });

  it("names every problem of a row, each in its column", () => {
    const result = map(table(["2026-13-01", "maybe", "x", "awful", ""]));
    expect(result.rejected.map((r) => r.column)).toEqual(["Date", "Headache", "Hours", "Severity"]);
  });

  it("refuses a date given twice on its later line", () => {
    const result = map(table(["2026-01-05", "no", "", "", ""], ["2026-01-06", "no", "", "", ""], ["2026-01-05", "yes", "3", "1", ""]));
    expect(result.days.map((d) => d.line)).toEqual([2, 3]);
    expect(result.rejected).toEqual([{ line: 4, column: "Date", reason: "has the same date as line 2; one row per day" }]);
  });

  it("names the field when the rules need one no column is mapped to", () => {
    const result = map(table(["2026-01-05", "yes", "4", "2", ""]), { date: "Date", headache: "Headache", hours: "Hours" });
    expect(result.rejected).toEqual([{ line: 2, column: null, reason: "severity is required when headache is true (no column is mapped to severity)" }]);
  });

  it("never puts a cell's value in a reason", () => {
    const result = map(table(["Ann's migraine", "Ann's migraine", "Ann's migraine", "Ann's migraine", "Ann's migraine"]));
    expect(result.rejected.length).toBeGreaterThan(0);
    for (const rejection of result.rejected) expect(rejection.reason).not.toContain("Ann");
  });

  it("finds columns ignoring case and spaces, and refuses a mapping to a column the header lacks", () => {
    expect(columnIndexes([" Date", "HEADACHE"], { date: "date", headache: "headache" })).toEqual({ ok: true, value: { date: 0, headache: 1 } });
    expect(mapCsvDiary(table(), { mapping: { date: "Date", headache: "Headache", hours: "Duration" } })).toEqual({ ok: false, issues: [{ path: "mapping.hours", message: "names no column of the header row" }] });
  });
});

describe("the words a CSV file may use", () => {
  it.each([
    ["2026-01-31", "YYYY-MM-DD", "2026-01-31"],
    ["31/01/2026", "DD/MM/YYYY", "2026-01-31"],
    ["1/31/2026", "MM/DD/YYYY", "2026-01-31"],
    ["31.1.2026", "DD.MM.YYYY", "2026-01-31"],
  ] as const)("reads %s written %s", (cell, format, date) => {
    expect(readDate(cell, format)).toEqual({ ok: true, value: date });
  });

  it("takes the clinic's own yes and no words, and decimal commas, and severity words", () => {
    const result = map(table(["2026-01-05", "Sí", "4,5", "severe", ""], ["2026-01-06", "NO", "", "", ""]), MAPPING, { headacheValues: { yes: ["sí", "si"], no: ["no"] } });
    expect(result.rejected).toEqual([]);
    expect(result.days.map((d) => d.day)).toEqual([
      { date: "2026-01-05", headache: true, hours: 4.5, severity: 3 },
      { date: "2026-01-06", headache: false },
    ]);
  });

  it("knows the patient's own medicines by name, and Name (class, relief)", () => {
    const result = map(table(["2026-01-05", "yes", "4", "2", "Brandex | Other pill (other, no relief) | Maxalt (triptan, relief)"]), MAPPING, { ownMedicines: [{ name: "Brandex", class: "gepant" }] });
    expect(result.rejected).toEqual([]);
    expect(result.days[0]?.day.medications).toEqual([
      { name: "Brandex", class: "gepant" },
      { name: "Other pill", class: "other", relief: false },
      { name: "Maxalt", class: "triptan", relief: true },
    ]);
  });

  it("reads features, the duration band and the note", () => {
    const t: CsvTable = { header: ["d", "h", "hrs", "s", "f", "band", "n"], rows: [{ line: 2, cells: ["2026-01-05", "yes", "3", "2", "nausea; Photophobia", "2-4h", "after work"] }] };
    const result = map(t, { date: "d", headache: "h", hours: "hrs", severity: "s", features: "f", duration: "band", note: "n" });
    expect(result.days[0]?.day).toEqual({ date: "2026-01-05", headache: true, hours: 3, duration: "2-4h", severity: 2, features: { nausea: true, photophobia: true }, note: "after work" });
    const wrong = map({ ...t, rows: [{ line: 2, cells: ["2026-01-05", "yes", "5", "2", "dizzy", "2-4h", ""] }] }, { date: "d", headache: "h", hours: "hrs", severity: "s", features: "f", duration: "band" });
    expect(wrong.rejected).toEqual([
      { line: 2, column: "f", reason: "must list features among unilateral, pulsating, aggravatedByActivity, nausea, vomiting, photophobia, phonophobia, aura, split by ;" },
    ]);
    const band = map({ ...t, rows: [{ line: 2, cells: ["2026-01-05", "yes", "5", "2", "", "2-4h", ""] }] }, { date: "d", headache: "h", hours: "hrs", severity: "s", duration: "band" });
    expect(band.rejected).toEqual([{ line: 2, column: "hrs", reason: "must lie in the duration band" }]);
  });
});

describe("an exported diary row", () => {
  it("reads back as the same day through the export's own column names", () => {
    const answers = { headache: true, hours: 6, duration: "4-8h" as const, severity: 3, features: { nausea: true, aura: false }, medications: [{ name: "Sumatriptan", class: "triptan", relief: true }, { class: "simple-analgesic" }], note: "=odd, \"quoted\"" };
    const cells = diaryCsvRow({ date: "2026-01-05", answers, source: "app", entered_by: "patient", late: false, recorded_at: "2026-01-05T20:00:00.000Z", revisions: 1 });
    const line = cells.map((cell) => (cell === null ? "" : cell === true ? "yes" : cell === false ? "no" : `"${String(cell).replace(/"/g, '""')}"`)).join(",");
    const parsed = parseCsvTable(`${DIARY_CSV_COLUMNS.join(",")}\n${line}\n`);
    if (!parsed.ok) throw new Error("unreadable");
    const mapping = Object.fromEntries(["date", "headache", "hours", "severity", "medicines", "features", "duration", "note"].map((f) => [f, f])) as CsvDiaryMapping;
    const result = map(parsed.table, mapping);
    expect(result.rejected).toEqual([]);
    expect(result.days[0]?.day).toEqual({ date: "2026-01-05", headache: true, hours: 6, duration: "4-8h", severity: 3, features: { nausea: true }, medications: answers.medications, note: answers.note });
  });
});
