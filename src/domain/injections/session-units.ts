/**
 * Units and sites of a session (pathway-rules §6): `totalUnits` sums the sites with positive
 * units (a zero or negative site is its own error and must not lower the total); `sites` is the
 * number of injection records, one record being one site.
 */
import type { Injection } from "../shared/record.ts";
import { MUSCLE_NAMES } from "./preempt-protocol.ts";

/**
 * The units given in a session: the sum of the positive site units.
 * @example sessionTotalUnits([{ muscle: "procerus", side: "midline", units: 5 }, { muscle: "frontalis", side: "left", units: -5 }]) // 5
 */
export function sessionTotalUnits(injections: readonly Injection[]): number {
  return injections.reduce((sum, site) => (site.units > 0 ? sum + site.units : sum), 0);
}

/**
 * Where a site is, for messages: its 1-based place in the session and its muscle and side.
 * @example describeSite({ muscle: "cervical-paraspinal", side: "left", units: 5 }, 2) // "site 3 (cervical paraspinal left)"
 */
export function describeSite(site: Injection, index: number): string {
  const followThePain = site.followThePain === true ? ", follow-the-pain" : "";
  return `site ${index + 1} (${MUSCLE_NAMES[site.muscle]} ${site.side}${followThePain})`;
}
