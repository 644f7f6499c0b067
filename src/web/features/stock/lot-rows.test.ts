import { describe, expect, it } from "vitest";
import type { LotView, Stock } from "#contracts/api/stock.ts";
import { expiredNote, expiryDistance, groupLots, lotRow, lotStatusText, receivedText, stockSummary } from "./lot-rows.ts";

let next = 0;
function lot(overrides: Partial<LotView>): LotView {
  next += 1;
  return {
    id: `0190d2a4-0000-7000-8000-${String(next).padStart(12, "0")}`,
    productId: "onabotulinumtoxinA-100",
    productName: "onabotulinumtoxinA (BOTOX) 100 U vial",
    lotNumber: `L${next}`,
    expiry: "2027-06-30",
    vialUnits: 100,
    vialsReceived: 10,
    vialsUsed: 0,
    vialsLeft: 10,
    daysToExpiry: 209,
    status: "available",
    receivedOn: "2026-12-03",
    ...overrides,
  };
}

const PRODUCTS: Stock["products"] = [
  { id: "onabotulinumtoxinA-100", name: "onabotulinumtoxinA (BOTOX) 100 U vial", vialUnits: 100, ndc: "0023-1145-01", hcpcs: "J0585", standardDiluentMl: 2, active: true },
  { id: "onabotulinumtoxinA-200", name: "onabotulinumtoxinA (BOTOX) 200 U vial", vialUnits: 200, ndc: "0023-3921-02", hcpcs: "J0585", standardDiluentMl: 4, active: true },
];

describe("a lot's status in words (the server decides it, src/domain/stock/lots.ts)", () => {
  it.each([
    [{ status: "available", daysToExpiry: 209 }, "Available"],
    [{ status: "expiring", daysToExpiry: 17 }, "Expires in 17 days"],
    [{ status: "expiring", daysToExpiry: 1 }, "Expires in 1 day"],
    [{ status: "expiring", daysToExpiry: 0 }, "Expires today"],
    [{ status: "expired", daysToExpiry: -1 }, "Expired"],
    [{ status: "used-up", daysToExpiry: 40 }, "Used up"],
  ] as const)("words %o as %s", (given, text) => {
    expect(lotStatusText(given)).toBe(text);
  });

  it("says how far the expiry date is from today, the expiry day itself being the last day of use", () => {
    expect([expiryDistance(30), expiryDistance(1), expiryDistance(0), expiryDistance(-1), expiryDistance(-12)]).toEqual(["in 30 days", "in 1 day", "today is the last day", "1 day ago", "12 days ago"]);
  });

  it("gives a row the date in words beside the distance", () => {
    expect(lotRow(lot({ lotNumber: "C1234", expiry: "2026-12-20", daysToExpiry: 17, status: "expiring" }))).toMatchObject({
      lotNumber: "C1234",
      expiry: "20 Dec 2026",
      expiryDistance: "in 17 days",
      statusText: "Expires in 17 days",
    });
  });
});

describe("the lots grouped for the page", () => {
  it("lists usable lots first in the server's order, used-up ones after, and expired ones apart", () => {
    const expiring = lot({ status: "expiring", daysToExpiry: 10 });
    const usedUp = lot({ status: "used-up", vialsLeft: 0, vialsUsed: 10 });
    const expired = lot({ status: "expired", daysToExpiry: -3, vialsLeft: 2 });
    const available = lot({});
    const { inStock, expired: apart } = groupLots([expired, usedUp, expiring, available]);
    expect(inStock.map((l) => l.id)).toEqual([expiring.id, available.id, usedUp.id]);
    expect(apart.map((l) => l.id)).toEqual([expired.id]);
  });
});

describe("the stock summary", () => {
  it("counts usable vials per product (never from expired or used-up lots) and the lots needing attention", () => {
    const summary = stockSummary({
      products: PRODUCTS,
      lots: [
        lot({ vialsLeft: 6 }),
        lot({ status: "expiring", daysToExpiry: 5, vialsLeft: 3 }),
        lot({ status: "expired", daysToExpiry: -1, vialsLeft: 2 }),
        lot({ status: "used-up", vialsLeft: 0 }),
        lot({ productId: "onabotulinumtoxinA-200", vialUnits: 200, vialsLeft: 1 }),
      ],
    });
    expect(summary).toEqual({
      usable: [
        { productId: "onabotulinumtoxinA-100", label: "100 U vials", vials: 9 },
        { productId: "onabotulinumtoxinA-200", label: "200 U vials", vials: 1 },
      ],
      expiringLots: 1,
      expiredLots: 1,
      expiredVials: 2,
    });
  });

  it("leaves out a retired product with nothing usable, and names products of one size by name", () => {
    const retired = { ...PRODUCTS[1]!, active: false };
    expect(stockSummary({ products: [PRODUCTS[0]!, retired], lots: [] }).usable.map((p) => p.productId)).toEqual(["onabotulinumtoxinA-100"]);
    const twin = { ...PRODUCTS[0]!, id: "other-100", name: "Other 100 U" };
    expect(stockSummary({ products: [PRODUCTS[0]!, twin], lots: [] }).usable.map((p) => p.label)).toEqual(["onabotulinumtoxinA (BOTOX) 100 U vial", "Other 100 U"]);
  });
});

describe("the sentences", () => {
  it("says what the expired lots hold", () => {
    expect(expiredNote(1, 0)).toBe("1 lot has passed its expiry date and cannot be chosen for a session; no vials are left in it.");
    expect(expiredNote(2, 1)).toBe("2 lots have passed their expiry date and cannot be chosen for a session; 1 vial is left in them.");
  });

  it("says what receiving added", () => {
    expect(receivedText(lot({ lotNumber: "C1234", vialsReceived: 6, expiry: "2027-06-30" }))).toBe("Lot C1234: 6 vials of 100 U, expiring 30 Jun 2027.");
  });
});
