/**
 * A diary day as a CSV row (issue 10 §5): the answers in the words the CSV import reads (so the
 * export imports back unchanged, diary-cells.ts), then the revision's provenance.
 */
import type { AcuteMedicationTaken, HeadacheFeatures } from "#domain/shared/record.ts";
import type { StoredDiaryAnswers } from "../../db/schema.ts";
import type { CsvCell } from "./csv-table.ts";
import { featuresCell, medicinesCell } from "./diary-cells.ts";

/** The diary's columns; their names are the import's default mapping. */
export const DIARY_CSV_COLUMNS = ["date", "headache", "hours", "duration", "severity", "medicines", "features", "note", "source", "entered_by", "late", "recorded_at", "revisions"] as const;

/** What a row is made from: a date's current revision. */
export interface DiaryRowSource {
  readonly date: string;
  readonly answers: StoredDiaryAnswers;
  readonly source: string;
  readonly entered_by: string;
  readonly late: boolean;
  readonly recorded_at: string;
  readonly revisions: number;
}

/**
 * One day's cells, in DIARY_CSV_COLUMNS order.
 * @example diaryCsvRow({ date: "2026-01-05", answers: { headache: true, hours: 6, severity: 2, medications: [{ name: "Sumatriptan", class: "triptan" }] }, source: "app", entered_by: "patient", late: false, recorded_at: "2026-01-05T20:00:00.000Z", revisions: 1 })
 * // ["2026-01-05", true, 6, null, 2, "Sumatriptan (triptan)", "", null, "app", "patient", false, "2026-01-05T20:00:00.000Z", 1]
 */
export function diaryCsvRow(day: DiaryRowSource): CsvCell[] {
  const answers = day.answers;
  return [
    day.date,
    answers.headache,
    answers.hours ?? null,
    answers.duration ?? null,
    answers.severity ?? null,
    medicinesCell(answers.medications as readonly AcuteMedicationTaken[] | undefined),
    featuresCell(answers.features as HeadacheFeatures | undefined),
    answers.note ?? null,
    day.source,
    day.entered_by,
    day.late,
    day.recorded_at,
    day.revisions,
  ];
}
