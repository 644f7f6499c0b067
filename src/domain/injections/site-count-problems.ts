/**
 * Site counts against the PREEMPT table (pathway-rules §6): fixed sites per muscle and side
 * (missing or extra: warnings), follow-the-pain sites per muscle with both sides together (on a
 * muscle that allows none, or above its limit: warnings). Every injection record is one site,
 * whatever its units (bad units are reported by the site checks).
 */
import { MUSCLES, SIDES, type Injection, type Muscle, type Side } from "../shared/record.ts";
import { countOf, injectionProblem, type InjectionProblem } from "./injection-problem.ts";
import { MUSCLE_NAMES, PREEMPT_PROTOCOL } from "./preempt-protocol.ts";

/** Fixed sites given per muscle and side, and follow-the-pain sites per muscle. */
export interface SiteCounts {
  readonly fixed: Readonly<Record<Muscle, Readonly<Record<Side, number>>>>;
  readonly followThePain: Readonly<Record<Muscle, number>>;
}

/**
 * Counts a session's sites; `followThePain` absent counts as false (a fixed site).
 * @example countSites([{ muscle: "trapezius", side: "left", units: 5, followThePain: true }]).followThePain.trapezius // 1
 */
export function countSites(injections: readonly Injection[]): SiteCounts {
  const fixed = Object.fromEntries(MUSCLES.map((m) => [m, { left: 0, right: 0, midline: 0 }])) as Record<Muscle, Record<Side, number>>;
  const followThePain = Object.fromEntries(MUSCLES.map((m) => [m, 0])) as Record<Muscle, number>;
  for (const site of injections) {
    if (site.followThePain === true) followThePain[site.muscle] += 1;
    else fixed[site.muscle][site.side] += 1;
  }
  return { fixed, followThePain };
}

function expectedText(count: number): string {
  return count === 0 ? "none" : String(count);
}

/**
 * The table's warnings for a session: per muscle and side, then follow-the-pain per muscle.
 * @example siteCountProblems([]).length // 13 (every fixed muscle-side is missing)
 */
export function siteCountProblems(injections: readonly Injection[]): InjectionProblem[] {
  const counts = countSites(injections);
  const problems: InjectionProblem[] = [];
  for (const muscle of MUSCLES) {
    const protocol = PREEMPT_PROTOCOL[muscle];
    for (const side of SIDES) {
      const given = counts.fixed[muscle][side];
      const expected = protocol.fixedSites[side];
      const message = `${MUSCLE_NAMES[muscle]} ${side}: ${countOf(given, "fixed site")}, PREEMPT has ${expectedText(expected)}`;
      if (given < expected) problems.push(injectionProblem("fixed_site_missing", message));
      if (given > expected) problems.push(injectionProblem("fixed_site_extra", message));
    }
    const followThePain = counts.followThePain[muscle];
    if (followThePain > 0 && protocol.followThePainMax === 0) {
      problems.push(injectionProblem("follow_the_pain_not_allowed", `${MUSCLE_NAMES[muscle]}: ${countOf(followThePain, "follow-the-pain site")}, PREEMPT allows none on this muscle`));
    } else if (followThePain > protocol.followThePainMax) {
      problems.push(injectionProblem("follow_the_pain_limit", `${MUSCLE_NAMES[muscle]}: ${countOf(followThePain, "follow-the-pain site")}, PREEMPT allows up to ${protocol.followThePainMax}`));
    }
  }
  return problems;
}
