/**
 * What the clinic outcomes document shows (issue 10 §3, document 3), as plain data: every figure
 * already computed by src/domain/outcomes (cohort-tally.ts), every published figure from its
 * table (cohort-comparators.ts), every sentence written. The drawing reads only this, so tests
 * can compare the page with the computation.
 */
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { TriageLevel } from "#domain/triage/triage-levels.ts";

/** One of the large figures at the top: the clinic's value, what it is, out of how many. */
export interface OutcomesTile {
  readonly figure: string;
  readonly caption: string;
  /** The cohort it is counted over, e.g. "n = 12 evaluated of 20 treated". */
  readonly cohort: string;
}

/** Who drew a bar: the clinic, a trial's treated arm, its placebo arm, or a routine-care cohort. */
export type BarKind = "clinic" | "treatment" | "placebo" | "real-world";

export interface OutcomesBar {
  readonly label: string;
  /** Percent (0-100) or days; null draws an empty row saying why (e.g. "no patient evaluated yet"). */
  readonly value: number | null;
  /** The value as printed beside the bar, e.g. "58.3%" or "−7.5 days". */
  readonly text: string;
  readonly kind: BarKind;
  /** A published figure tagged [R] in clinical-facts.md. */
  readonly unverified: boolean;
}

/** One chart: bars on one scale, the cohort sizes under it, and a note when the comparison needs one. */
export interface OutcomesChart {
  readonly title: string;
  readonly unit: "percent" | "days";
  readonly bars: readonly OutcomesBar[];
  /** Under the chart: the clinic's n and who was left out and why. */
  readonly cohort: readonly string[];
  readonly note: string | null;
}

/** One symptom's row of the side-effect table. */
export interface OutcomesSideEffectRow {
  readonly symptom: string;
  readonly level: TriageLevel;
  /** "2 of 14 (14.3%)": treated patients with it after a session in the range. */
  readonly patients: string;
  /** "2 of 30 (6.7%)": sessions in the range followed by it. */
  readonly sessions: string;
  /** The published rates per patient, e.g. "PREEMPT 8.7% (placebo 2.7%); REPOSE 2.8%"; "—" when none. */
  readonly published: string;
}

/** The whole document. */
export interface OutcomesContent {
  readonly clinicLine: string;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly asOf: PlainDate;
  readonly policyName: string;
  /** The plain statement that a clinic cohort is not a trial, as paragraphs. */
  readonly statement: readonly string[];
  readonly tiles: readonly OutcomesTile[];
  readonly charts: readonly OutcomesChart[];
  readonly sideEffects: {
    readonly rows: readonly OutcomesSideEffectRow[];
    /** How the rates are counted (per patient and per session). */
    readonly basis: string;
  };
  /** Each figure's definition and who is left out of it. */
  readonly definitions: readonly string[];
  /** The published figures' sources, as clinical-facts.md names them. */
  readonly sources: readonly string[];
  readonly footnote: string;
}
