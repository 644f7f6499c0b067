/**
 * The products a clinic gives for chronic migraine (clinical-facts.md §9.3-9.4): onabotulinumtoxinA
 * in 100 U and 200 U single-dose vials, billed as HCPCS J0585 per unit. The NDCs are the
 * manufacturer's therapeutic BOTOX codes as far as the sources go ([R]: 0023-1145-01 and
 * 0023-3921-02); they are the defaults of a clinic's catalogue, which an administrator may correct.
 */
import type { VialSize } from "../injections/vials.ts";

export interface Product {
  /** Stable id of the catalogue entry. */
  readonly id: string;
  readonly name: string;
  readonly vialUnits: VialSize;
  /** National Drug Code, 5-4-2. */
  readonly ndc: string;
  readonly hcpcs: "J0585";
  /** Saline for the standard 5 U in 0.1 mL (pathway-rules §6). */
  readonly standardDiluentMl: number;
}

export const DEFAULT_PRODUCTS: readonly Product[] = Object.freeze([
  { id: "onabotulinumtoxinA-100", name: "onabotulinumtoxinA (BOTOX) 100 U vial", vialUnits: 100, ndc: "0023-1145-01", hcpcs: "J0585", standardDiluentMl: 2 },
  { id: "onabotulinumtoxinA-200", name: "onabotulinumtoxinA (BOTOX) 200 U vial", vialUnits: 200, ndc: "0023-3921-02", hcpcs: "J0585", standardDiluentMl: 4 },
]);

const NDC_SHAPE = /^\d{4,5}-\d{3,4}-\d{1,2}$/;

/**
 * Whether a code has the shape of an NDC (labeler-product-package, 10 digits with hyphens).
 * @example isNdc("0023-1145-01") // true
 * @example isNdc("J0585") // false
 */
export function isNdc(code: string): boolean {
  return NDC_SHAPE.test(code) && code.replaceAll("-", "").length === 10;
}
