/**
 * The clinic outcomes document's content (issue 10 §3, document 3) from the cohort's figures
 * (src/domain/outcomes/cohort-tally.ts): the headline figures, the charts beside the published
 * ones, the side-effect table, each figure's definition with who is left out, the sources, and
 * the plain statement that a clinic cohort is not a trial. No figure is computed here; numbers
 * are only rounded for print (outcomes-format.ts).
 */
import { PUBLISHED_SIDE_EFFECTS, REPOSE_SESSIONS, type PublishedFigure } from "#domain/outcomes/cohort-comparators.ts";
import type { CohortFigures } from "#domain/outcomes/cohort-tally.ts";
import { RULES_VERSION } from "#domain/shared/settings.ts";
import { POLICY_NAMES, RECOMMENDATION_WORDS } from "../summary/summary-labels.ts";
import { outcomesCharts, shownSymptoms } from "./outcomes-charts.ts";
import { countOf, decimal, meanText, percent, plural, symptomWords } from "./outcomes-format.ts";
import type { OutcomesContent, OutcomesSideEffectRow, OutcomesTile } from "./outcomes-model.ts";
import * as comparators from "#domain/outcomes/cohort-comparators.ts";

/** What the document says about the clinic besides its figures. */
export interface OutcomesMeta {
  /** The clinic's name, or where the records came from. */
  readonly clinicName: string;
}

export const NOT_A_TRIAL = "A clinic cohort is not a trial.";

/** The plain statement, first in the document after the headline figures. */
export const STATEMENT: readonly string[] = [
  NOT_A_TRIAL,
  "PREEMPT randomised selected adults to onabotulinumtoxinA or placebo, treated them by a fixed protocol and collected a daily diary by telephone; REPOSE observed routine care in seven countries. " +
    "The figures here are this clinic's own patients as they came: no placebo group, diaries kept as patients kept them, and patients left out where a figure could not be computed. " +
    "Who is treated, how days are recorded and who is missing can move the clinic's figures above or below the published ones for reasons that have nothing to do with the treatment. " +
    "The published figures are context, not a target or a test of the clinic's care.",
];

function tiles(figures: CohortFigures): OutcomesTile[] {
  const { response, intervals } = figures;
  const evaluatedOf = `n = ${response.evaluated} evaluated of ${figures.patientsTreated} treated`;
  return [
    { figure: String(figures.patientsTreated), caption: "patients treated", cohort: `${figures.patientsStarting} new in the range` },
    { figure: String(figures.sessions), caption: "sessions (cycles)", cohort: `${meanText(figures.sessionsPerPatient)} per patient; ${meanText(figures.unitsPerSession)} U each` },
    { figure: percent(intervals.onTime), caption: `intervals on time (≤ ${figures.nextLateDays} days)`, cohort: `n = ${plural(intervals.onTime.of, "interval")}` },
    { figure: percent(response.responder30), caption: "≥ 30% fewer headache days at two cycles", cohort: evaluatedOf },
    { figure: percent(response.responder50), caption: "≥ 50% fewer headache days at two cycles", cohort: evaluatedOf },
    {
      figure: response.changeInHeadacheDays.mean === null ? "—" : meanText(response.changeInHeadacheDays),
      caption: "mean change in headache days per 28 days",
      cohort: `n = ${response.changeInHeadacheDays.n}; PREEMPT −8.4 (placebo −6.6)`,
    },
  ];
}

function publishedText(figures: readonly PublishedFigure[] | undefined): string {
  if (figures === undefined) return "—";
  const mark = (figure: PublishedFigure) => `${decimal(figure.value)}%${figure.verified ? "" : "*"}`;
  const treatment = figures.find((f) => f.arm === "treatment");
  const placebo = figures.find((f) => f.arm === "placebo");
  const realWorld = figures.find((f) => f.arm === "real-world");
  const parts = [
    ...(treatment === undefined ? [] : [`PREEMPT ${mark(treatment)}${placebo === undefined ? "" : ` (placebo ${mark(placebo)})`}`]),
    ...(realWorld === undefined ? [] : [`REPOSE ${mark(realWorld)}`]),
  ];
  return parts.join("; ");
}

const LEVEL_ORDER = { red: 0, amber: 1, green: 2 } as const;

function sideEffectRows(figures: CohortFigures): OutcomesSideEffectRow[] {
  return shownSymptoms(figures)
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || b.patients.count - a.patients.count || a.symptom.localeCompare(b.symptom))
    .map((s) => ({
      symptom: symptomWords(s.symptom),
      level: s.level,
      patients: countOf(s.patients, "patients"),
      sessions: countOf(s.sessions, "sessions"),
      published: publishedText(PUBLISHED_SIDE_EFFECTS[s.symptom]),
    }));
}

function definitions(figures: CohortFigures): string[] {
  const { response } = figures;
  const advice = (Object.entries(response.recommendations) as [keyof typeof RECOMMENDATION_WORDS, number][])
    .filter(([, n]) => n > 0)
    .map(([recommendation, n]) => `${RECOMMENDATION_WORDS[recommendation]} ${n}`);
  return [
    `Treated: a patient with at least one signed session dated ${figures.from} to ${figures.to} (on or before the as-of date, ${figures.asOf}). Every figure is out of these patients or their sessions; ${plural(figures.recordsRead - figures.patientsTreated, "record")} read had no session in the range.`,
    "Sessions (cycles): sessions dated in the range. New: the patient's first session ever is in the range.",
    `On time: each interval between two consecutive sessions that ends on a session in the range (the one before may be earlier) is on time when at most ${figures.nextLateDays} days (pathway-rules §7). A patient with one session so far has no interval.`,
    "Responders: the response at the two-cycle point (pathway-rules §8), each patient as of the as-of date: headache days (≥ 4 hours) in the 28 days ending at E = min(third session − 1, first session + 167) against the 28 days before the first session; ≥ 30% and ≥ 50% compare the unrounded reduction. Left out: E after the as-of date; a baseline with fewer than 20 of 28 days recorded, or without headache days; an evaluation window with fewer than 20 days recorded. Under EHF 2018 these are the two-cycle figures, not the three-cycle evaluation that may follow a review.",
    "Change in headache days: evaluation minus baseline, per patient, averaged over those evaluated. Counts are of recorded days, not rescaled (pathway-rules §1).",
    "Side effects: a report belongs to the latest session on or before its date and counts when that session is in the range. Per patient: treated patients with at least one such report naming the symptom. Per session: sessions in the range followed by one. A report before a patient's first session is not counted.",
    `Policy: ${POLICY_NAMES[figures.policy]}. Its advice as of ${figures.asOf} for the ${plural(response.evaluated, "patient")} evaluated: ${advice.length === 0 ? "none yet" : advice.join(", ")}.`,
    `For reading the sessions: REPOSE treated ${REPOSE_SESSIONS.patients} patients with ${REPOSE_SESSIONS.sessions} sessions over ${REPOSE_SESSIONS.months} months, ${decimal(REPOSE_SESSIONS.meanUnits)} U on average (${REPOSE_SESSIONS.source}).`,
  ];
}

function sources(): string[] {
  const all = [
    ...comparators.PUBLISHED_CHANGE_IN_HEADACHE_DAYS, ...comparators.PUBLISHED_BASELINE_HEADACHE_DAYS, ...comparators.PUBLISHED_RESPONDER_50,
    ...comparators.PUBLISHED_LATE_INTERVAL_PATIENTS, ...Object.values(PUBLISHED_SIDE_EFFECTS).flat(),
  ];
  return [
    ...new Set(all.map((figure) => `${figure.source}${figure.verified ? "" : " *"}`)),
    "* Unverified: recalled in clinical-facts.md ([R]), not read in a source; check against the primary source (for side effects, the current label on DailyMed) before relying on it.",
  ];
}

/**
 * The document's content from the cohort's figures.
 * @example buildOutcomesContent(clinicCohort(records, options), { clinicName: "Demo clinic" }).statement[0] // "A clinic cohort is not a trial."
 */
export function buildOutcomesContent(figures: CohortFigures, meta: OutcomesMeta): OutcomesContent {
  return {
    clinicLine: meta.clinicName,
    from: figures.from,
    to: figures.to,
    asOf: figures.asOf,
    policyName: POLICY_NAMES[figures.policy],
    statement: STATEMENT,
    tiles: tiles(figures),
    charts: outcomesCharts(figures),
    sideEffects: {
      rows: sideEffectRows(figures),
      basis: `Per patient: out of ${plural(figures.patientsTreated, "treated patient")}; per session: out of ${plural(figures.sessions, "session")} in the range. Published rates are per patient.`,
    },
    definitions: definitions(figures),
    sources: sources(),
    footnote: `Figures by Cephalog's clinical core (pathway-rules version ${RULES_VERSION}); published figures from clinical-facts.md.`,
  };
}
