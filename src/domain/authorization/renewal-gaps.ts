/**
 * What a renewal packet lacks (issue 10 §2): the response after two cycles (pathway-rules §8)
 * must be evaluated and meet the policy's threshold; each step that is not there is a gap with
 * its dates; then a HIT-6 and a MIDAS after the first session.
 */
import type { Assessment } from "../assess/assessment.ts";
import { countDays } from "../diary/window-counts.ts";
import { roundHalfAwayFromZero } from "../outcomes/rounding.ts";
import { treatmentTimeline } from "../outcomes/treatment-timeline.ts";
import type { PatientRecord } from "../shared/record.ts";
import { uniqueGaps, windowGap, type PacketGap } from "./packet-gap.ts";
import { questionnaireGaps } from "./questionnaire-gaps.ts";
import { renewalThreshold } from "./renewal-threshold.ts";

function responseGaps(assessment: Assessment, record: PatientRecord): PacketGap[] {
  const { response, asOf, settings } = assessment;
  const timeline = treatmentTimeline(record.treatments, asOf);
  if (timeline === null) return [{ kind: "session", text: `a first onabotulinumtoxinA session on or before ${asOf}` }];
  const { baselineWindow, twoCyclePoint } = timeline;
  switch (response.status) {
    case "no-treatment":
      return [{ kind: "session", text: `a first onabotulinumtoxinA session on or before ${asOf}` }];
    case "no-baseline": {
      if (response.baselineHeadacheDays === 0) {
        return [{ kind: "baseline-headache-days", text: `headache days in the baseline window ${baselineWindow.start} – ${baselineWindow.end} (none recorded)` }];
      }
      const counts = countDays(record.diary, baselineWindow, { birthDate: record.patient.birthDate, settings });
      return [windowGap(counts, settings.minRecordedDays, "baseline window")];
    }
    case "too-early":
      return [{ kind: "evaluation-point", text: `the two-cycle evaluation point, ${twoCyclePoint} (the third session's eve or day 168)` }];
    case "insufficient-data": {
      const window = response.evaluationWindow;
      if (window === null) return [];
      const counts = countDays(record.diary, window, { birthDate: record.patient.birthDate, settings });
      return [windowGap(counts, settings.minRecordedDays, "evaluation window")];
    }
    case "evaluated":
      return continuationGaps(assessment);
  }
}

/** An evaluated response that the policy does not continue (§8). */
function continuationGaps(assessment: Assessment): PacketGap[] {
  const { response, policy } = assessment;
  if (response.recommendation === "continue" || response.percentReduction === null) return [];
  const threshold = renewalThreshold(policy);
  const figure = `${roundHalfAwayFromZero(response.percentReduction, 1)}% at the evaluation window ending ${response.evaluationWindow?.end ?? assessment.asOf}`;
  const wanted = [`${threshold.percent}% fewer headache days than at baseline`, ...threshold.alternatives].join(", or ");
  if (response.recommendation === "pause") {
    return [{ kind: "response", text: `treatment paused: reverted to episodic, reassess on ${response.reassessOn ?? ""} (${threshold.source})` }];
  }
  if (response.recommendation === "review") {
    return [{ kind: "response", text: `${wanted} after three cycles (${figure}; ${threshold.source} allows one more cycle)` }];
  }
  const reverted = response.reasons.includes("reverted_to_episodic") && response.percentReduction >= threshold.percent;
  if (reverted) {
    return [{ kind: "response", text: `continuing under ${threshold.source}, which stops once W1–W3 are each below 15 days with headache (reverted to episodic)` }];
  }
  return [{ kind: "response", text: `${wanted} (${figure}; ${threshold.source})` }];
}

/**
 * The gaps of a renewal: a session, a complete baseline with headache days, the two-cycle point
 * reached, a complete evaluation window, a response the policy continues; then a HIT-6 and a MIDAS
 * after the first session. Empty when the renewal can be sent.
 * @example renewalPacketGaps(assess(record, { asOf: plainDate("2026-06-21"), policy: "nice-ta260", settings }), record)
 *   // [{ kind: "response", text: "30% fewer headache days than at baseline (12.5% at the evaluation window ending 2026-06-20; NICE TA260)" }, ...]
 */
export function renewalPacketGaps(assessment: Assessment, record: PatientRecord): PacketGap[] {
  const first = treatmentTimeline(record.treatments, assessment.asOf)?.first ?? null;
  return uniqueGaps([...responseGaps(assessment, record), ...(first === null ? [] : questionnaireGaps(assessment, first))]);
}
