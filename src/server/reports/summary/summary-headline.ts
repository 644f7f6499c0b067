/**
 * The summary's headline: the answer to "is it working?" (issue 10 §1), from the assessment's
 * response (pathway-rules §8) when evaluated, else the last 28 days (W1) against the baseline.
 * Every figure comes from the clinical core; this file only chooses which to print and words it.
 */
import type { Assessment } from "#domain/assess/assessment.ts";
import type { WindowCounts } from "#domain/diary/window-counts.ts";
import { percentReduction } from "#domain/outcomes/continuation.ts";
import { roundHalfAwayFromZero } from "#domain/outcomes/rounding.ts";
import type { SummaryHeadline } from "./summary-model.ts";
import { countOf, POLICY_NAMES, RECOMMENDATION_WORDS, RESPONSE_REASON_WORDS, rangeWords, reductionWords } from "./summary-labels.ts";

const POINT_WORDS = { "two-cycles": "Two-cycle evaluation", "three-cycles": "Three-cycle evaluation" } as const;

/** The reason codes of a recommendation in words, e.g. "reverted to episodic (...)". */
function reasonWords(reasons: readonly string[]): string {
  const words = reasons.flatMap((reason) => {
    const known = RESPONSE_REASON_WORDS[reason];
    return known === undefined ? [] : [known];
  });
  return words.length === 0 ? "" : `: ${words.join("; ")}`;
}

/** The lines for people among the response's reasons (codes come first and have no spaces). */
function reasonLines(reasons: readonly string[]): string[] {
  return reasons.filter((reason) => reason.includes(" "));
}

function lastWindowLine(w1: WindowCounts): string {
  return `Last 28 days (${rangeWords(w1)}): ${countOf(w1.headacheDays, "headache day")}, ${countOf(w1.migraineDays, "migraine day")}, ${countOf(w1.acuteMedicationDays, "acute-medication day")}; ${w1.daysRecorded} of 28 days recorded.`;
}

/** The last 28 days against a complete baseline with headache days, as the clinical core's reduction, rounded as §8 rounds. */
function reductionSinceBaseline(baselineHeadacheDays: number | null, w1: WindowCounts): number | null {
  if (baselineHeadacheDays === null || baselineHeadacheDays <= 0 || !w1.complete) return null;
  return roundHalfAwayFromZero(percentReduction(baselineHeadacheDays, w1.headacheDays), 1);
}

/**
 * The headline of one assessment.
 * @example summaryHeadline(assessment).figure // "60% fewer"
 */
export function summaryHeadline(assessment: Assessment): SummaryHeadline {
  const { response } = assessment;
  const w1 = assessment.windows[0] as WindowCounts; // windowsAsOf always gives W1-W3
  const policyName = POLICY_NAMES[assessment.policy];

  if (response.status === "evaluated" && response.evaluationWindow !== null && response.percentReduction !== null && response.evaluationPoint !== null) {
    const evaluationDays = response.evaluationHeadacheDays as number;
    const baselineDays = response.baselineHeadacheDays as number;
    const lines = [
      `${POINT_WORDS[response.evaluationPoint]}: ${countOf(evaluationDays, "headache day")} in the evaluation window ${rangeWords(response.evaluationWindow)} against ${baselineDays} in the baseline ${rangeWords(response.baselineWindow ?? response.evaluationWindow)}.`,
      `≥ 30% fewer: ${response.responder30 === true ? "yes" : "no"} · ≥ 50% fewer: ${response.responder50 === true ? "yes" : "no"}. ${policyName} advises: ${RECOMMENDATION_WORDS[response.recommendation ?? "review"]}${reasonWords(response.reasons)}${response.reassessOn === null ? "" : `; reassess on ${response.reassessOn}`}.`,
    ];
    if (w1.end > response.evaluationWindow.end) {
      const since = reductionSinceBaseline(baselineDays, w1);
      lines.push(`${lastWindowLine(w1)}${since === null ? "" : ` ${reductionWords(since)} than at baseline.`}`);
    }
    return {
      kind: "evaluated",
      figure: reductionWords(response.percentReduction),
      figureCaption: "headache days than at baseline",
      headacheDays: evaluationDays,
      window: response.evaluationWindow,
      baselineHeadacheDays: baselineDays,
      percentReduction: response.percentReduction,
      lines,
    };
  }

  // Only once the last 28 days lie wholly after the baseline: while they share days with it, a
  // "% fewer" would mostly measure how the week fell, not the treatment (as §8 asks W3 to start
  // after the first session before "reverted to episodic").
  const since = response.baselineWindow !== null && w1.start > response.baselineWindow.end ? reductionSinceBaseline(response.baselineHeadacheDays, w1) : null;
  if (since !== null && response.baselineWindow !== null) {
    return {
      kind: "against-baseline",
      figure: reductionWords(since),
      figureCaption: "headache days than at baseline",
      headacheDays: w1.headacheDays,
      window: { start: w1.start, end: w1.end },
      baselineHeadacheDays: response.baselineHeadacheDays,
      percentReduction: since,
      lines: [
        `${lastWindowLine(w1)} Baseline (${rangeWords(response.baselineWindow)}): ${countOf(response.baselineHeadacheDays as number, "headache day")}.`,
        `Not yet the policy's evaluation: ${reasonLines(response.reasons).join("; ")}.`,
      ],
    };
  }

  const overlapsBaseline = response.baselineWindow !== null && w1.start <= response.baselineWindow.end;
  const why =
    response.status === "no-treatment"
      ? "No treatment session yet."
      : overlapsBaseline
        ? `No comparison with the baseline yet: the last 28 days still include days of the baseline (${rangeWords(response.baselineWindow!)}).`
        : `No comparison with the baseline: ${reasonLines(response.reasons).join("; ")}.`;
  if (w1.complete) {
    return {
      kind: "last-28-days",
      figure: String(w1.headacheDays),
      figureCaption: "headache days in the last 28 days",
      headacheDays: w1.headacheDays,
      window: { start: w1.start, end: w1.end },
      baselineHeadacheDays: response.baselineHeadacheDays,
      percentReduction: null,
      lines: [lastWindowLine(w1), why],
    };
  }
  return {
    kind: "no-figure",
    figure: "–",
    figureCaption: `the last 28 days have ${w1.daysRecorded} recorded days (${assessment.settings.minRecordedDays} needed)`,
    headacheDays: null,
    window: null,
    baselineHeadacheDays: response.baselineHeadacheDays,
    percentReduction: null,
    lines: [lastWindowLine(w1), why],
  };
}
