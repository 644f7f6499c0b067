/**
 * Checks of each site on its own (pathway-rules §6): units that are not positive (error),
 * positive units other than PREEMPT's 5 U (warning), and a midline site on a muscle other than
 * procerus or a sided procerus site (error; procerus is PREEMPT's only unpaired site,
 * clinical-facts.md §3.1).
 */
import type { Injection } from "../shared/record.ts";
import { injectionProblem, type InjectionProblem } from "./injection-problem.ts";
import { UNITS_PER_SITE } from "./preempt-protocol.ts";
import { describeSite } from "./session-units.ts";

/**
 * The problems of one site, found at its place `index` (0-based) in the session.
 * @example siteProblems({ muscle: "frontalis", side: "left", units: 0 }, 4).map((p) => p.code) // ["site_units_invalid"]
 */
export function siteProblems(site: Injection, index: number): InjectionProblem[] {
  const where = describeSite(site, index);
  const problems: InjectionProblem[] = [];
  if (site.units <= 0) {
    problems.push(injectionProblem("site_units_invalid", `${where}: ${site.units} U; every site needs a positive number of units`));
  } else if (site.units !== UNITS_PER_SITE) {
    problems.push(injectionProblem("site_units_not_standard", `${where}: ${site.units} U; PREEMPT gives ${UNITS_PER_SITE} U per site`));
  }
  if (site.muscle === "procerus" && site.side !== "midline") {
    problems.push(injectionProblem("midline_not_allowed", `${where}: procerus is a single midline site and cannot be given a side`));
  } else if (site.muscle !== "procerus" && site.side === "midline") {
    problems.push(injectionProblem("midline_not_allowed", `${where}: only procerus is injected on the midline; choose left or right`));
  }
  return problems;
}

/**
 * The problems of every site of a session, in site order.
 * @example sessionSiteProblems([{ muscle: "procerus", side: "midline", units: 5 }]) // []
 */
export function sessionSiteProblems(injections: readonly Injection[]): InjectionProblem[] {
  return injections.flatMap((site, index) => siteProblems(site, index));
}

