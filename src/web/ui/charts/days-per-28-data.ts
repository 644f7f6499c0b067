/**
 * Shapes the server's 28-day windows (counted by src/domain) into what the days-per-28 chart
 * draws and what its table says: the same numbers in both. Nothing here counts a day or judges a
 * window; it only orders, places and labels the figures it is given.
 */
import { formatPlainDate } from "../format.ts";

/** One window's counts as the chart needs them (a subset of the progress answer's windows). */
export interface ChartWindow {
  readonly start: string;
  readonly end: string;
  readonly daysRecorded: number;
  readonly complete: boolean;
  readonly headacheDays: number;
  readonly migraineDays: number;
  readonly acuteMedicationDays: number;
}

export interface ChartMarker {
  readonly date: string;
  /** Short, for the canvas ("S1"). */
  readonly label: string;
  /** In full, for the table ("Session 1"); the short label when not given. */
  readonly longLabel?: string;
}

export interface EvaluationMarker extends ChartMarker {
  readonly reached: boolean;
}

export interface DaysPer28Input {
  /** Windows in any order (the API answers newest first). */
  readonly windows: readonly ChartWindow[];
  /** The 28 days before the first session, null before it. */
  readonly baseline: ChartWindow | null;
  readonly sessions: readonly ChartMarker[];
  readonly evaluationPoints: readonly EvaluationMarker[];
  readonly today: string;
  /** Whether the x axis reaches back to the baseline (the clinician's chart) or starts at the first window (the patient's small chart). */
  readonly fromBaseline?: boolean;
}

/** Seconds since the epoch at UTC midnight of a calendar date (the charts' x scale: dates never shift with the viewer's zone). */
export function dateToSeconds(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 1000;
}

const DAY_SECONDS = 86_400;

/** What the canvas draws: x at each window's middle, one array per series (null: not drawn there). */
export interface DaysPer28Series {
  readonly x: number[];
  /** Headache days of complete windows (null for incomplete ones). */
  readonly headacheComplete: (number | null)[];
  /** Headache days of incomplete windows, drawn hatched: counts of recorded days only. */
  readonly headacheIncomplete: (number | null)[];
  readonly migraine: number[];
  readonly medication: number[];
  /** The x range shown: from the first window's start (or the baseline's) to the later of today and the last evaluation point, a day either side. */
  readonly xRange: readonly [number, number];
  readonly baseline: { readonly value: number; readonly from: number; readonly to: number } | null;
  readonly sessions: readonly { readonly x: number; readonly label: string }[];
  readonly evaluationPoints: readonly { readonly x: number; readonly label: string; readonly reached: boolean }[];
}

/**
 * The series of the chart, windows oldest first.
 * @example daysPer28Series({ windows: [w], baseline: null, sessions: [], evaluationPoints: [], today: "2026-07-20" }).x.length // 1
 */
export function daysPer28Series(input: DaysPer28Input): DaysPer28Series {
  const windows = [...input.windows].sort((a, b) => (a.start < b.start ? -1 : 1));
  // The middle of a 28-day window is 14 days after its start (its days run start ... start + 27).
  const x = windows.map((w) => dateToSeconds(w.start) + 14 * DAY_SECONDS);
  const starts = [...windows.map((w) => w.start), ...(input.baseline && input.fromBaseline !== false ? [input.baseline.start] : [])].sort();
  const ends = [input.today, ...windows.map((w) => w.end), ...input.evaluationPoints.map((p) => p.date)].sort();
  const first = starts[0] ?? input.today;
  const last = ends[ends.length - 1] ?? input.today;
  const baseline = input.baseline?.complete
    ? { value: input.baseline.headacheDays, from: dateToSeconds(input.baseline.start), to: dateToSeconds(input.baseline.end) + DAY_SECONDS }
    : null;
  return {
    x,
    headacheComplete: windows.map((w) => (w.complete ? w.headacheDays : null)),
    headacheIncomplete: windows.map((w) => (w.complete ? null : w.headacheDays)),
    migraine: windows.map((w) => w.migraineDays),
    medication: windows.map((w) => w.acuteMedicationDays),
    xRange: [dateToSeconds(first) - DAY_SECONDS, dateToSeconds(last) + 2 * DAY_SECONDS],
    baseline,
    sessions: input.sessions.map((s) => ({ x: dateToSeconds(s.date) + DAY_SECONDS / 2, label: s.label })),
    evaluationPoints: input.evaluationPoints.map((p) => ({ x: dateToSeconds(p.date) + DAY_SECONDS / 2, label: p.label, reached: p.reached })),
  };
}

/** One row of the table alternative. */
export interface DaysPer28Row {
  readonly key: string;
  readonly name: string;
  readonly dates: string;
  readonly recorded: string;
  readonly headacheDays: number;
  readonly migraineDays: number;
  readonly acuteMedicationDays: number;
  /** Sessions and evaluation points that fall in the window, in words. */
  readonly events: string;
}

const within = (date: string, w: { start: string; end: string }) => date >= w.start && date <= w.end;

/**
 * The table alternative's rows: the baseline first (when there is one), then the windows newest
 * first, each naming the sessions and evaluation points inside it.
 * @example daysPer28Rows(input)[0].name // "Baseline"
 */
export function daysPer28Rows(input: DaysPer28Input): DaysPer28Row[] {
  const windows = [...input.windows].sort((a, b) => (a.start < b.start ? 1 : -1));
  const row = (w: ChartWindow, key: string, name: string): DaysPer28Row => ({
    key,
    name,
    dates: `${formatPlainDate(w.start)} – ${formatPlainDate(w.end)}`,
    recorded: `${w.daysRecorded} of 28${w.complete ? "" : " (incomplete)"}`,
    headacheDays: w.headacheDays,
    migraineDays: w.migraineDays,
    acuteMedicationDays: w.acuteMedicationDays,
    events: [
      ...input.sessions.filter((s) => within(s.date, w)).map((s) => `${s.longLabel ?? s.label} on ${formatPlainDate(s.date)}`),
      ...input.evaluationPoints.filter((p) => within(p.date, w)).map((p) => `${p.longLabel ?? p.label} ${formatPlainDate(p.date)}${p.reached ? "" : " (ahead)"}`),
    ].join("; "),
  });
  return [
    ...(input.baseline ? [row(input.baseline, `baseline-${input.baseline.start}`, "Baseline")] : []),
    ...windows.map((w, index) => row(w, w.start, `W${index + 1}`)),
  ];
}

/**
 * A one-line summary of the chart for its accessible name.
 * @example daysPer28Summary(input) // "Headache days per 28 days over 8 windows; baseline 20; last 28 days 10."
 */
export function daysPer28Summary(input: DaysPer28Input): string {
  const newest = [...input.windows].sort((a, b) => (a.start < b.start ? 1 : -1))[0];
  const parts = [`Headache days per 28 days over ${input.windows.length} window${input.windows.length === 1 ? "" : "s"}`];
  if (input.baseline?.complete) parts.push(`baseline ${input.baseline.headacheDays}`);
  if (newest) parts.push(`last 28 days ${newest.headacheDays}${newest.complete ? "" : " (incomplete)"}`);
  if (input.sessions.length > 0) parts.push(`${input.sessions.length} session${input.sessions.length === 1 ? "" : "s"}`);
  return `${parts.join("; ")}. The table gives every number.`;
}
