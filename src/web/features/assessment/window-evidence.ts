/**
 * The evidence behind the two diary verdicts, from the assessment's 28-day windows: chronic
 * migraine's thresholds per window (pathway-rules §3) and each judged medication class's days per
 * window (§4); and how far the diary is from three complete windows.
 */
import { formatPlainDate } from "#web/ui/format.ts";

/**
 * A window's dates, short: the year once when both ends share it.
 * @example windowDates("2026-06-23", "2026-07-20") // "23 Jun – 20 Jul 2026"
 */
export function windowDates(start: string, end: string): string {
  if (start.slice(0, 4) !== end.slice(0, 4)) return `${formatPlainDate(start)} – ${formatPlainDate(end)}`;
  return `${formatPlainDate(start).slice(0, -5)} – ${formatPlainDate(end)}`;
}

/** The counts of one window this page reads (a subset of the contract's window). */
export interface WindowCountsLike {
  readonly start: string;
  readonly end: string;
  readonly daysRecorded: number;
  readonly complete: boolean;
  readonly anyHeadacheDays: number;
  readonly migraineDays: number;
  readonly triptanDays: number;
  readonly ergotDays: number;
  readonly opioidDays: number;
  readonly combinationAnalgesicDays: number;
  readonly simpleAnalgesicDays: number;
}

/** ICHD-3 1.3 thresholds per 28-day window (pathway-rules §3). */
export const CHRONIC_THRESHOLDS = { anyHeadacheDays: 15, migraineDays: 8 } as const;

/** ICHD-3 8.2 thresholds, days per window, of the judged classes (pathway-rules §4). */
export const OVERUSE_THRESHOLDS = [
  { key: "triptanDays", label: "Triptan", minDays: 10 },
  { key: "ergotDays", label: "Ergot", minDays: 10 },
  { key: "opioidDays", label: "Opioid", minDays: 10 },
  { key: "combinationAnalgesicDays", label: "Combination analgesic", minDays: 10 },
  { key: "simpleAnalgesicDays", label: "Simple analgesic", minDays: 15 },
] as const;

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
 * W1-W3 as chronic migraine judges them.
 * @example chronicWindowRows([w1, w2, w3])[0].meets // "Yes" when complete with 15 and 8
 */
export function chronicWindowRows(windows: readonly WindowCountsLike[]): ChronicWindowRow[] {
  return windows.slice(0, 3).map((window, index) => ({
    name: `W${index + 1}`,
    dates: windowDates(window.start, window.end),
    recorded: `${window.daysRecorded} of 28`,
    anyHeadacheDays: window.anyHeadacheDays,
    migraineDays: window.migraineDays,
    meets: !window.complete
      ? "Incomplete"
      : window.anyHeadacheDays >= CHRONIC_THRESHOLDS.anyHeadacheDays && window.migraineDays >= CHRONIC_THRESHOLDS.migraineDays
        ? "Yes"
        : "No",
  }));
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

/** ICHD-3 8.2 A: headache on 15 or more days in each window (pathway-rules §4). */
export const OVERUSE_MIN_HEADACHE_DAYS = 15;

/**
 * The overuse evidence with one row per count (days with any headache, then each judged class)
 * and one column per window, marking the counts at or over their threshold: narrow enough to
 * read beside the verdict.
 * @example overuseTable([w1, w2, w3]).rows[1] // { label: "Triptan days", minDays: 10, cells: [{ days: 12, reaches: true }, ...] }
 */
export function overuseTable(windows: readonly WindowCountsLike[]): { readonly columns: readonly WindowColumn[]; readonly rows: readonly OveruseCountRow[] } {
  const three = windows.slice(0, 3);
  const columns = three.map((window, index) => ({
    name: `W${index + 1}`,
    dates: windowDates(window.start, window.end),
    recorded: `${window.daysRecorded} of 28 recorded${window.complete ? "" : " (incomplete)"}`,
  }));
  const row = (label: string, minDays: number, days: (window: WindowCountsLike) => number): OveruseCountRow => ({
    label,
    minDays,
    cells: three.map((window) => ({ days: days(window), reaches: days(window) >= minDays })),
  });
  return {
    columns,
    rows: [
      row("Days with any headache", OVERUSE_MIN_HEADACHE_DAYS, (window) => window.anyHeadacheDays),
      ...OVERUSE_THRESHOLDS.map((rule) => row(`${rule.label} days`, rule.minDays, (window) => window[rule.key])),
    ],
  };
}

export interface DiaryShortfall {
  readonly name: string;
  readonly dates: string;
  readonly daysRecorded: number;
  /** Recorded days still needed for the window to be complete. */
  readonly daysNeeded: number;
}

/**
 * The windows among W1-W3 that are not yet complete, with the days each still needs; empty when
 * the diary is long enough to judge chronic migraine and overuse.
 * @example diaryShortfall([{ daysRecorded: 12, ... }, full, full], 20) // [{ name: "W1", daysRecorded: 12, daysNeeded: 8, ... }]
 */
export function diaryShortfall(windows: readonly WindowCountsLike[], minRecordedDays: number): DiaryShortfall[] {
  return windows
    .slice(0, 3)
    .map((window, index) => ({
      name: `W${index + 1}`,
      dates: windowDates(window.start, window.end),
      daysRecorded: window.daysRecorded,
      daysNeeded: Math.max(0, minRecordedDays - window.daysRecorded),
      complete: window.complete,
    }))
    .filter((row) => !row.complete)
    .map(({ complete: _complete, ...row }) => row);
}
