/**
 * A clinic's outcomes over a date range (issue 10 §3; docs/reports.md, "Clinic outcomes"):
 * patients' parts ({@link patientOutcome}) added up one at a time, so a caller can stream a
 * clinic patient by patient without holding every record, then turned into figures, each with
 * the number it is out of and who is left out of it and why. Rates and means stay unrounded;
 * the report rounds them for people (rounding.ts).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import { SYMPTOM_CODES, type PatientRecord, type PolicyId, type SymptomCode } from "../shared/record.ts";
import { SYMPTOM_LEVEL, type TriageLevel } from "../triage/triage-levels.ts";
import type { Recommendation } from "./continuation.ts";
import { patientOutcome, type CohortOptions, type PatientOutcome, type ResponseExclusion } from "./cohort-patient.ts";

/** A count out of a number; `rate` is `count / of`, unrounded, in [0, 1], null when `of` is 0. */
export interface CohortRate {
  readonly count: number;
  readonly of: number;
  readonly rate: number | null;
}

/** A mean over `n` values, unrounded; null when `n` is 0. */
export interface CohortMean {
  readonly n: number;
  readonly mean: number | null;
}

export const RESPONSE_EXCLUSIONS: readonly ResponseExclusion[] = ["too-early", "baseline-incomplete", "baseline-without-headache-days", "evaluation-window-incomplete"];
const RECOMMENDATIONS: readonly Recommendation[] = ["continue", "review", "pause", "stop"];

/** The running sums; start from {@link emptyTally}. */
export interface CohortTally {
  readonly recordsRead: number;
  readonly patients: number;
  readonly patientsStarting: number;
  readonly sessions: number;
  readonly units: number;
  readonly intervals: number;
  readonly intervalsOnTime: number;
  readonly intervalDays: number;
  readonly patientsWithInterval: number;
  readonly patientsWithLateInterval: number;
  readonly evaluated: number;
  readonly excluded: Readonly<Record<ResponseExclusion, number>>;
  readonly responders30: number;
  readonly responders50: number;
  readonly baselineDays: number;
  readonly evaluationDays: number;
  readonly recommendations: Readonly<Record<Recommendation, number>>;
  /** Per symptom: patients with it after a session in the range, and such sessions. */
  readonly symptomPatients: Readonly<Partial<Record<SymptomCode, number>>>;
  readonly symptomSessions: Readonly<Partial<Record<SymptomCode, number>>>;
}

/**
 * Nothing counted yet.
 * @example emptyTally().patients // 0
 */
export function emptyTally(): CohortTally {
  return {
    recordsRead: 0, patients: 0, patientsStarting: 0, sessions: 0, units: 0,
    intervals: 0, intervalsOnTime: 0, intervalDays: 0, patientsWithInterval: 0, patientsWithLateInterval: 0,
    evaluated: 0, excluded: zeroes(RESPONSE_EXCLUSIONS), responders30: 0, responders50: 0, baselineDays: 0, evaluationDays: 0,
    recommendations: zeroes(RECOMMENDATIONS), symptomPatients: {}, symptomSessions: {},
  };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

const plusOne = <K extends string>(counts: Readonly<Record<K, number>>, key: K): Record<K, number> => ({ ...counts, [key]: counts[key] + 1 });

/**
 * The tally with one more record read: its patient's part added when treated in the range
 * (`outcome` null: read, not treated).
 * @example addToTally(emptyTally(), null).recordsRead // 1
 */
export function addToTally(tally: CohortTally, outcome: PatientOutcome | null): CohortTally {
  const read = { ...tally, recordsRead: tally.recordsRead + 1 };
  if (outcome === null) return read;
  const { response, intervals } = outcome;
  const symptomPatients = { ...tally.symptomPatients };
  const symptomSessions = { ...tally.symptomSessions };
  for (const [symptom, sessions] of outcome.sessionsWithSymptom) {
    if (sessions <= 0) continue;
    symptomPatients[symptom] = (symptomPatients[symptom] ?? 0) + 1;
    symptomSessions[symptom] = (symptomSessions[symptom] ?? 0) + sessions;
  }
  return {
    ...read,
    patients: tally.patients + 1,
    patientsStarting: tally.patientsStarting + (outcome.startedInRange ? 1 : 0),
    sessions: tally.sessions + outcome.sessions,
    units: tally.units + outcome.unitsPerSession.reduce((sum, units) => sum + units, 0),
    intervals: tally.intervals + intervals.length,
    intervalsOnTime: tally.intervalsOnTime + intervals.filter((interval) => interval.onTime).length,
    intervalDays: tally.intervalDays + intervals.reduce((sum, interval) => sum + interval.days, 0),
    patientsWithInterval: tally.patientsWithInterval + (intervals.length > 0 ? 1 : 0),
    patientsWithLateInterval: tally.patientsWithLateInterval + (intervals.some((interval) => !interval.onTime) ? 1 : 0),
    evaluated: tally.evaluated + (response.evaluated ? 1 : 0),
    excluded: response.evaluated ? tally.excluded : plusOne(tally.excluded, response.exclusion),
    responders30: tally.responders30 + (response.evaluated && response.responder30 ? 1 : 0),
    responders50: tally.responders50 + (response.evaluated && response.responder50 ? 1 : 0),
    baselineDays: tally.baselineDays + (response.evaluated ? response.baselineHeadacheDays : 0),
    evaluationDays: tally.evaluationDays + (response.evaluated ? response.evaluationHeadacheDays : 0),
    recommendations: response.evaluated ? plusOne(tally.recommendations, response.recommendation) : tally.recommendations,
    symptomPatients,
    symptomSessions,
  };
}

/** One symptom's rates: per patient (treated patients with it) and per session (sessions followed by it). */
export interface SymptomFigures {
  readonly symptom: SymptomCode;
  readonly level: TriageLevel;
  readonly patients: CohortRate;
  readonly sessions: CohortRate;
}

/** The figures of the report, each with its n. */
export interface CohortFigures {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  /** §7's on-time limit the intervals were judged by. */
  readonly nextLateDays: number;
  /** Records read, treated in the range or not. */
  readonly recordsRead: number;
  /** Patients with at least one session in the range: every figure below is out of them. */
  readonly patientsTreated: number;
  /** Of them, those whose first session ever is in the range. */
  readonly patientsStarting: number;
  readonly sessions: number;
  readonly sessionsPerPatient: CohortMean;
  readonly unitsPerSession: CohortMean;
  readonly intervals: {
    /** Intervals ending on a session in the range that are at most `nextLateDays` long. */
    readonly onTime: CohortRate;
    readonly meanDays: CohortMean;
    /** Treated patients with no interval ending in the range (their only session so far, or their first). */
    readonly patientsWithoutInterval: number;
    /** Patients with at least one interval over `nextLateDays` (REPOSE's "gap over 13 weeks"), out of those with an interval. */
    readonly patientsWithLateInterval: CohortRate;
  };
  readonly response: {
    readonly evaluated: number;
    /** Treated patients without a two-cycle figure, by reason; with `evaluated` they sum to `patientsTreated`. */
    readonly excluded: Readonly<Record<ResponseExclusion, number>>;
    readonly responder30: CohortRate;
    readonly responder50: CohortRate;
    readonly baselineHeadacheDays: CohortMean;
    readonly evaluationHeadacheDays: CohortMean;
    /** Evaluation minus baseline headache days, per patient, averaged: negative is fewer. */
    readonly changeInHeadacheDays: CohortMean;
    /** The policy's advice as of `asOf` for the evaluated patients. */
    readonly recommendations: Readonly<Record<Recommendation, number>>;
  };
  /** Every symptom code, in the order of pathway-rules §10. */
  readonly sideEffects: readonly SymptomFigures[];
}

const rate = (count: number, of: number): CohortRate => ({ count, of, rate: of === 0 ? null : count / of });
const mean = (sum: number, n: number): CohortMean => ({ n, mean: n === 0 ? null : sum / n });

/**
 * The figures of a tally.
 * @example cohortFigures(emptyTally(), options).response.responder50 // { count: 0, of: 0, rate: null }
 */
export function cohortFigures(tally: CohortTally, options: CohortOptions): CohortFigures {
  const { evaluated } = tally;
  return {
    from: options.from,
    to: options.to,
    asOf: options.asOf,
    policy: options.policy,
    nextLateDays: options.settings.nextLateDays,
    recordsRead: tally.recordsRead,
    patientsTreated: tally.patients,
    patientsStarting: tally.patientsStarting,
    sessions: tally.sessions,
    sessionsPerPatient: mean(tally.sessions, tally.patients),
    unitsPerSession: mean(tally.units, tally.sessions),
    intervals: {
      onTime: rate(tally.intervalsOnTime, tally.intervals),
      meanDays: mean(tally.intervalDays, tally.intervals),
      patientsWithoutInterval: tally.patients - tally.patientsWithInterval,
      patientsWithLateInterval: rate(tally.patientsWithLateInterval, tally.patientsWithInterval),
    },
    response: {
      evaluated,
      excluded: tally.excluded,
      responder30: rate(tally.responders30, evaluated),
      responder50: rate(tally.responders50, evaluated),
      baselineHeadacheDays: mean(tally.baselineDays, evaluated),
      evaluationHeadacheDays: mean(tally.evaluationDays, evaluated),
      changeInHeadacheDays: mean(tally.evaluationDays - tally.baselineDays, evaluated),
      recommendations: tally.recommendations,
    },
    sideEffects: SYMPTOM_CODES.map((symptom) => ({
      symptom,
      level: SYMPTOM_LEVEL[symptom],
      patients: rate(tally.symptomPatients[symptom] ?? 0, tally.patients),
      sessions: rate(tally.symptomSessions[symptom] ?? 0, tally.sessions),
    })),
  };
}

/**
 * The figures of a whole list of records at once (tests, small clinics); the command line
 * streams instead with {@link addToTally}.
 * @example clinicCohort([record], { from, to, asOf, policy: "us-label", settings: DEFAULT_SETTINGS }).patientsTreated // 1
 */
export function clinicCohort(records: Iterable<PatientRecord>, options: CohortOptions): CohortFigures {
  let tally = emptyTally();
  for (const record of records) tally = addToTally(tally, patientOutcome(record, options));
  return cohortFigures(tally, options);
}
