/**
 * Validation of one treatment session (pathway-rules §6): every problem with its code and
 * severity; `valid` is false exactly when an error exists. An override reason clears only
 * `interval_too_short`, never another problem.
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { OtherToxinDose, TreatmentSession } from "../shared/record.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import { cumulativeToxinUnits } from "../scheduling/cumulative-dose.ts";
import { intervalSincePreviousSession } from "../scheduling/session-interval.ts";
import { countOf, injectionProblem, type InjectionProblem } from "./injection-problem.ts";
import { siteCountProblems } from "./site-count-problems.ts";
import { sessionSiteProblems } from "./site-problems.ts";
import { sessionTotalUnits } from "./session-units.ts";

/** What session validation reads from settings. */
export type SessionSettings = Pick<PathwaySettings, "maxSessionUnits" | "cumulativeDoseWindowDays" | "cumulativeDoseMaxUnits" | "minIntervalDays">;

/** The patient's other toxin history, against which a session is checked. */
export interface SessionHistory {
  /** The patient's other sessions, in any order; those after this session's date are ignored. */
  readonly otherSessions: readonly TreatmentSession[];
  /** Botulinum toxin for other indications; those after this session's date are ignored. */
  readonly otherToxinDoses: readonly OtherToxinDose[];
}

/** One entry of the assessment's `injectionChecks`. */
export interface InjectionCheck {
  readonly date: PlainDate;
  readonly totalUnits: number;
  /** Injection records, one record being one site. */
  readonly sites: number;
  readonly valid: boolean;
  readonly problems: readonly InjectionProblem[];
  /** Extra field: the interval was too short and a non-blank override reason cleared it. */
  readonly intervalOverridden: boolean;
}

/**
 * Whether a session carries an override reason that is not blank (only spaces count as blank).
 * @example hasOverrideReason({ date: "2026-02-01", overrideReason: "  ", injections: [] }) // false
 */
export function hasOverrideReason(session: TreatmentSession): boolean {
  return typeof session.overrideReason === "string" && session.overrideReason.trim() !== "";
}

function totalProblems(totalUnits: number, settings: SessionSettings): InjectionProblem[] {
  if (totalUnits <= settings.maxSessionUnits) return [];
  return [injectionProblem("total_above_max", `session total ${totalUnits} U is above the maximum of ${settings.maxSessionUnits} U per session`)];
}

function cumulativeProblems(session: TreatmentSession, totalUnits: number, history: SessionHistory, settings: SessionSettings): InjectionProblem[] {
  const sessionDoses = history.otherSessions.map((s) => ({ date: s.date, units: sessionTotalUnits(s.injections) }));
  const earlier = cumulativeToxinUnits(session.date, sessionDoses, settings.cumulativeDoseWindowDays);
  const other = cumulativeToxinUnits(session.date, history.otherToxinDoses, settings.cumulativeDoseWindowDays);
  const total = totalUnits + earlier.totalUnits + other.totalUnits;
  if (total <= settings.cumulativeDoseMaxUnits) return [];
  const window = `${earlier.windowStart} to ${earlier.windowEnd}, ${countOf(settings.cumulativeDoseWindowDays, "day")}`;
  const parts = `this session ${totalUnits} U, earlier sessions ${earlier.totalUnits} U, other indications ${other.totalUnits} U`;
  return [injectionProblem("cumulative_dose_exceeded", `${total} U of botulinum toxin from ${window} (${parts}); the limit is ${settings.cumulativeDoseMaxUnits} U`)];
}

function intervalProblems(session: TreatmentSession, history: SessionHistory, settings: SessionSettings): { problems: InjectionProblem[]; overridden: boolean } {
  const interval = intervalSincePreviousSession(session.date, history.otherSessions.map((s) => s.date), settings.minIntervalDays);
  if (interval === null || !interval.tooShort) return { problems: [], overridden: false };
  if (hasOverrideReason(session)) return { problems: [], overridden: true };
  const message = `${countOf(interval.days, "day")} since the previous session on ${interval.previousDate}; the minimum is ${settings.minIntervalDays} days unless an override reason is recorded`;
  return { problems: [injectionProblem("interval_too_short", message)], overridden: false };
}

/**
 * Checks a session against the PREEMPT table, the session maximum, the cumulative dose and the
 * interval since the previous session.
 * @example validateSession({ date: plainDate("2026-02-01"), injections: preemptFixedInjections() }, { otherSessions: [], otherToxinDoses: [] }, DEFAULT_SETTINGS)
 * // { date: "2026-02-01", totalUnits: 155, sites: 31, valid: true, problems: [], intervalOverridden: false }
 */
export function validateSession(session: TreatmentSession, history: SessionHistory, settings: SessionSettings): InjectionCheck {
  const totalUnits = sessionTotalUnits(session.injections);
  const interval = intervalProblems(session, history, settings);
  const problems = [
    ...sessionSiteProblems(session.injections),
    ...siteCountProblems(session.injections),
    ...totalProblems(totalUnits, settings),
    ...cumulativeProblems(session, totalUnits, history, settings),
    ...interval.problems,
  ];
  return {
    date: session.date,
    totalUnits,
    sites: session.injections.length,
    valid: !problems.some((problem) => problem.severity === "error"),
    problems,
    intervalOverridden: interval.overridden,
  };
}
