/**
 * The outcomes document's charts (issue 10 §3): the clinic's figures beside the published ones,
 * with the cohort sizes under each and who was left out and why. Figures from the cohort
 * (src/domain/outcomes/cohort-tally.ts), published values from cohort-comparators.ts.
 */
import {
  PROTOCOL_INTERVAL_NOTE, PUBLISHED_CHANGE_IN_HEADACHE_DAYS, PUBLISHED_LATE_INTERVAL_PATIENTS, PUBLISHED_RESPONDER_50,
  PUBLISHED_BASELINE_HEADACHE_DAYS, PUBLISHED_SIDE_EFFECTS, RESPONDER_30_NOTE, publishedTreatmentRate, type PublishedFigure,
} from "#domain/outcomes/cohort-comparators.ts";
import type { CohortFigures, SymptomFigures } from "#domain/outcomes/cohort-tally.ts";
import { roundHalfAwayFromZero } from "#domain/outcomes/rounding.ts";
import type { ResponseExclusion } from "#domain/outcomes/cohort-patient.ts";
import type { OutcomesBar, OutcomesChart } from "./outcomes-model.ts";
import { decimal, meanText, percent, percentValue, plural, symptomWords } from "./outcomes-format.ts";

/** Why a treated patient has no two-cycle figure, in words. */
export const EXCLUSION_WORDS: Readonly<Record<ResponseExclusion, string>> = {
  "too-early": "not yet at the two-cycle point",
  "baseline-incomplete": "baseline incomplete (fewer than 20 of 28 days recorded)",
  "baseline-without-headache-days": "no headache days at baseline",
  "evaluation-window-incomplete": "evaluation window incomplete",
};

/** A published figure as a bar. */
function publishedBar(figure: PublishedFigure, unit: "percent" | "days"): OutcomesBar {
  const text = unit === "percent" ? `${decimal(figure.value)}%` : `${decimal(figure.value)} days`;
  return { label: figure.label, value: figure.value, text, kind: figure.arm, unverified: !figure.verified };
}

/** The line under a response chart: n and who is left out, by reason. */
export function responseCohortLines(figures: CohortFigures): string[] {
  const { response } = figures;
  const left = (Object.entries(response.excluded) as [ResponseExclusion, number][]).filter(([, n]) => n > 0).map(([reason, n]) => `${n} ${EXCLUSION_WORDS[reason]}`);
  return [
    `Clinic: n = ${response.evaluated} evaluated at two cycles of ${plural(figures.patientsTreated, "treated patient")}.`,
    left.length === 0 ? "None left out." : `Left out: ${left.join("; ")}.`,
  ];
}

function respondersChart(figures: CohortFigures): OutcomesChart {
  const { responder30, responder50 } = figures.response;
  const none = figures.response.evaluated === 0 ? "no patient evaluated yet" : null;
  return {
    title: "Responders at the two-cycle point (headache days)",
    unit: "percent",
    bars: [
      { label: "Clinic, ≥ 30% fewer", value: percentValue(responder30), text: none ?? `${percent(responder30)} (${responder30.count} of ${responder30.of})`, kind: "clinic", unverified: false },
      { label: "Clinic, ≥ 50% fewer", value: percentValue(responder50), text: none ?? `${percent(responder50)} (${responder50.count} of ${responder50.of})`, kind: "clinic", unverified: false },
      ...PUBLISHED_RESPONDER_50.map((figure) => publishedBar({ ...figure, label: figure.label.replace("PREEMPT pooled, ", "PREEMPT ≥ 50%, ") }, "percent")),
    ],
    cohort: responseCohortLines(figures),
    note: RESPONDER_30_NOTE,
  };
}

function changeChart(figures: CohortFigures): OutcomesChart {
  const { changeInHeadacheDays, baselineHeadacheDays } = figures.response;
  const preemptBaseline = PUBLISHED_BASELINE_HEADACHE_DAYS[0] as PublishedFigure;
  return {
    title: "Mean change in headache days per 28 days, two cycles",
    unit: "days",
    bars: [
      {
        label: "Clinic",
        value: changeInHeadacheDays.mean === null ? null : roundHalfAwayFromZero(changeInHeadacheDays.mean, 1),
        text: changeInHeadacheDays.mean === null ? "no patient evaluated yet" : `${meanText(changeInHeadacheDays)} days (n = ${changeInHeadacheDays.n})`,
        kind: "clinic", unverified: false,
      },
      ...PUBLISHED_CHANGE_IN_HEADACHE_DAYS.map((figure) => publishedBar(figure, "days")),
    ],
    cohort: [
      ...responseCohortLines(figures),
      `Baseline mean: clinic ${meanText(baselineHeadacheDays)} headache days; PREEMPT ${decimal(preemptBaseline.value)}.`,
    ],
    note: "Placebo alone lowered headache days by 6.6 in PREEMPT: part of any change is not the drug's.",
  };
}

function intervalsChart(figures: CohortFigures): OutcomesChart {
  const { onTime, patientsWithLateInterval, patientsWithoutInterval } = figures.intervals;
  const late = figures.nextLateDays;
  return {
    title: `Treatment intervals (on time: ≤ ${late} days)`,
    unit: "percent",
    bars: [
      { label: "Clinic, intervals on time", value: percentValue(onTime), text: onTime.of === 0 ? "no interval in the range" : `${percent(onTime)} (${onTime.count} of ${onTime.of})`, kind: "clinic", unverified: false },
      {
        label: `Clinic, patients with an interval > ${late} days`, value: percentValue(patientsWithLateInterval),
        text: patientsWithLateInterval.of === 0 ? "no interval in the range" : `${percent(patientsWithLateInterval)} (${patientsWithLateInterval.count} of ${patientsWithLateInterval.of})`,
        kind: "clinic", unverified: false,
      },
      ...PUBLISHED_LATE_INTERVAL_PATIENTS.map((figure) => publishedBar(figure, "percent")),
    ],
    cohort: [
      `Clinic: n = ${plural(onTime.of, "interval")} ending in the range, mean ${meanText(figures.intervals.meanDays)} days; ${plural(patientsWithLateInterval.of, "patient")} with one.`,
      patientsWithoutInterval === 0 ? "None left out." : `Left out: ${plural(patientsWithoutInterval, "patient")} with no interval ending in the range (one session so far).`,
    ],
    note: `${PROTOCOL_INTERVAL_NOTE} REPOSE counted gaps over 24 months; a shorter range has fewer chances of one.`,
  };
}

/** Symptoms the chart and table show: those reported in the range and those with a published rate. */
export function shownSymptoms(figures: CohortFigures): SymptomFigures[] {
  return figures.sideEffects.filter((s) => s.patients.count > 0 || PUBLISHED_SIDE_EFFECTS[s.symptom] !== undefined);
}

function sideEffectsChart(figures: CohortFigures): OutcomesChart {
  const bars = shownSymptoms(figures).flatMap((s): OutcomesBar[] => {
    const published = publishedTreatmentRate(s.symptom);
    const clinic: OutcomesBar = {
      label: `Clinic, ${symptomWords(s.symptom)}`, value: percentValue(s.patients),
      text: s.patients.of === 0 ? "no patient treated" : `${percent(s.patients)} (${s.patients.count} of ${s.patients.of})`, kind: "clinic", unverified: false,
    };
    return published === null ? [clinic] : [clinic, publishedBar(published, "percent")];
  });
  return {
    title: "Side effects per patient, by symptom",
    unit: "percent",
    bars,
    cohort: [
      `Clinic: n = ${plural(figures.patientsTreated, "treated patient")}; a patient counts once per symptom, after a session in the range (${plural(figures.sessions, "session")} in it).`,
      "Published: PREEMPT's pooled 24 weeks (two cycles); the label's table is recalled, not read (marked *).",
    ],
    note: "Patients report side effects when they choose to; trials ask at every visit. A lower clinic rate may be under-reporting.",
  };
}

/** The four charts, in the order the page shows them. */
export function outcomesCharts(figures: CohortFigures): OutcomesChart[] {
  return [respondersChart(figures), changeChart(figures), intervalsChart(figures), sideEffectsChart(figures)];
}
