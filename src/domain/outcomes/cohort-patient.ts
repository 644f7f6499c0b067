/**
 * One patient's part in a clinic's outcomes over a date range (issue 10 §3; docs/reports.md,
 * "Clinic outcomes"): the sessions in the range, the intervals that end on them, the response at
 * the two-cycle point and the side effects after them. Every clinical figure comes from the
 * domain's own rules (the assessment, §7's on-time interval, §8's response); nothing is
 * re-derived here. Pure: the range, the as-of date, policy and settings are parameters.
 */
import { assess, recordAsOf } from "../assess/assess.ts";
import { daysBetween, type PlainDate } from "../shared/plain-date.ts";
import type { PatientRecord, PolicyId, SymptomCode } from "../shared/record.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import { sessionTotalUnits } from "../injections/session-units.ts";
import { onTimeRate } from "../scheduling/treatment-schedule.ts";
import { assessResponse, type ResponseAssessment } from "./assess-response.ts";
import type { Recommendation } from "./continuation.ts";

/** What a cohort is counted over: sessions dated in `[from, to]` and on or before `asOf`, judged as of `asOf`. */
export interface CohortOptions {
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** The date the figures are as of (`to`, or today when `to` is later); nothing after it counts (§1). */
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  readonly settings: PathwaySettings;
}

/** Why a treated patient has no two-cycle figure (the response's status and first reason, §8). */
export type ResponseExclusion = "too-early" | "baseline-incomplete" | "baseline-without-headache-days" | "evaluation-window-incomplete";

/** The response at the two-cycle point, as the domain judged it. */
export type PatientResponse =
  | {
      readonly evaluated: true;
      readonly baselineHeadacheDays: number;
      readonly evaluationHeadacheDays: number;
      readonly responder30: boolean;
      readonly responder50: boolean;
      /** The policy's advice as of `asOf` (EHF may have moved on to its three-cycle evaluation). */
      readonly recommendation: Recommendation;
    }
  | { readonly evaluated: false; readonly exclusion: ResponseExclusion };

/** One interval between consecutive sessions that ends on a session in the range (§7). */
export interface CohortInterval {
  readonly days: number;
  /** At most `nextLateDays` (91 by default): on time. */
  readonly onTime: boolean;
}

/** One treated patient's part; null from {@link patientOutcome} when not treated in the range. */
export interface PatientOutcome {
  /** Sessions in the range, at least one. */
  readonly sessions: number;
  /** The patient's first session ever is in the range (a new patient). */
  readonly startedInRange: boolean;
  /** Units given in each session in the range (§6: positive sites summed). */
  readonly unitsPerSession: readonly number[];
  readonly intervals: readonly CohortInterval[];
  readonly response: PatientResponse;
  /** Per symptom: how many of the patient's sessions in the range were followed by a report of it. */
  readonly sessionsWithSymptom: ReadonlyMap<SymptomCode, number>;
}

/**
 * The response at the two-cycle point (§8): the assessment's own when it reports the two-cycle
 * evaluation; under EHF, once a review has run on to the three-cycle point, the assessment
 * reports that one instead, so the two-cycle figures are asked of `assessResponse` under a policy
 * that always reports them (the reduction and the 30% and 50% flags do not depend on the policy).
 */
function twoCycleResponse(record: PatientRecord, assessed: ResponseAssessment, options: CohortOptions): ResponseAssessment {
  if (assessed.evaluationPoint !== "three-cycles") return assessed;
  return assessResponse({
    policy: "us-label",
    asOf: options.asOf,
    diary: record.diary,
    sessions: record.treatments,
    context: { birthDate: record.patient.birthDate, settings: options.settings },
  });
}

const EXCLUSION_OF_REASON: Readonly<Record<string, ResponseExclusion>> = {
  baseline_incomplete: "baseline-incomplete",
  baseline_without_headache_days: "baseline-without-headache-days",
  too_early: "too-early",
  evaluation_window_incomplete: "evaluation-window-incomplete",
};

function toPatientResponse(twoCycle: ResponseAssessment, recommendation: Recommendation | null): PatientResponse {
  if (twoCycle.status === "evaluated") {
    return {
      evaluated: true,
      baselineHeadacheDays: twoCycle.baselineHeadacheDays as number,
      evaluationHeadacheDays: twoCycle.evaluationHeadacheDays as number,
      responder30: twoCycle.responder30 === true,
      responder50: twoCycle.responder50 === true,
      recommendation: recommendation ?? "continue",
    };
  }
  const exclusion = EXCLUSION_OF_REASON[twoCycle.reasons[0] ?? ""];
  // A treated patient always has a session on or before asOf, so "no-treatment" cannot reach here.
  if (exclusion === undefined) throw new RangeError(`unexpected response status ${twoCycle.status} for a treated patient`);
  return { evaluated: false, exclusion };
}

/**
 * A patient's part in the cohort, or null when no session of theirs is in `[from, to]` on or
 * before `asOf`. Intervals end on a session in the range (the one before may be earlier); a
 * side-effect report belongs to the latest session on or before its date, and counts when that
 * session is in the range.
 * @example patientOutcome(record, { from: plainDate("2026-01-01"), to: plainDate("2026-06-30"),
 *   asOf: plainDate("2026-06-30"), policy: "us-label", settings: DEFAULT_SETTINGS })?.sessions // 3
 */
export function patientOutcome(fullRecord: PatientRecord, options: CohortOptions): PatientOutcome | null {
  const record = recordAsOf(fullRecord, options.asOf);
  const sessions = [...record.treatments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const inRange = (date: PlainDate) => date >= options.from && date <= options.to;
  const indexes = sessions.flatMap((session, index) => (inRange(session.date) ? [index] : []));
  if (indexes.length === 0) return null;

  const intervals = indexes.flatMap((index): CohortInterval[] => {
    const previous = sessions[index - 1];
    const current = sessions[index];
    if (previous === undefined || current === undefined) return [];
    // §7's on-time rule, asked of the schedule's own function for this one interval.
    return [{ days: daysBetween(previous.date, current.date), onTime: onTimeRate([previous.date, current.date], options.settings.nextLateDays) === 1 }];
  });

  const assessment = assess(record, { asOf: options.asOf, policy: options.policy, settings: options.settings });
  const response = toPatientResponse(twoCycleResponse(record, assessment.response, options), assessment.response.recommendation);

  const symptomSessions = new Map<SymptomCode, Set<number>>();
  for (const report of record.sideEffectReports) {
    let owner = -1;
    for (let index = 0; index < sessions.length && sessions[index]!.date <= report.date; index += 1) owner = index;
    if (owner < 0 || !inRange(sessions[owner]!.date)) continue;
    for (const symptom of report.symptoms) {
      const owners = symptomSessions.get(symptom) ?? new Set<number>();
      owners.add(owner);
      symptomSessions.set(symptom, owners);
    }
  }

  return {
    sessions: indexes.length,
    startedInRange: indexes[0] === 0,
    unitsPerSession: indexes.map((index) => sessionTotalUnits(sessions[index]!.injections)),
    intervals,
    response,
    sessionsWithSymptom: new Map([...symptomSessions].map(([symptom, owners]) => [symptom, owners.size])),
  };
}
