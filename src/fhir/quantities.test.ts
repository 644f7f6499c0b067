/**
 * The import reads a Quantity only in the unit the export writes it in (hours UCUM h, toxin units
 * U): a value in another unit is refused with the field's path, never read as ours.
 */
import { describe, expect, it } from "vitest";
import { hoursAt, hoursQuantity, toxinUnitsAt, toxinUnitsQuantity } from "./quantities.ts";
import { BundleReadError, type At } from "./read.ts";

const at = (quantity: unknown): At => ({ value: { q: quantity }, path: "entry[3].resource" });

function problem(read: () => number): string {
  try {
    read();
  } catch (error) {
    if (error instanceof BundleReadError) return error.message;
    throw error;
  }
  return "read without a problem";
}

describe("hours", () => {
  it("reads what the export writes, and a quantity giving only the unit h or only the UCUM code h", () => {
    expect(hoursAt(at(hoursQuantity(6.5)), "q")).toBe(6.5);
    expect(hoursAt(at({ value: 3, unit: "h" }), "q")).toBe(3);
    expect(hoursAt(at({ value: 3, system: "http://unitsofmeasure.org", code: "h" }), "q")).toBe(3);
  });

  it("refuses minutes, a unit contradicting the code, another system, and no unit at all", () => {
    expect(problem(() => hoursAt(at({ value: 90, unit: "min" }), "q"))).toBe("entry[3].resource.q.unit: must be h (hours)");
    expect(problem(() => hoursAt(at({ value: 90, unit: "min", system: "http://unitsofmeasure.org", code: "h" }), "q"))).toBe("entry[3].resource.q.unit: must be h (hours)");
    expect(problem(() => hoursAt(at({ value: 90, unit: "h", system: "http://unitsofmeasure.org", code: "min" }), "q"))).toBe("entry[3].resource.q.code: must be h (hours, UCUM)");
    expect(problem(() => hoursAt(at({ value: 6, unit: "h", system: "http://snomed.info/sct", code: "h" }), "q"))).toBe("entry[3].resource.q.system: must be http://unitsofmeasure.org");
    expect(problem(() => hoursAt(at({ value: 6 }), "q"))).toBe("entry[3].resource.q.code: is required: hours are UCUM h");
  });
});

describe("toxin units", () => {
  it("reads what the export writes", () => {
    expect(toxinUnitsAt(at(toxinUnitsQuantity(5)), "q")).toBe(5);
    expect(toxinUnitsAt(at({ value: 5, unit: "U", code: "U" }), "q")).toBe(5);
  });

  it("refuses another unit, a missing unit and a contradicting code, naming the field and not the value", () => {
    expect(problem(() => toxinUnitsAt(at({ value: 0.1, unit: "mL" }), "q"))).toBe("entry[3].resource.q.unit: must be U (units of the toxin product)");
    expect(problem(() => toxinUnitsAt(at({ value: 5 }), "q"))).toBe("entry[3].resource.q.unit: must be U (units of the toxin product)");
    expect(problem(() => toxinUnitsAt(at({ value: 5, unit: "U", code: "mg" }), "q"))).toBe("entry[3].resource.q.code: must be U (units of the toxin product) when given");
  });
});
