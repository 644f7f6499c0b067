/**
 * `preventives-failed`: which preventive trials count as failed, and how many distinct drugs or
 * classes they make (pathway-rules §5; docs/clinical/eligibility.md).
 */
import { daysBetween, minDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { PreventiveOutcome, PreventiveTrial } from "../shared/record.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import type { Criterion } from "./criterion.ts";

/** How a policy tells failed preventives apart: by drug name, or by class (`other` is one class). */
export type DistinctBy = "drug" | "class";

export interface PreventivesNeeded {
  readonly count: number;
  readonly distinctBy: DistinctBy;
}

/** Outcomes that make a trial a failure; `ineffective` only after a long enough trial. */
const FAILED_OUTCOMES: readonly PreventiveOutcome[] = ["ineffective", "not-tolerated", "contraindicated"];

/** One trial as judged. */
export interface JudgedTrial {
  readonly name: string;
  readonly class: PreventiveTrial["class"];
  readonly start: PlainDate;
  /** The end used: the recorded end, `A` when absent or after `A`. */
  readonly end: PlainDate;
  readonly trialDays: number;
  readonly outcome: PreventiveOutcome;
  readonly failed: boolean;
}

/**
 * The key two failed trials share when they are the same drug or class: names with case and
 * surrounding spaces ignored.
 * @example distinctKey({ name: " Topiramate ", class: "antiepileptic" }, "drug") // "topiramate"
 */
export function distinctKey(trial: Pick<PreventiveTrial, "name" | "class">, by: DistinctBy): string {
  return by === "drug" ? trial.name.trim().toLowerCase() : trial.class;
}

/**
 * Judges each preventive trial started on or before `A` (later ones are ignored, §1): failed when
 * not tolerated or contraindicated, or ineffective after a trial of at least
 * `minPreventiveTrialDays` days (`end - start`, the end defaulting to and capped at `A`).
 * @example judgeTrials([{ name: "topiramate", class: "antiepileptic", start: plainDate("2025-01-01"),
 *   end: plainDate("2025-03-02"), outcome: "ineffective" }], plainDate("2026-07-20"), DEFAULT_SETTINGS)[0].failed // true (60 days)
 */
export function judgeTrials(preventives: readonly PreventiveTrial[], asOf: PlainDate, settings: PathwaySettings): JudgedTrial[] {
  return preventives
    .filter((trial) => trial.start <= asOf)
    .map((trial) => {
      const end = minDate(trial.end ?? asOf, asOf);
      const trialDays = daysBetween(trial.start, end);
      const failed = FAILED_OUTCOMES.includes(trial.outcome) && (trial.outcome !== "ineffective" || trialDays >= settings.minPreventiveTrialDays);
      return { name: trial.name, class: trial.class, start: trial.start, end, trialDays, outcome: trial.outcome, failed };
    });
}

/**
 * The criterion: unknown when no preventive history was given at all; met when the failed trials
 * make at least the needed number of distinct drugs or classes; else not-met (an empty list included).
 * @example preventivesFailedCriterion([], asOf, DEFAULT_SETTINGS, { count: 2, distinctBy: "class" }).status // "not-met"
 */
export function preventivesFailedCriterion(
  preventives: readonly PreventiveTrial[] | undefined,
  asOf: PlainDate,
  settings: PathwaySettings,
  needed: PreventivesNeeded,
): Criterion {
  const unit = needed.distinctBy === "drug" ? "drugs" : "classes";
  const unitOf = (n: number) => (n !== 1 ? unit : needed.distinctBy === "drug" ? "drug" : "class");
  if (preventives === undefined) {
    return {
      id: "preventives-failed", status: "unknown",
      detail: `no preventive history given (needs ${needed.count} distinct ${unit} failed)`,
      evidence: { needed: needed.count, distinctBy: needed.distinctBy, minTrialDays: settings.minPreventiveTrialDays },
      missing: "preventives (the list of preventive trials; an empty list if none were tried)",
    };
  }
  const trials = judgeTrials(preventives, asOf, settings);
  const distinct = [...new Set(trials.filter((t) => t.failed).map((t) => distinctKey(t, needed.distinctBy)))].sort();
  const met = distinct.length >= needed.count;
  return {
    id: "preventives-failed",
    status: met ? "met" : "not-met",
    detail: `${distinct.length} distinct ${unitOf(distinct.length)} failed (needs ${needed.count})${distinct.length > 0 ? `: ${distinct.join(", ")}` : ""}`,
    evidence: { needed: needed.count, distinctBy: needed.distinctBy, minTrialDays: settings.minPreventiveTrialDays, distinct, trials },
    missing: null,
  };
}
