/**
 * What the patient summary shows (issue 10 §1, document 1), as plain data: every figure already
 * computed by the clinical core, every sentence already written. The PDF drawing reads only this,
 * so the tests can check the page's numbers against the assessment without reading a PDF.
 */
import type { DateRange } from "#domain/diary/diary-context.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { Instrument, PolicyId } from "#domain/shared/record.ts";
import type { TriageLevel } from "#domain/triage/triage-levels.ts";

/** One 28-day window's counts, the ones the chart and calendar draw (pathway-rules §1-2). */
export interface SummaryWindow {
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly daysRecorded: number;
  /** At least `minRecordedDays` recorded: an incomplete window is drawn as such, never rescaled (§1). */
  readonly complete: boolean;
  readonly headacheDays: number;
  readonly migraineDays: number;
  readonly acuteMedicationDays: number;
}

/** The answer to "is it working?", first on the page. */
export interface SummaryHeadline {
  /**
   * `evaluated`: the policy's evaluation (§8); `against-baseline`: the last 28 days against the
   * baseline before the evaluation; `last-28-days`: the last 28 days with nothing to compare them
   * with (no session yet, or no complete baseline); `no-figure`: the last 28 days are incomplete.
   */
  readonly kind: "evaluated" | "against-baseline" | "last-28-days" | "no-figure";
  /** The large figure as printed, e.g. "60% fewer" or "8". */
  readonly figure: string;
  /** What the figure is, e.g. "headache days than at baseline (two-cycle evaluation)". */
  readonly figureCaption: string;
  /** Headache days in the window the figure is from; null when there is none. */
  readonly headacheDays: number | null;
  readonly window: DateRange | null;
  readonly baselineHeadacheDays: number | null;
  /** Rounded half away from zero to one decimal; negative when headache days rose. */
  readonly percentReduction: number | null;
  /** The lines under the figure: the counts with their dates, the policy's verdict. */
  readonly lines: readonly string[];
}

/** The chart: headache, migraine and acute-medication days per 28 days against the baseline. */
export interface SummaryChart {
  /** Oldest first; at most `MAX_CHART_WINDOWS`, the latest ones. */
  readonly windows: readonly SummaryWindow[];
  /** Windows before the first one drawn, left out for space. */
  readonly windowsLeftOut: number;
  readonly baseline: SummaryWindow | null;
  /** Session dates inside the charted range. */
  readonly sessions: readonly PlainDate[];
  /** The evaluation window the headline is from, when evaluated. */
  readonly evaluationWindow: DateRange | null;
}

/** One day of the diary calendar, as the clinical core classified it (§2). */
export interface SummaryCalendarDay {
  readonly date: PlainDate;
  /** False: no entry, shown as unknown and never as headache-free (§1). */
  readonly recorded: boolean;
  readonly anyHeadache: boolean;
  readonly headacheDay: boolean;
  readonly migraine: boolean;
  readonly acuteMedication: boolean;
  /** 0-3 on a headache day with a severity recorded; null otherwise. */
  readonly severity: 0 | 1 | 2 | 3 | null;
  readonly session: boolean;
}

/** The diary calendar of the last three windows (W3, W2, W1), one row each. */
export interface SummaryCalendarRow {
  readonly window: SummaryWindow;
  /** A short name for the row (two characters at most, e.g. "B" for a baseline); default "W1", "W2", ... from the bottom. */
  readonly label?: string;
  readonly days: readonly SummaryCalendarDay[];
}

export interface SummarySession {
  readonly date: PlainDate;
  readonly totalUnits: number;
  readonly sites: number;
  readonly followThePainSites: number;
  readonly valid: boolean;
  /** The rules' messages for this session's problems (§6). */
  readonly problems: readonly string[];
}

export interface SummarySideEffect {
  readonly date: PlainDate;
  readonly level: TriageLevel;
  readonly symptoms: readonly string[];
  readonly holdNextDose: boolean;
}

export interface SummaryQuestionnaire {
  readonly instrument: Instrument;
  readonly date: PlainDate;
  readonly score: number;
  /** The grade in words, e.g. "severe impact" or "grade IV, severe disability". */
  readonly grade: string;
  /** The grade's code as the assessment gives it ("severe", "IV"). */
  readonly gradeCode: string;
  readonly change: number | null;
}

/** One status line: a verdict with the figures behind it (design.md: evidence beside every verdict). */
export interface SummaryStatus {
  readonly label: string;
  readonly verdict: string;
  readonly evidence: string;
}

/** The whole page. */
export interface SummaryContent {
  readonly patientLine: string;
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  readonly policyName: string;
  readonly headline: SummaryHeadline;
  readonly chart: SummaryChart;
  readonly calendar: readonly SummaryCalendarRow[];
  readonly sessions: readonly SummarySession[];
  readonly sideEffects: readonly SummarySideEffect[];
  /** Per instrument, oldest first. */
  readonly questionnaires: { readonly [I in Instrument]: readonly SummaryQuestionnaire[] };
  readonly status: readonly SummaryStatus[];
  /** The next dates: the next session's window, a reassessment, an evaluation point, a hold. */
  readonly next: readonly string[];
  /** The rules' version and the settings the figures were counted under. */
  readonly footnote: string;
}
