/**
 * Response to onabotulinumtoxinA and the policy's continuation recommendation (pathway-rules §8;
 * docs/clinical/outcomes.md). The output matches the assessment's `response` (assess-contract.md).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PolicyId } from "../shared/record.ts";
import type { DateRange, DiaryContext } from "../diary/diary-context.ts";
import { countDays } from "../diary/window-counts.ts";
import { windowRange } from "../diary/windows.ts";
import { CONTINUATION_RULES } from "./continuation-policies.ts";
import { percentReduction, RESPONDER_30, RESPONDER_50, RESPONSE_REASONS as R } from "./continuation.ts";
import type { EvaluationPoint, Recommendation } from "./continuation.ts";
import type { ScoredQuestionnaire } from "./questionnaire-benefit.ts";
import { roundHalfAwayFromZero } from "./rounding.ts";
import { evaluationWindowEnding, treatmentTimeline } from "./treatment-timeline.ts";

export type ResponseStatus = "no-treatment" | "no-baseline" | "too-early" | "insufficient-data" | "evaluated";

/** The assessment's `response`: fields that do not apply are null, never absent. */
export interface ResponseAssessment {
  readonly status: ResponseStatus;
  /** Given whenever there is a first session. */
  readonly baselineWindow: DateRange | null;
  /** Null exactly when `evaluationWindow` is null. */
  readonly evaluationPoint: EvaluationPoint | null;
  /** Given whenever the baseline window is complete. */
  readonly baselineHeadacheDays: number | null;
  /** The fields from here to `recommendation` are given only when evaluated. */
  readonly evaluationHeadacheDays: number | null;
  /** Given once `A >= E`. */
  readonly evaluationWindow: DateRange | null;
  /** Rounded half away from zero to one decimal; thresholds compare the unrounded value. */
  readonly percentReduction: number | null;
  readonly responder30: boolean | null;
  readonly responder50: boolean | null;
  readonly recommendation: Recommendation | null;
  /** Reason codes (the rules' codes verbatim), then lines for people. */
  readonly reasons: readonly string[];
  /** A date only with `pause`. */
  readonly reassessOn: PlainDate | null;
}

export interface ResponseInput {
  readonly policy: PolicyId;
  readonly asOf: PlainDate;
  readonly diary: readonly DiaryDay[];
  /** Treatment sessions (only their dates are read); those after `A` are ignored. */
  readonly sessions: readonly { readonly date: PlainDate }[];
  /** Already-scored HIT-6 and MIDAS questionnaires (for the AHS rule). */
  readonly questionnaires?: readonly ScoredQuestionnaire[] | undefined;
  readonly context: DiaryContext;
}

const NOT_EVALUATED = {
  evaluationHeadacheDays: null,
  percentReduction: null,
  responder30: null,
  responder50: null,
  recommendation: null,
  reassessOn: null,
} as const;

/**
 * Judges the response as of `A` (pathway-rules §8). Status in order: no-treatment (no session on
 * or before `A`), no-baseline (baseline `[F-28, F-1]` incomplete or without headache days),
 * too-early (`A < E`, `E = min(third session - 1, F + 167)`), insufficient-data (evaluation window
 * `[E-27, E]` incomplete), else evaluated with the policy's recommendation.
 * @example assessResponse({ policy: "nice-ta260", asOf, diary, sessions, context }).status // "evaluated"
 */
export function assessResponse(input: ResponseInput): ResponseAssessment {
  const { asOf, diary, context } = input;
  const timeline = treatmentTimeline(input.sessions, asOf);
  if (timeline === null) {
    return {
      status: "no-treatment", baselineWindow: null, evaluationPoint: null, baselineHeadacheDays: null, evaluationWindow: null,
      ...NOT_EVALUATED, reasons: [R.noTreatment, `no treatment session on or before ${asOf}`],
    };
  }

  const baseline = countDays(diary, timeline.baselineWindow, context);
  const pointReached = asOf >= timeline.twoCyclePoint;
  const twoCycleWindow = evaluationWindowEnding(timeline.twoCyclePoint);
  const shown = {
    baselineWindow: timeline.baselineWindow,
    baselineHeadacheDays: baseline.complete ? baseline.headacheDays : null,
    evaluationPoint: pointReached ? ("two-cycles" as const) : null,
    evaluationWindow: pointReached ? twoCycleWindow : null,
  };

  if (!baseline.complete || baseline.headacheDays === 0) {
    const reason = baseline.complete
      ? [R.baselineWithoutHeadacheDays, `no headache days in the baseline ${baseline.start}..${baseline.end}`]
      : [R.baselineIncomplete, `baseline ${baseline.start}..${baseline.end} has ${baseline.daysRecorded} recorded days (needs ${context.settings.minRecordedDays})`];
    return { status: "no-baseline", ...shown, ...NOT_EVALUATED, reasons: reason };
  }
  if (!pointReached) {
    return { status: "too-early", ...shown, ...NOT_EVALUATED, reasons: [R.tooEarly, `the two-cycle evaluation point is ${timeline.twoCyclePoint}`] };
  }
  const evaluation = countDays(diary, twoCycleWindow, context);
  if (!evaluation.complete) {
    return {
      status: "insufficient-data", ...shown, ...NOT_EVALUATED,
      reasons: [R.evaluationWindowIncomplete, `evaluation window ${evaluation.start}..${evaluation.end} has ${evaluation.daysRecorded} recorded days (needs ${context.settings.minRecordedDays})`],
    };
  }

  const decision = CONTINUATION_RULES[input.policy]({
    asOf,
    timeline,
    baselineHeadacheDays: baseline.headacheDays,
    twoCycle: {
      point: "two-cycles",
      window: twoCycleWindow,
      headacheDays: evaluation.headacheDays,
      percentReduction: percentReduction(baseline.headacheDays, evaluation.headacheDays),
    },
    windows: [1, 2, 3].map((n) => countDays(diary, windowRange(asOf, n), context)),
    diary,
    context,
    questionnaires: (input.questionnaires ?? []).filter((q) => q.date <= asOf),
  });
  const reported = decision.evaluation;
  return {
    status: "evaluated",
    baselineWindow: timeline.baselineWindow,
    evaluationPoint: reported.point,
    baselineHeadacheDays: baseline.headacheDays,
    evaluationHeadacheDays: reported.headacheDays,
    evaluationWindow: reported.window,
    percentReduction: roundHalfAwayFromZero(reported.percentReduction, 1),
    responder30: reported.percentReduction >= RESPONDER_30,
    responder50: reported.percentReduction >= RESPONDER_50,
    recommendation: decision.recommendation,
    reasons: decision.reasons,
    reassessOn: decision.reassessOn,
  };
}
