/**
 * Vials, dilution and waste (pathway-rules §6; clinical-facts.md §3.2): a 100 U vial takes 2 mL
 * and a 200 U vial 4 mL of preservative-free saline, both giving 50 U/mL (5 U in 0.1 mL).
 * Units wasted = vial units opened minus units given; it is billed with modifier JW.
 */

/** Vial sizes of onabotulinumtoxinA for chronic migraine, in units. */
export const VIAL_SIZES = [100, 200] as const;
export type VialSize = (typeof VIAL_SIZES)[number];

/** Saline (mL) for each vial size to give PREEMPT's 5 U/0.1 mL. */
export const STANDARD_SALINE_ML: Readonly<Record<VialSize, number>> = Object.freeze({ 100: 2, 200: 4 });

/** The resulting concentration of a standard dilution, in units per mL. */
export const STANDARD_UNITS_PER_ML = 50;

/** Rounds a volume to the microlitre so float noise (0.30000000000000004) never shows. */
function roundMl(ml: number): number {
  return Math.round(ml * 1000) / 1000;
}

/**
 * Units per mL after adding `salineMl` of saline to a vial of `vialUnits`.
 * @example unitsPerMl(200, 4) // 50
 */
export function unitsPerMl(vialUnits: number, salineMl: number): number {
  if (!(salineMl > 0)) throw new RangeError("saline volume must be positive");
  return vialUnits / salineMl;
}

/**
 * The volume (mL) that holds `units` at a concentration (default 50 U/mL), to the microlitre.
 * @example volumeMl(5) // 0.1
 * @example volumeMl(7.5) // 0.15
 */
export function volumeMl(units: number, concentrationUnitsPerMl: number = STANDARD_UNITS_PER_ML): number {
  if (!(concentrationUnitsPerMl > 0)) throw new RangeError("concentration must be positive");
  return roundMl(units / concentrationUnitsPerMl);
}

/** What was opened, given and wasted in a session. */
export interface VialUsage {
  readonly vialUnitsOpened: number;
  /** Saline for the standard dilution of every vial opened. */
  readonly salineMl: number;
  readonly unitsGiven: number;
  /** Opened minus given; null when more was given than opened (a record error, see `problem`). */
  readonly unitsWasted: number | null;
  readonly problem: { readonly code: "units_given_exceed_vials"; readonly message: string } | null;
}

/**
 * Units opened, saline, and units wasted for the vials opened in a session and the units given.
 * @example vialUsage([200], 155) // { vialUnitsOpened: 200, salineMl: 4, unitsGiven: 155, unitsWasted: 45, problem: null }
 * @example vialUsage([100, 100], 200).unitsWasted // 0
 */
export function vialUsage(vials: readonly VialSize[], unitsGiven: number): VialUsage {
  const vialUnitsOpened = vials.reduce((sum, vial) => sum + vial, 0);
  const salineMl = roundMl(vials.reduce((sum, vial) => sum + STANDARD_SALINE_ML[vial], 0));
  if (unitsGiven > vialUnitsOpened) {
    const message = `${unitsGiven} U given but only ${vialUnitsOpened} U in the vials opened; record every vial used`;
    return { vialUnitsOpened, salineMl, unitsGiven, unitsWasted: null, problem: { code: "units_given_exceed_vials", message } };
  }
  return { vialUnitsOpened, salineMl, unitsGiven, unitsWasted: vialUnitsOpened - unitsGiven, problem: null };
}
