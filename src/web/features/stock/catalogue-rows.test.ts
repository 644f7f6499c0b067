import { describe, expect, it } from "vitest";
import { diluentText, productOptions, productStateText } from "./catalogue-rows.ts";

describe("the catalogue in words", () => {
  it("gives the standard dilution of each vial size as 5 U per 0.1 mL (pathway-rules §6)", () => {
    expect(diluentText({ vialUnits: 100, standardDiluentMl: 2 })).toBe("2 mL saline (5 U per 0.1 mL)");
    expect(diluentText({ vialUnits: 200, standardDiluentMl: 4 })).toBe("4 mL saline (5 U per 0.1 mL)");
    expect(diluentText({ vialUnits: 100, standardDiluentMl: 0 })).toBe("0 mL saline");
  });

  it("says whether a product can be received, and offers only those in use", () => {
    expect([productStateText(true), productStateText(false)]).toEqual(["In use", "Retired: no new lots"]);
    const product = { id: "p1", name: "BOTOX 100 U vial", vialUnits: 100, ndc: "0023-1145-01", hcpcs: "J0585", standardDiluentMl: 2, active: true };
    expect(productOptions([product, { ...product, id: "p2", active: false }])).toEqual([{ value: "p1", label: "100 U – BOTOX 100 U vial" }]);
  });
});
