/**
 * Chronic migraine (ICHD-3 1.3) judged from the diary's windows (pathway-rules §3;
 * docs/clinical/diagnosis.md).
 */
import { addDays } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { PatientHistory } from "../shared/record.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import type { WindowCounts } from "../diary/window-counts.ts";

/** ICHD-3 1.3 A: headache on at least 15 days a month (per 28-day window, pathway-rules §1). */
export const CHRONIC_MIN_ANY_HEADACHE_DAYS = 15;
/** ICHD-3 1.3 C: migraine on at least 8 days a month. */
export const CHRONIC_MIN_MIGRAINE_DAYS = 8;

export const CHRONIC_MIGRAINE_STATUSES = ["met", "not-met", "insufficient-data"] as const;
export type ChronicMigraineStatus = (typeof CHRONIC_MIGRAINE_STATUSES)[number];

/** Reason codes of the chronic-migraine decision. */
export const CHRONIC_MIGRAINE_REASONS = {
  threeWindowsMeet: "three_windows_meet_thresholds",
  attestedHistory: "attested_history_with_w1_meeting_thresholds",
  windowBelowThreshold: "window_below_threshold",
  windowIncomplete: "window_incomplete",
  attestationTooRecent: "attested_history_too_recent",
} as const;

/** A count set against the threshold it must reach (the rule's own figure, for display). */
export interface CountAgainstThreshold {
  readonly days: number;
  readonly minDays: number;
  readonly reaches: boolean;
}

/** One of W1-W3 as chronic migraine judges it: the verdict and the figures behind it. */
export interface ChronicWindowJudgement {
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly daysRecorded: number;
  readonly complete: boolean;
  /** Recorded days still needed for the window to be complete (0 when it is; config `minRecordedDays`). */
  readonly daysNeeded: number;
  readonly anyHeadacheDays: CountAgainstThreshold;
  readonly migraineDays: CountAgainstThreshold;
  /** Whether the window meets both thresholds; null when it is incomplete (not judged, §3). */
  readonly meets: boolean | null;
}

export interface ChronicMigraineDecision {
  readonly status: ChronicMigraineStatus;
  /** Reason codes, then one line per window for people. */
  readonly reasons: readonly string[];
  /** W1-W3 as judged (an extra field the contract welcomes: the evidence beside the verdict). */
  readonly windows: readonly ChronicWindowJudgement[];
}

export interface ChronicMigraineInput {
  /** The assessment's windows, W1 first (at least W1-W3, as `windowsAsOf` gives). */
  readonly windows: readonly WindowCounts[];
  readonly asOf: PlainDate;
  readonly history?: PatientHistory | undefined;
  readonly settings: PathwaySettings;
}

/**
 * Whether a window meets both ICHD-3 1.3 thresholds (15 days with any headache, 8 migraine days).
 * @example meetsChronicThresholds({ anyHeadacheDays: 15, migraineDays: 8, ... }) // true
 */
export function meetsChronicThresholds(window: Pick<WindowCounts, "anyHeadacheDays" | "migraineDays">): boolean {
  return window.anyHeadacheDays >= CHRONIC_MIN_ANY_HEADACHE_DAYS && window.migraineDays >= CHRONIC_MIN_MIGRAINE_DAYS;
}

/**
 * One window against the ICHD-3 1.3 thresholds, with the days it still needs to be judged.
 * @example judgeChronicWindow({ daysRecorded: 28, complete: true, anyHeadacheDays: 16, migraineDays: 9, ... }, DEFAULT_SETTINGS).meets // true
 */
export function judgeChronicWindow(window: WindowCounts, settings: Pick<PathwaySettings, "minRecordedDays">): ChronicWindowJudgement {
  const against = (days: number, minDays: number): CountAgainstThreshold => ({ days, minDays, reaches: days >= minDays });
  return {
    start: window.start,
    end: window.end,
    daysRecorded: window.daysRecorded,
    complete: window.complete,
    daysNeeded: Math.max(0, settings.minRecordedDays - window.daysRecorded),
    anyHeadacheDays: against(window.anyHeadacheDays, CHRONIC_MIN_ANY_HEADACHE_DAYS),
    migraineDays: against(window.migraineDays, CHRONIC_MIN_MIGRAINE_DAYS),
    meets: window.complete ? meetsChronicThresholds(window) : null,
  };
}

/**
 * Judges chronic migraine from W1-W3 and the attested history (pathway-rules §3): met when
 * the three windows are complete and each meets both thresholds, or when chronic migraine is
 * attested since on or before `A - attestedHistoryMinDays` and W1 is complete and meets them;
 * not-met when a complete window among W1-W3 misses a threshold; else insufficient-data.
 * @example assessChronicMigraine({ windows: windowsAsOf(diary, asOf, ctx), asOf, settings }).status // "met"
 */
export function assessChronicMigraine(input: ChronicMigraineInput): ChronicMigraineDecision {
  const { asOf, history, settings } = input;
  const firstThree = input.windows.slice(0, 3);
  if (firstThree.length < 3) throw new RangeError("chronic migraine needs the windows W1-W3");
  const [w1] = firstThree as [WindowCounts, WindowCounts, WindowCounts];
  const lines = firstThree.map((window, index) => describeWindow(window, index + 1));
  const windows = firstThree.map((window) => judgeChronicWindow(window, settings));

  const latestAttestation = addDays(asOf, -settings.attestedHistoryMinDays);
  const since = history?.chronicMigraineSince;
  const attested = since !== undefined && since <= latestAttestation;

  if (firstThree.every((w) => w.complete && meetsChronicThresholds(w))) {
    return { status: "met", reasons: [CHRONIC_MIGRAINE_REASONS.threeWindowsMeet, ...lines], windows };
  }
  if (attested && w1.complete && meetsChronicThresholds(w1)) {
    return {
      status: "met",
      reasons: [CHRONIC_MIGRAINE_REASONS.attestedHistory, `chronic migraine attested since ${since}, on or before ${latestAttestation}`, ...lines],
      windows,
    };
  }
  const codes: string[] = [];
  if (firstThree.some((w) => w.complete && !meetsChronicThresholds(w))) codes.push(CHRONIC_MIGRAINE_REASONS.windowBelowThreshold);
  if (firstThree.some((w) => !w.complete)) codes.push(CHRONIC_MIGRAINE_REASONS.windowIncomplete);
  if (since !== undefined && !attested) codes.push(CHRONIC_MIGRAINE_REASONS.attestationTooRecent);
  const status: ChronicMigraineStatus = codes.includes(CHRONIC_MIGRAINE_REASONS.windowBelowThreshold) ? "not-met" : "insufficient-data";
  return { status, reasons: [...codes, ...lines], windows };
}

function describeWindow(window: WindowCounts, n: number): string {
  const completeness = window.complete ? "complete" : "incomplete";
  return `W${n} ${window.start}..${window.end}: ${window.daysRecorded} days recorded (${completeness}), ` +
    `${window.anyHeadacheDays} with any headache (needs ${CHRONIC_MIN_ANY_HEADACHE_DAYS}), ` +
    `${window.migraineDays} migraine days (needs ${CHRONIC_MIN_MIGRAINE_DAYS})`;
}
