/**
 * Billing lines of a session (pathway-rules §6; clinical-facts.md §9.3-9.4, CMS A58423):
 * CPT 64615 (chemodenervation for chronic migraine, bilateral) once per session; HCPCS J0585
 * (onabotulinumtoxinA, 1 unit) × units given; the waste on its own J0585 line with modifier JW,
 * or modifier JZ on the given line when nothing was wasted.
 */
import type { Injection } from "../shared/record.ts";
import { sessionTotalUnits } from "./session-units.ts";
import { vialUsage, type VialSize, type VialUsage } from "./vials.ts";

/** One claim line. */
export interface BillingLine {
  readonly system: "CPT" | "HCPCS";
  readonly code: "64615" | "J0585";
  readonly modifiers: readonly ("JW" | "JZ")[];
  readonly quantity: number;
  readonly description: string;
}

/** CPT 64615: chemodenervation for chronic migraine, reported once per session. */
export const CHEMODENERVATION_LINE: BillingLine = Object.freeze({
  system: "CPT",
  code: "64615",
  modifiers: [],
  quantity: 1,
  description: "Chemodenervation of muscles innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (chronic migraine)",
});

/**
 * The claim lines for the units given and wasted in one session.
 * @example billingLines(155, 45).map((l) => [l.code, l.modifiers.join(), l.quantity])
 * // [["64615", "", 1], ["J0585", "", 155], ["J0585", "JW", 45]]
 * @example billingLines(200, 0).map((l) => [l.code, l.modifiers.join(), l.quantity])
 * // [["64615", "", 1], ["J0585", "JZ", 200]]
 */
export function billingLines(unitsGiven: number, unitsWasted: number): BillingLine[] {
  if (unitsWasted < 0) throw new RangeError("units wasted cannot be negative");
  const given: BillingLine = {
    system: "HCPCS",
    code: "J0585",
    modifiers: unitsWasted === 0 ? ["JZ"] : [],
    quantity: unitsGiven,
    description: unitsWasted === 0 ? "OnabotulinumtoxinA, 1 unit: units given, no waste" : "OnabotulinumtoxinA, 1 unit: units given",
  };
  const lines = [CHEMODENERVATION_LINE, given];
  if (unitsWasted > 0) {
    lines.push({ system: "HCPCS", code: "J0585", modifiers: ["JW"], quantity: unitsWasted, description: "OnabotulinumtoxinA, 1 unit: units wasted from single-dose vials" });
  }
  return lines;
}

/** A session's vial usage and, when the record adds up, its claim lines. */
export interface SessionBilling {
  readonly usage: VialUsage;
  /** Null while more units are recorded as given than the vials held. */
  readonly lines: readonly BillingLine[] | null;
}

/**
 * Vial usage and claim lines for a session's injections and the vials opened for it.
 * @example sessionBilling(preemptFixedInjections(), [200]).usage.unitsWasted // 45
 */
export function sessionBilling(injections: readonly Injection[], vials: readonly VialSize[]): SessionBilling {
  const usage = vialUsage(vials, sessionTotalUnits(injections));
  return { usage, lines: usage.unitsWasted === null ? null : billingLines(usage.unitsGiven, usage.unitsWasted) };
}
