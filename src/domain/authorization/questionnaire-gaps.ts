/**
 * The HIT-6 and MIDAS an authorization packet shows (issue 10 §2: "HIT-6 and MIDAS, all five
 * MIDAS items"): a gap for each instrument with no score in the span the packet needs.
 */
import type { Assessment } from "../assess/assessment.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import { INSTRUMENTS } from "../shared/record.ts";
import type { PacketGap } from "./packet-gap.ts";

/**
 * One gap per instrument without a score on or before `A` (initial, `after` null) or after the
 * first session `after` (renewal: the follow-up the AHS rule of pathway-rules §8 compares).
 * @example questionnaireGaps(assessment, null) // [{ kind: "questionnaire", text: "a HIT-6 dated on or before 2026-07-20" }, ...]
 */
export function questionnaireGaps(assessment: Assessment, after: PlainDate | null): PacketGap[] {
  return INSTRUMENTS.filter((instrument) => !assessment.questionnaires.some((q) => q.instrument === instrument && (after === null || q.date > after))).map((instrument) => ({
    kind: "questionnaire" as const,
    text: after === null
      ? `a ${instrument} dated on or before ${assessment.asOf}${instrument === "MIDAS" ? " (the packet shows its five items)" : ""}`
      : `a ${instrument} after the first session on ${after}`,
  }));
}
