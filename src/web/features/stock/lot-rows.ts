/**
 * The clinic's lots as the stock page shows them: each lot's status and expiry in words (the
 * server decides the status, src/domain/stock/lots.ts; this only words it), the lots grouped so
 * expired ones stand apart, and what is usable now per product.
 */
import type { LotView, Stock } from "#contracts/api/stock.ts";
import { formatPlainDate } from "#web/ui/format.ts";

export type LotStatus = LotView["status"];

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * A lot's status as a word or a short phrase: an expiring lot says how long it has left.
 * @example lotStatusText({ status: "expiring", daysToExpiry: 17 }) // "Expires in 17 days"
 * @example lotStatusText({ status: "expired", daysToExpiry: -2 }) // "Expired"
 */
export function lotStatusText(lot: Pick<LotView, "status" | "daysToExpiry">): string {
  switch (lot.status) {
    case "available":
      return "Available";
    case "expiring":
      return lot.daysToExpiry <= 0 ? "Expires today" : `Expires in ${plural(lot.daysToExpiry, "day")}`;
    case "expired":
      return "Expired";
    case "used-up":
      return "Used up";
  }
}

/**
 * How far the expiry date is from the clinic's today, for the expiry column. A lot is usable
 * through its expiry date (src/domain/stock/lots.ts).
 * @example expiryDistance(17) // "in 17 days"
 * @example expiryDistance(0) // "today is the last day"
 * @example expiryDistance(-1) // "1 day ago"
 */
export function expiryDistance(daysToExpiry: number): string {
  if (daysToExpiry > 0) return `in ${plural(daysToExpiry, "day")}`;
  if (daysToExpiry === 0) return "today is the last day";
  return `${plural(-daysToExpiry, "day")} ago`;
}

/** A lot as the table's cells show it. */
export interface LotRow {
  readonly id: string;
  readonly lot: LotView;
  readonly lotNumber: string;
  readonly productName: string;
  /** "20 Dec 2026" */
  readonly expiry: string;
  /** "in 17 days" */
  readonly expiryDistance: string;
  readonly statusText: string;
}

/**
 * One lot as a table row.
 * @example lotRow({ lotNumber: "C1234", expiry: "2026-12-20", daysToExpiry: 17, status: "expiring", ... }).statusText // "Expires in 17 days"
 */
export function lotRow(lot: LotView): LotRow {
  return {
    id: lot.id,
    lot,
    lotNumber: lot.lotNumber,
    productName: lot.productName,
    expiry: formatPlainDate(lot.expiry),
    expiryDistance: expiryDistance(lot.daysToExpiry),
    statusText: lotStatusText(lot),
  };
}

/**
 * The lots in stock (those that can still be used first, in the server's order of expiry, then
 * those used up) and the expired ones, listed apart: they cannot be chosen for a session.
 */
export function groupLots(lots: readonly LotView[]): { readonly inStock: LotView[]; readonly expired: LotView[] } {
  const usable = lots.filter((lot) => lot.status === "available" || lot.status === "expiring");
  const usedUp = lots.filter((lot) => lot.status === "used-up");
  return { inStock: [...usable, ...usedUp], expired: lots.filter((lot) => lot.status === "expired") };
}

/** What the page's summary says: vials usable now per product, lots expiring soon, expired lots. */
export interface StockSummary {
  readonly usable: readonly { readonly productId: string; readonly label: string; readonly vials: number }[];
  readonly expiringLots: number;
  readonly expiredLots: number;
  /** Vials left in expired lots (not to be used). */
  readonly expiredVials: number;
}

/**
 * The summary above the lots: each active product's usable vials (in lots neither expired nor
 * used up), and how many lots expire soon or have expired.
 * @example stockSummary(stock).usable // [{ productId: "onabotulinumtoxinA-100", label: "100 U vials", vials: 10 }, ...]
 */
export function stockSummary(stock: Pick<Stock, "products" | "lots">): StockSummary {
  const usableLots = stock.lots.filter((lot) => lot.status === "available" || lot.status === "expiring");
  const expired = stock.lots.filter((lot) => lot.status === "expired");
  const products = stock.products.filter((product) => product.active || usableLots.some((lot) => lot.productId === product.id));
  // Two products of one vial size would read alike: then the label is the product's name.
  const sizeIsUnique = (units: number) => products.filter((product) => product.vialUnits === units).length === 1;
  return {
    usable: products.map((product) => ({
      productId: product.id,
      label: sizeIsUnique(product.vialUnits) ? `${product.vialUnits} U vials` : product.name,
      vials: usableLots.filter((lot) => lot.productId === product.id).reduce((sum, lot) => sum + lot.vialsLeft, 0),
    })),
    expiringLots: stock.lots.filter((lot) => lot.status === "expiring").length,
    expiredLots: expired.length,
    expiredVials: expired.reduce((sum, lot) => sum + lot.vialsLeft, 0),
  };
}

/**
 * The line under the expired lots' heading.
 * @example expiredNote(2, 3) // "2 lots have passed their expiry date and cannot be chosen for a session; 3 vials are left in them."
 */
export function expiredNote(lots: number, vials: number): string {
  const what = lots === 1 ? "1 lot has passed its expiry date" : `${lots} lots have passed their expiry date`;
  const count = vials === 0 ? "no vials are" : `${plural(vials, "vial")} ${vials === 1 ? "is" : "are"}`;
  const left = `${count} left in ${lots === 1 ? "it" : "them"}`;
  return `${what} and cannot be chosen for a session; ${left}.`;
}

/**
 * What receiving a lot added, said after the form.
 * @example receivedText({ lotNumber: "C1234", vialsReceived: 6, vialUnits: 100, expiry: "2027-06-30", ... }) // "Lot C1234: 6 vials of 100 U, expiring 30 Jun 2027."
 */
export function receivedText(lot: Pick<LotView, "lotNumber" | "vialsReceived" | "vialUnits" | "expiry">): string {
  return `Lot ${lot.lotNumber}: ${plural(lot.vialsReceived, "vial")} of ${lot.vialUnits} U, expiring ${formatPlainDate(lot.expiry)}.`;
}
