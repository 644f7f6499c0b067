/**
 * The continuation recommendation of each policy, as a table of rules (pathway-rules §8;
 * docs/clinical/outcomes.md).
 */
import { addDays } from "../shared/plain-date.ts";
import type { PolicyId } from "../shared/record.ts";
import { countDays } from "../diary/window-counts.ts";
import { byPrecedence, describeEvaluation, percentReduction, RESPONDER_30, RESPONDER_50, RESPONSE_REASONS as R } from "./continuation.ts";
import type { ContinuationDecision, ContinuationRule, Evaluation, Recommendation } from "./continuation.ts";
import { instrumentChange } from "./questionnaire-benefit.ts";
import { EHF_EPISODIC_BELOW_DAYS, NICE_EPISODIC_BELOW_DAYS, revertedToEpisodic } from "./reverted-to-episodic.ts";
import { evaluationWindowEnding } from "./treatment-timeline.ts";

/**
 * AHS 2021 (us-label, us-payer): continue on a 50% fall in headache days, or a HIT-6 fall of 5,
 * or a MIDAS improvement (5 points from 11-20, 30% from above 20); else stop.
 * @example ahs2021(facts).recommendation // "continue"
 */
export const ahs2021: ContinuationRule = (facts) => {
  const { twoCycle, timeline, questionnaires } = facts;
  const hit6 = instrumentChange(questionnaires, "HIT-6", timeline.first, timeline.twoCyclePoint);
  const midas = instrumentChange(questionnaires, "MIDAS", timeline.first, timeline.twoCyclePoint);
  const reasons = [
    ...(twoCycle.percentReduction >= RESPONDER_50 ? [R.reductionAtLeast50] : []),
    ...(hit6.supportsContinuing ? [R.hit6FellAtLeast5] : []),
    ...(midas.supportsContinuing ? [R.midasImproved] : []),
  ];
  const recommendation: Recommendation = reasons.length > 0 ? "continue" : "stop";
  const people = [hit6, midas].map((c) =>
    c.baseline === null || c.followUp === null
      ? `${c.instrument}: no baseline and follow-up pair`
      : `${c.instrument}: ${c.baseline.score} on ${c.baseline.date} to ${c.followUp.score} on ${c.followUp.date}`,
  );
  return decision(recommendation, [...(reasons.length > 0 ? reasons : [R.noAhsBenefit]), describeEvaluation(facts.baselineHeadacheDays, twoCycle), ...people], twoCycle);
};

/**
 * NICE TA260: stop below a 30% fall after two cycles; stop when reverted to episodic (< 15);
 * else continue.
 * @example niceTa260(facts).recommendation // "stop"
 */
export const niceTa260: ContinuationRule = (facts) => {
  const { twoCycle } = facts;
  const low = twoCycle.percentReduction < RESPONDER_30;
  const reverted = revertedToEpisodic(facts.windows, facts.timeline.first, NICE_EPISODIC_BELOW_DAYS);
  const reasons = [low ? R.reductionBelow30 : R.reductionAtLeast30, ...(reverted ? [R.revertedToEpisodic] : [])];
  return decision(low || reverted ? "stop" : "continue", [...reasons, describeEvaluation(facts.baselineHeadacheDays, twoCycle)], twoCycle);
};

/**
 * EHF 2018: below 30% after two cycles, review (one more cycle); once `A >= E3`, the three-cycle
 * evaluation replaces it (still below 30%: stop; else continue; window incomplete: review with
 * `three_cycle_window_incomplete`). Reverted to episodic (< 10): pause, reassessed
 * `pauseReassessDays` after the last session. Precedence: stop, review, pause, continue.
 * @example ehf2018(facts).recommendation // "review"
 */
export const ehf2018: ContinuationRule = (facts) => {
  const { twoCycle, timeline, asOf, context } = facts;
  const applying: Recommendation[] = [];
  const reasons: string[] = [];
  let reported: Evaluation = twoCycle;

  if (twoCycle.percentReduction >= RESPONDER_30) {
    reasons.push(R.reductionAtLeast30);
  } else if (asOf < timeline.threeCyclePoint) {
    applying.push("review");
    reasons.push(R.reductionBelow30, "below 30% after two cycles: one more cycle allowed");
  } else {
    const window = evaluationWindowEnding(timeline.threeCyclePoint);
    const counts = countDays(facts.diary, window, context);
    if (!counts.complete) {
      applying.push("review");
      reasons.push(R.reductionBelow30, R.threeCycleWindowIncomplete);
    } else {
      reported = { point: "three-cycles", window, headacheDays: counts.headacheDays, percentReduction: percentReduction(facts.baselineHeadacheDays, counts.headacheDays) };
      const stillLow = reported.percentReduction < RESPONDER_30;
      if (stillLow) applying.push("stop");
      reasons.push(stillLow ? R.reductionBelow30AfterThreeCycles : R.reductionAtLeast30AfterThreeCycles);
    }
  }
  if (revertedToEpisodic(facts.windows, timeline.first, EHF_EPISODIC_BELOW_DAYS)) {
    applying.push("pause");
    reasons.push(R.revertedToEpisodic);
  }
  const recommendation = byPrecedence(applying);
  const reassessOn = recommendation === "pause" ? addDays(timeline.last, context.settings.pauseReassessDays) : null;
  const people = [describeEvaluation(facts.baselineHeadacheDays, twoCycle), ...(reported === twoCycle ? [] : [describeEvaluation(facts.baselineHeadacheDays, reported)])];
  return { ...decision(recommendation, [...reasons, ...people], reported), reassessOn };
};

/** The continuation rule of each policy. */
export const CONTINUATION_RULES: { readonly [P in PolicyId]: ContinuationRule } = Object.freeze({
  "us-label": ahs2021,
  "us-payer": ahs2021,
  "nice-ta260": niceTa260,
  "ehf-2018": ehf2018,
});

function decision(recommendation: Recommendation, reasons: readonly string[], evaluation: Evaluation): ContinuationDecision {
  return { recommendation, reasons, evaluation, reassessOn: null };
}
