/**
 * The response review in words for clinicians (pathway-rules §8; design.md, "Evidence beside
 * every verdict"): statuses, recommendations, reason codes, the reduction, each day of a window,
 * and whether a decision follows the recommendation. Typed over the domain's lists, so a new code
 * cannot be shown without words; nothing here judges: every figure comes with the review.
 */
import type { ResponseReview, ReviewDay } from "#contracts/api/response-review.ts";
import type { ResponseStatus } from "#domain/outcomes/assess-response.ts";
import { RESPONDER_30, RESPONDER_50, type RESPONSE_REASONS, type Recommendation } from "#domain/outcomes/continuation.ts";
import { HIT6_MIN_FALL } from "#domain/outcomes/questionnaire-benefit.ts";
import { detailSentence } from "#web/features/assessment/labels.ts";
import { durationWords, SEVERITY_LABELS } from "#web/features/diary/labels.ts";
import { formatLongDate, formatPlainDate } from "#web/ui/format.ts";

export const RECOMMENDATION_WORDS: { readonly [R in Recommendation]: string } = {
  continue: "Continue treatment",
  stop: "Stop treatment",
  review: "Give one more cycle, then review again",
  pause: "Pause treatment",
};

export const STATUS_WORDS: { readonly [S in ResponseStatus]: string } = {
  evaluated: "Evaluated",
  "too-early": "Too early to review",
  "no-baseline": "No usable baseline",
  "insufficient-data": "Evaluation window incomplete",
  "no-treatment": "No treatment yet",
};

export const POINT_WORDS: { readonly [P in "two-cycles" | "three-cycles"]: string } = {
  "two-cycles": "two-cycle",
  "three-cycles": "three-cycle",
};

type ReasonCode = (typeof RESPONSE_REASONS)[keyof typeof RESPONSE_REASONS];

/** Each reason code of §8 in a sentence. */
const REASON_WORDS: { readonly [C in ReasonCode]: string } = {
  reverted_to_episodic: "Back to episodic migraine in each of the last three 28-day windows.",
  three_cycle_window_incomplete: "The three-cycle evaluation window has too few recorded days to judge: still under review.",
  no_treatment: "No treatment session is recorded.",
  baseline_incomplete: "The baseline (the 28 days before the first session) has too few recorded days.",
  baseline_without_headache_days: "The baseline has no headache days, so a reduction cannot be measured.",
  too_early: "The evaluation point is not reached yet.",
  evaluation_window_incomplete: "The evaluation window has too few recorded days.",
  reduction_at_least_50_percent: `Headache days fell by ${RESPONDER_50}% or more.`,
  hit6_fell_at_least_5_points: `HIT-6 fell by ${HIT6_MIN_FALL} points or more from its baseline.`,
  midas_improved: "MIDAS improved from its baseline by the AHS rule.",
  no_ahs_benefit: `No AHS 2021 benefit: headache days fell by less than ${RESPONDER_50}%, and neither HIT-6 nor MIDAS improved enough.`,
  reduction_below_30_percent: `Headache days fell by less than ${RESPONDER_30}%.`,
  reduction_at_least_30_percent: `Headache days fell by ${RESPONDER_30}% or more.`,
  reduction_below_30_percent_after_three_cycles: `After three cycles headache days still fell by less than ${RESPONDER_30}%.`,
  reduction_at_least_30_percent_after_three_cycles: `After three cycles headache days fell by ${RESPONDER_30}% or more.`,
};

/**
 * A reason of the response in words: a code of §8 as a sentence, any other line as the domain
 * wrote it with readable dates.
 * @example reasonText("reduction_below_30_percent") // "Headache days fell by less than 30%."
 * @example reasonText("two-cycles 2026-06-21..2026-07-18: 11 headache days against 20 at baseline (45% fewer)")
 *   // "Two-cycles 21 Jun 2026 – 18 Jul 2026: 11 headache days against 20 at baseline (45% fewer)"
 */
export function reasonText(reason: string): string {
  return REASON_WORDS[reason as ReasonCode] ?? detailSentence(reason);
}

/**
 * The reduction in words as well as the number (design.md: no percentage without words).
 * @example reductionText(45) // "45% fewer headache days"
 * @example reductionText(-12.5) // "12.5% more headache days"
 * @example reductionText(0) // "no change in headache days"
 */
export function reductionText(percent: number): string {
  if (percent === 0) return "no change in headache days";
  return percent > 0 ? `${percent}% fewer headache days` : `${-percent}% more headache days`;
}

/**
 * A responder flag as a sentence.
 * @example responderText(30, true) // "Responder at 30%: yes"
 */
export function responderText(threshold: number, flag: boolean | null): string {
  return `Responder at ${threshold}%: ${flag === null ? "not judged" : flag ? "yes" : "no"}`;
}

/**
 * Why the review cannot be made yet, and what it lacks, from the review's own figures; null once
 * it is evaluated.
 * @example unavailableText(tooEarlyReview) // { title: "The two-cycle review opens on 18 Jul 2026.", detail: "..." }
 */
export function unavailableText(review: ResponseReview): { readonly title: string; readonly detail: string } | null {
  const { response, settings } = review.assessment;
  const opens = review.schedule.current;
  const window = (w: { start: string; end: string }) => `${formatPlainDate(w.start)} – ${formatPlainDate(w.end)}`;
  switch (response.status) {
    case "evaluated":
      return null;
    case "no-treatment":
      return { title: "No review yet: no treatment session is recorded.", detail: "The response is reviewed two cycles after the first session." };
    case "too-early":
      return {
        title: `The ${POINT_WORDS[opens?.point ?? "two-cycles"]} review opens on ${opens === null ? "the evaluation point" : formatPlainDate(opens.opensOn)}.`,
        detail: "It judges the 28 days up to the two-cycle point: the day before the third session, or 24 weeks after the first, whichever comes first. The days recorded so far are shown below.",
      };
    case "no-baseline": {
      const baseline = review.baseline;
      if (baseline !== null && baseline.complete) return { title: "No review possible: the baseline has no headache days.", detail: `The baseline ${window(baseline)} has no day of ${settings.headacheDayMinHours} hours or more, so a reduction cannot be measured.` };
      return {
        title: "No review possible yet: the baseline is incomplete.",
        detail:
          baseline === null
            ? "The baseline is the 28 days before the first session."
            : `The baseline ${window(baseline)} has ${baseline.daysRecorded} recorded days; ${settings.minRecordedDays} are needed (${baseline.daysNeeded} more). Days from a paper diary can still be entered.`,
      };
    }
    case "insufficient-data": {
      const evaluation = review.evaluation;
      return {
        title: "The evaluation window is incomplete.",
        detail:
          evaluation === null
            ? "The evaluation window has too few recorded days."
            : `The evaluation window ${window(evaluation)} has ${evaluation.daysRecorded} recorded days; ${settings.minRecordedDays} are needed (${evaluation.daysNeeded} more). Days from a paper diary can still be entered.`,
      };
    }
  }
}

/**
 * One day of a review window in words, for its cell's name and tooltip.
 * @example dayText({ date: "2026-11-03", recorded: true, anyHeadache: true, severity: 3, hours: 6, headacheDay: true, migraine: true, acuteMedication: true }, "2026-12-01")
 *   // "Tuesday 3 November: severe headache, 6 hours, a headache day, migraine day, acute medication"
 */
export function dayText(day: ReviewDay, asOf: string): string {
  const when = formatLongDate(day.date);
  if (day.date > asOf) return `${when}: not yet`;
  if (!day.recorded) return `${when}: no entry`;
  const parts: string[] = [];
  if (!day.anyHeadache) parts.push("headache-free");
  else {
    const severity = `${(SEVERITY_LABELS[day.severity ?? 0] ?? "").toLowerCase()} headache`.replace(/^none headache$/, "headache");
    // The band the patient chose when there is one (issue 9), else the hours of an older entry.
    parts.push(day.hours === null ? severity : `${severity}, ${durationWords(day.hours, day.duration)}`);
    parts.push(day.headacheDay ? "a headache day" : "too short for a headache day");
    if (day.migraine) parts.push("migraine day");
  }
  if (day.acuteMedication) parts.push("acute medication");
  return `${when}: ${parts.join(", ")}`;
}

/** How a day's cell is shaded (design.md, "Severity and day scale"). */
export type DayShade = "future" | "none" | "free" | "mild" | "moderate" | "severe";

/**
 * The shade of a day: not yet, no entry, headache-free, or its headache's severity (mild when a
 * headache was recorded without pain).
 * @example dayShade({ recorded: true, anyHeadache: true, severity: 3, date: "2026-11-03" }, "2026-12-01") // "severe"
 */
export function dayShade(day: Pick<ReviewDay, "date" | "recorded" | "anyHeadache" | "severity">, asOf: string): DayShade {
  if (day.date > asOf) return "future";
  if (!day.recorded) return "none";
  if (!day.anyHeadache) return "free";
  if (day.severity === 3) return "severe";
  if (day.severity === 2) return "moderate";
  return "mild";
}

/**
 * A wearing-off rate (headache days over recorded days) as a share of days.
 * @example rateText(0.357) // "36% of recorded days"
 * @example rateText(null) // "no recorded day"
 */
export function rateText(rate: number | null): string {
  return rate === null ? "no recorded day" : `${Math.round(rate * 100)}% of recorded days`;
}

/**
 * The wearing-off signal of a cycle in words.
 * @example signalText(true) // "Wearing off: the late weeks were worse"
 */
export function signalText(signal: boolean | null): string {
  if (signal === null) return "Not judged: too few recorded days, or the late part too short";
  return signal ? "Wearing off: the late weeks were worse" : "No wearing-off";
}

/**
 * A questionnaire's change from baseline to follow-up in words (lower scores are better).
 * @example scoreChangeText(-7) // "7 points lower"
 * @example scoreChangeText(null) // "no pair to compare"
 */
export function scoreChangeText(change: number | null): string {
  if (change === null) return "no pair to compare";
  if (change === 0) return "no change";
  return change < 0 ? `${-change} point${change === -1 ? "" : "s"} lower` : `${change} point${change === 1 ? "" : "s"} higher`;
}

const GRADE_WORDS: Readonly<Record<string, string>> = {
  "little-or-none": "little or no impact",
  some: "some impact",
  substantial: "substantial impact",
  severe: "severe impact",
};

/**
 * A questionnaire's grade in words: HIT-6's impact, MIDAS's grade number.
 * @example gradeText("little-or-none") // "little or no impact"
 * @example gradeText("III") // "grade III"
 */
export function gradeText(grade: string): string {
  return GRADE_WORDS[grade] ?? `grade ${grade}`;
}

/**
 * Whether a decision followed the recommendation it was made against, in words.
 * @example agreementText({ recommendation: "stop", followsRecommendation: false }) // "Departs from the recommendation: stop treatment"
 */
export function agreementText(basis: { readonly recommendation: Recommendation | null; readonly followsRecommendation: boolean | null }): string {
  if (basis.recommendation === null) return "No recommendation to follow: the response was not evaluated";
  const recommended = RECOMMENDATION_WORDS[basis.recommendation].toLowerCase();
  return basis.followsRecommendation === true ? `Follows the recommendation: ${recommended}` : `Departs from the recommendation: ${recommended}`;
}
