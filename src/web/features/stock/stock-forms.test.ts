import { describe, expect, it } from "vitest";
import { checkCorrection, checkLot, checkProduct, countOf, emptyLot } from "./stock-forms.ts";

const paths = (result: { ok: boolean; error?: { issues: readonly { path: string; message: string }[] } }) => (result.ok ? [] : (result.error?.issues ?? []));

describe("receiving a lot, checked before sending", () => {
  it("says each empty field is required, not 'not a date' or 'not a number'", () => {
    expect(paths(checkLot(emptyLot("")))).toEqual([
      { path: "productId", message: "is required" },
      { path: "lotNumber", message: "is required" },
      { path: "expiry", message: "is required" },
      { path: "vialsReceived", message: "is required" },
    ]);
  });

  it("refuses a count that is not a whole number of at least one, and a lot number not as printed", () => {
    const base = { productId: "onabotulinumtoxinA-100", lotNumber: "C1234", expiry: "2027-06-30" };
    expect(paths(checkLot({ ...base, vialsReceived: "two" }))).toEqual([{ path: "vialsReceived", message: "must be a whole number" }]);
    expect(paths(checkLot({ ...base, vialsReceived: "2.5" }))).toEqual([{ path: "vialsReceived", message: "must be a whole number" }]);
    expect(paths(checkLot({ ...base, vialsReceived: "0" }))).toEqual([{ path: "vialsReceived", message: "must be at least 1" }]);
    expect(paths(checkLot({ ...base, lotNumber: "#12", vialsReceived: "1" })).map((issue) => issue.path)).toEqual(["lotNumber"]);
  });

  it("sends the lot number trimmed and the count as a number", () => {
    const checked = checkLot({ productId: "onabotulinumtoxinA-100", lotNumber: " C1234 ", expiry: "2027-06-30", vialsReceived: " 6 " });
    expect(checked.ok && checked.value).toEqual({ productId: "onabotulinumtoxinA-100", lotNumber: "C1234", expiry: "2027-06-30", vialsReceived: 6 });
  });

  it("reads a typed count", () => {
    expect([countOf(" 6 "), countOf(""), Number.isNaN(countOf("x"))]).toEqual([6, undefined, true]);
  });
});

describe("correcting a lot and editing a product", () => {
  it("allows zero vials received but not empty or negative", () => {
    expect(checkCorrection("0").ok).toBe(true);
    expect(paths(checkCorrection(""))).toEqual([{ path: "vialsReceived", message: "is required" }]);
    expect(paths(checkCorrection("-1")).map((issue) => issue.path)).toEqual(["vialsReceived"]);
  });

  it("asks for a name and an NDC of 10 digits", () => {
    expect(checkProduct({ name: "BOTOX 100 U", ndc: "0023-1145-01", active: false }).ok).toBe(true);
    expect(paths(checkProduct({ name: " ", ndc: "", active: true }))).toEqual([
      { path: "name", message: "is required" },
      { path: "ndc", message: "is required" },
    ]);
    expect(paths(checkProduct({ name: "BOTOX", ndc: "23-1145", active: true }))).toEqual([{ path: "ndc", message: "must be an NDC of 10 digits, e.g. 0023-1145-01" }]);
  });
});
