import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { DEFAULT_OPERATIONS } from "../shared/operations.ts";
import { isUsableOn, lotStock, type Lot } from "./lots.ts";
import { DEFAULT_PRODUCTS, isNdc } from "./products.ts";

const TODAY = plainDate("2026-12-03");
const lot = (expiry: string, vialsReceived = 10): Lot => ({ id: "l1", lotNumber: "C1234", productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: plainDate(expiry), vialsReceived });

describe("lots in stock", () => {
  it.each([
    ["2027-06-30", 0, "available", 209],
    ["2027-01-02", 0, "expiring", 30],
    ["2027-01-03", 0, "available", 31],
    ["2026-12-03", 0, "expiring", 0],
    ["2026-12-02", 0, "expired", -1],
    ["2027-06-30", 10, "used-up", 209],
    ["2026-12-02", 10, "expired", -1],
  ])("a lot expiring %s with %s of 10 vials used is %s (%s days to expiry)", (expiry, used, status, days) => {
    const stock = lotStock(lot(expiry), used, TODAY, DEFAULT_OPERATIONS);
    expect(stock.status).toBe(status);
    expect(stock.daysToExpiry).toBe(days);
    expect(stock.vialsLeft).toBe(10 - used);
  });

  it("flags by the clinic's own warning period", () => {
    expect(lotStock(lot("2027-02-01"), 0, TODAY, { lotExpiryWarningDays: 60 }).status).toBe("expiring");
    expect(lotStock(lot("2027-02-01"), 0, TODAY, { lotExpiryWarningDays: 30 }).status).toBe("available");
  });

  it("never shows fewer than no vials left when more were used than received", () => {
    expect(lotStock(lot("2027-06-30", 2), 3, TODAY, DEFAULT_OPERATIONS).vialsLeft).toBe(0);
  });

  it("may be chosen through its expiry date, not after", () => {
    expect(isUsableOn(lot("2026-12-03"), TODAY)).toBe(true);
    expect(isUsableOn(lot("2026-12-02"), TODAY)).toBe(false);
  });

  it("knows the catalogue's NDCs and HCPCS code", () => {
    expect(DEFAULT_PRODUCTS.map((p) => [p.vialUnits, p.standardDiluentMl, p.hcpcs, isNdc(p.ndc)])).toEqual([
      [100, 2, "J0585", true],
      [200, 4, "J0585", true],
    ]);
    expect(isNdc("J0585")).toBe(false);
    expect(isNdc("00231-145-011")).toBe(false);
  });
});
