/**
 * The evidence behind the two diary verdicts as rows to show: chronic migraine's verdict per
 * window (pathway-rules §3) and each judged class's days per window (§4), and how far the diary
 * is from three complete windows. Every threshold and every "meets" comes from the assessment
 * (src/domain judged it under the clinic's settings); nothing is re-judged here.
 */
import type { ChronicWindowJudgement as ChronicWindow } from "#domain/diagnosis/chronic-migraine.ts";
import type { JudgedClassName, OveruseWindowJudgement as OveruseWindow } from "#domain/diagnosis/medication-overuse.ts";
import { formatPlainDate } from "#web/ui/format.ts";

/**
 * A window's dates, short: the year once when both ends share it.
 * @example windowDates("2026-06-23", "2026-07-20") // "23 Jun – 20 Jul 2026"
 */
export function windowDates(start: string, end: string): string {
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${formatPlainDate(start)} – ${formatPlainDate(end)}`;
  return `${formatPlainDate(start).slice(0, -5)} – ${formatPlainDate(end)}`;
}

export interface ChronicWindowRow {
  readonly name: string;
  readonly dates: string;
  readonly recorded: string;
  readonly anyHeadacheDays: number;
  readonly migraineDays: number;
  /** "Yes", "No", or "Incomplete" (not judged). */
  readonly meets: string;
}

/**
 * W1-W3 as chronic migraine judged them.
 * @example chronicWindowRows(assessment.chronicMigraine.windows)[0].meets // "Yes" when the domain says it meets both
 */
export function chronicWindowRows(windows: readonly ChronicWindow[]): ChronicWindowRow[] {
  return windows.map((window, index) => ({
    name: `W${index + 1}`,
    dates: windowDates(window.start, window.end),
    recorded: `${window.daysRecorded} of 28`,
    anyHeadacheDays: window.anyHeadacheDays.days,
    migraineDays: window.migraineDays.days,
    meets: window.meets === null ? "Incomplete" : window.meets ? "Yes" : "No",
  }));
}

/**
 * The thresholds chronic migraine applied, as the assessment states them (W1's).
 * @example chronicThresholds(assessment.chronicMigraine.windows) // { anyHeadacheDays: 15, migraineDays: 8 }
 */
export function chronicThresholds(windows: readonly ChronicWindow[]): { readonly anyHeadacheDays: number; readonly migraineDays: number } | null {
  const [w1] = windows;
  return w1 === undefined ? null : { anyHeadacheDays: w1.anyHeadacheDays.minDays, migraineDays: w1.migraineDays.minDays };
}

export interface WindowColumn {
  readonly name: string;
  readonly dates: string;
  readonly recorded: string;
}

export interface OveruseCountRow {
  readonly label: string;
  readonly minDays: number;
  /** W1-W3's days, each saying whether it reaches the threshold. */
  readonly cells: readonly { readonly days: number; readonly reaches: boolean }[];
}

/** Each judged class's count, named (typed over the domain's rule names, so none is forgotten). */
export const OVERUSE_COUNT_LABELS: { readonly [C in JudgedClassName]: string } = {
  triptan: "Triptan days",
  ergot: "Ergot days",
  opioid: "Opioid days",
  "combination-analgesic": "Combination analgesic days",
  "simple-analgesic": "Simple analgesic days",
};

/**
 * The overuse evidence with one row per count (days with any headache, then each judged class)
 * and one column per window, marking the counts the domain found at or over their threshold.
 * @example overuseTable(assessment.medicationOveruse.windows).rows[1] // { label: "Triptan days", minDays: 10, cells: [{ days: 12, reaches: true }, ...] }
 */
export function overuseTable(windows: readonly OveruseWindow[]): { readonly columns: readonly WindowColumn[]; readonly rows: readonly OveruseCountRow[] } {
  const columns = windows.map((window, index) => ({
    name: `W${index + 1}`,
    dates: windowDates(window.start, window.end),
    recorded: `${window.daysRecorded} of 28 recorded${window.complete ? "" : " (incomplete)"}`,
  }));
  const [w1] = windows;
  if (w1 === undefined) return { columns, rows: [] };
  const headacheRow: OveruseCountRow = {
    label: "Days with any headache",
    minDays: w1.minAnyHeadacheDays,
    cells: windows.map((window) => ({ days: window.anyHeadacheDays, reaches: window.anyHeadacheDays >= window.minAnyHeadacheDays })),
  };
  const classRows = w1.classCounts.map(
    (count, row): OveruseCountRow => ({
      label: OVERUSE_COUNT_LABELS[count.name],
      minDays: count.minDays,
      cells: windows.map((window) => {
        const cell = window.classCounts[row];
        return { days: cell?.days ?? 0, reaches: cell?.reaches ?? false };
      }),
    }),
  );
  return { columns, rows: [headacheRow, ...classRows] };
}

export interface DiaryShortfall {
  readonly name: string;
  readonly dates: string;
  readonly daysRecorded: number;
  /** Recorded days still needed for the window to be complete. */
  readonly daysNeeded: number;
}

/**
 * The windows among W1-W3 that are not yet complete, with the days each still needs (as the
 * domain counted them under the clinic's `minRecordedDays`); empty when the diary is long enough.
 * @example diaryShortfall(assessment.chronicMigraine.windows) // [{ name: "W1", daysRecorded: 12, daysNeeded: 8, ... }]
 */
export function diaryShortfall(windows: readonly ChronicWindow[]): DiaryShortfall[] {
  return windows.flatMap((window, index) =>
    window.complete ? [] : [{ name: `W${index + 1}`, dates: windowDates(window.start, window.end), daysRecorded: window.daysRecorded, daysNeeded: window.daysNeeded }],
  );
}
