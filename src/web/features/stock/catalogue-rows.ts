/** The product catalogue as the stock page shows it: vial size, standard diluent, in use or retired. */
import type { Stock } from "#contracts/api/stock.ts";

export type ProductView = Stock["products"][number];

/**
 * The saline a vial takes for the standard dilution, with the dose per 0.1 mL it gives
 * (pathway-rules §6: 5 U in 0.1 mL).
 * @example diluentText({ vialUnits: 100, standardDiluentMl: 2 }) // "2 mL saline (5 U per 0.1 mL)"
 */
export function diluentText(product: Pick<ProductView, "vialUnits" | "standardDiluentMl">): string {
  const perTenth = product.standardDiluentMl > 0 ? Math.round((product.vialUnits / (product.standardDiluentMl * 10)) * 100) / 100 : null;
  const ml = `${product.standardDiluentMl} mL saline`;
  return perTenth === null ? ml : `${ml} (${perTenth} U per 0.1 mL)`;
}

/**
 * Whether a product can be received into stock.
 * @example productStateText(true) // "In use"
 * @example productStateText(false) // "Retired: no new lots"
 */
export function productStateText(active: boolean): string {
  return active ? "In use" : "Retired: no new lots";
}

/**
 * The choices of the receive form's product field: the products in use, in the catalogue's order,
 * each led by its vial size so a select too narrow for the whole name still tells them apart.
 * @example productOptions([{ id: "onabotulinumtoxinA-100", name: "BOTOX 100 U vial", vialUnits: 100, active: true, ... }]) // [{ value: "onabotulinumtoxinA-100", label: "100 U – BOTOX 100 U vial" }]
 */
export function productOptions(products: readonly ProductView[]): { value: string; label: string }[] {
  return products.filter((product) => product.active).map((product) => ({ value: product.id, label: `${product.vialUnits} U – ${product.name}` }));
}
