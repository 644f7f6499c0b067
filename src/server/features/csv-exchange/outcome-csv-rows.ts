/**
 * A patient's response to treatment as one CSV row (issue 10 §5), straight from the domain's
 * response (`assessResponse`, pathway-rules §8): the baseline `[F-28, F-1]` and the evaluation
 * window with their headache days, the percent reduction (rounded as the rules report it), and
 * responders at 30% and 50% (judged on the unrounded value by the rules). `change_percent` is the
 * same figure with the sign of a change (fewer headache days is negative).
 */
import type { ResponseAssessment } from "#domain/outcomes/assess-response.ts";
import type { CsvCell } from "./csv-table.ts";

export const OUTCOME_CSV_COLUMNS = [
  "patient_id",
  "record_number",
  "as_of",
  "policy",
  "status",
  "first_session",
  "sessions",
  "baseline_start",
  "baseline_end",
  "baseline_headache_days",
  "evaluation_point",
  "evaluation_start",
  "evaluation_end",
  "evaluation_headache_days",
  "change_percent",
  "reduction_percent",
  "responder_30",
  "responder_50",
  "recommendation",
  "reason",
] as const;

export interface OutcomeRowSource {
  readonly patientId: string;
  readonly recordNumber: string | null;
  readonly asOf: string;
  readonly policy: string;
  /** The dates of the sessions on or before `asOf`, oldest first. */
  readonly sessionDates: readonly string[];
  readonly response: ResponseAssessment;
}

/**
 * One patient's cells, in OUTCOME_CSV_COLUMNS order; what the rules did not reach is empty.
 * @example outcomeCsvRow({ patientId: "p", recordNumber: null, asOf: "2026-07-20", policy: "nice-ta260", sessionDates: [], response: { status: "no-treatment", baselineWindow: null, evaluationPoint: null, baselineHeadacheDays: null, evaluationHeadacheDays: null, evaluationWindow: null, percentReduction: null, responder30: null, responder50: null, recommendation: null, reasons: ["no_treatment"], reassessOn: null } }).slice(4, 7)
 * // ["no-treatment", null, 0]
 */
export function outcomeCsvRow(source: OutcomeRowSource): CsvCell[] {
  const r = source.response;
  const reduction = r.percentReduction;
  return [
    source.patientId,
    source.recordNumber,
    source.asOf,
    source.policy,
    r.status,
    source.sessionDates[0] ?? null,
    source.sessionDates.length,
    r.baselineWindow?.start ?? null,
    r.baselineWindow?.end ?? null,
    r.baselineHeadacheDays,
    r.evaluationPoint,
    r.evaluationWindow?.start ?? null,
    r.evaluationWindow?.end ?? null,
    r.evaluationHeadacheDays,
    reduction === null ? null : reduction === 0 ? 0 : -reduction,
    reduction,
    r.responder30,
    r.responder50,
    r.recommendation,
    r.reasons[0] ?? null,
  ];
}
