/** Foreign-key order: each table after the tables it references; a cycle between tables refused by name. */
import { describe, expect, it } from "vitest";
import { CatalogCycleError, foreignKeyOrder } from "./catalog.ts";

describe("foreignKeyOrder", () => {
  it("puts every table after the tables it references, the rest by name", () => {
    const order = foreignKeyOrder(["patients", "clinics", "diary_revisions", "audit_events", "users"], [
      { table: "patients", references: "clinics" },
      { table: "diary_revisions", references: "patients" },
      { table: "audit_events", references: "clinics" },
    ]);
    expect(order).toEqual(["clinics", "audit_events", "patients", "diary_revisions", "users"]);
  });

  it("refuses a cycle between tables, naming them", () => {
    expect(() => foreignKeyOrder(["a", "b", "c"], [{ table: "a", references: "b" }, { table: "b", references: "a" }])).toThrow(CatalogCycleError);
    expect(() => foreignKeyOrder(["a", "b", "c"], [{ table: "a", references: "b" }, { table: "b", references: "a" }])).toThrow(/a, b$/);
  });
});
