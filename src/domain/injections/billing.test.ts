import { describe, expect, it } from "vitest";
import type { Injection } from "../shared/record.ts";
import { billingLines, sessionBilling } from "./billing.ts";
import { preemptFixedInjections } from "./preempt-protocol.ts";

const lineSummary = (lines: readonly { code: string; modifiers: readonly string[]; quantity: number }[]) =>
  lines.map((l) => [l.code, l.modifiers.join("+"), l.quantity]);
const ftp = (muscle: Injection["muscle"], count: number): Injection[] =>
  Array.from({ length: count }, () => ({ muscle, side: "right", units: 5, followThePain: true }));

describe("billing lines (pathway-rules §6)", () => {
  it("bills 155 U from a 200 U vial as J0585 ×155 and 45 U wasted with JW, plus 64615 once", () => {
    const billing = sessionBilling(preemptFixedInjections(), [200]);
    expect(billing.usage.unitsWasted).toBe(45);
    expect(lineSummary(billing.lines ?? [])).toEqual([["64615", "", 1], ["J0585", "", 155], ["J0585", "JW", 45]]);
  });

  it("bills 195 U from a 200 U vial with 5 U wasted under JW", () => {
    const injections = [...preemptFixedInjections(), ...ftp("temporalis", 2), ...ftp("occipitalis", 2), ...ftp("trapezius", 4)];
    const billing = sessionBilling(injections, [200]);
    expect(lineSummary(billing.lines ?? [])).toEqual([["64615", "", 1], ["J0585", "", 195], ["J0585", "JW", 5]]);
  });

  it("bills 200 U from two 100 U vials with JZ on the given line and no waste line", () => {
    expect(lineSummary(billingLines(200, 0))).toEqual([["64615", "", 1], ["J0585", "JZ", 200]]);
  });

  it("names the code systems", () => {
    expect(billingLines(155, 45).map((l) => l.system)).toEqual(["CPT", "HCPCS", "HCPCS"]);
  });

  it("gives no claim lines while more was given than the vials held", () => {
    const billing = sessionBilling(preemptFixedInjections(), [100]);
    expect(billing.lines).toBeNull();
    expect(billing.usage.problem?.code).toBe("units_given_exceed_vials");
  });

  it("rejects a negative waste as a programmer error", () => {
    expect(() => billingLines(155, -5)).toThrow(RangeError);
  });
});
