/**
 * The `sideEffects` list of an assessment (assess-contract.md; pathway-rules §10): each report
 * triaged to its highest symptom level, with what the patient is told and what the clinic gets.
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { SideEffectReport, SymptomCode } from "../shared/record.ts";
import { triageActions, type TriageActionCode } from "./triage-actions.ts";
import { triageLevel, type TriageLevel } from "./triage-levels.ts";

/** One triaged report, as the assessment reports it. */
export interface TriagedReport {
  readonly date: PlainDate;
  readonly level: TriageLevel;
  readonly symptoms: readonly SymptomCode[];
  /** Plain-English actions, the patient's instruction first. */
  readonly actions: readonly string[];
  /** Extra field: the same actions as stable codes, in the same order. */
  readonly actionCodes: readonly TriageActionCode[];
  /** Extra field: true for red, the next dose waits for a clinician's review. */
  readonly holdNextDose: boolean;
}

/**
 * Triages one report. It never depends on how long ago the last session was (§10).
 * @example triageReport({ date: "2026-02-03", symptoms: ["neck-pain", "eyelid-droop"] }).level // "amber"
 */
export function triageReport(report: SideEffectReport): TriagedReport {
  const level = triageLevel(report.symptoms);
  const actions = triageActions(level);
  return {
    date: report.date,
    level,
    symptoms: [...report.symptoms],
    actions: actions.map((action) => action.text),
    actionCodes: actions.map((action) => action.code),
    holdNextDose: level === "red",
  };
}

/**
 * Triages reports in date order (input order among equal dates); with `asOf`, reports dated
 * after it are left out (pathway-rules §1).
 * @example triageReports([{ date: "2026-02-03", symptoms: ["bruising"] }]).map((r) => r.level) // ["green"]
 */
export function triageReports(reports: readonly SideEffectReport[], asOf?: PlainDate): TriagedReport[] {
  return reports
    .filter((report) => asOf === undefined || report.date <= asOf)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
    .map(triageReport);
}
