/**
 * The problems a treatment session can have (pathway-rules §6): a stable code, a severity and a
 * message in plain clinical English saying what and where. An error blocks signing the record;
 * a warning needs a documented reason.
 */

/** Every problem code of pathway-rules §6. */
export const INJECTION_PROBLEM_CODES = [
  "site_units_invalid",
  "midline_not_allowed",
  "total_above_max",
  "cumulative_dose_exceeded",
  "interval_too_short",
  "site_units_not_standard",
  "fixed_site_missing",
  "fixed_site_extra",
  "follow_the_pain_not_allowed",
  "follow_the_pain_limit",
] as const;
export type InjectionProblemCode = (typeof INJECTION_PROBLEM_CODES)[number];

export type ProblemSeverity = "error" | "warning";

/** The severity of each code, from the table of pathway-rules §6. */
export const INJECTION_PROBLEM_SEVERITY: Readonly<Record<InjectionProblemCode, ProblemSeverity>> = Object.freeze({
  site_units_invalid: "error",
  midline_not_allowed: "error",
  total_above_max: "error",
  cumulative_dose_exceeded: "error",
  interval_too_short: "error",
  site_units_not_standard: "warning",
  fixed_site_missing: "warning",
  fixed_site_extra: "warning",
  follow_the_pain_not_allowed: "warning",
  follow_the_pain_limit: "warning",
});

/** One problem of a session, as the assessment reports it. */
export interface InjectionProblem {
  readonly code: InjectionProblemCode;
  readonly severity: ProblemSeverity;
  readonly message: string;
}

/**
 * A problem with the severity its code has in pathway-rules §6.
 * @example injectionProblem("total_above_max", "…").severity // "error"
 */
export function injectionProblem(code: InjectionProblemCode, message: string): InjectionProblem {
  return { code, severity: INJECTION_PROBLEM_SEVERITY[code], message };
}

/**
 * Pluralises a count of things for messages.
 * @example countOf(1, "fixed site") // "1 fixed site"
 * @example countOf(3, "fixed site") // "3 fixed sites"
 */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
