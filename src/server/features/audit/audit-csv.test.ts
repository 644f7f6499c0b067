/** The audit log's CSV: quoting, and cells a spreadsheet would run defused (OWASP, CSV injection). */
import { describe, expect, it } from "vitest";
import { AUDIT_CSV_HEADER, auditCsvLine, csvCell } from "./audit-csv.ts";

describe("the audit log as CSV", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
  ])("writes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes nothing for null and numbers as they are", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
  });

  it("has one cell per header column, the system's rows without a person", () => {
    const line = auditCsvLine({ id: "e", at: "2026-12-07T09:00:00.000Z", kind: "write", action: "demo.seeded", entity: "clinic", entityId: "c", route: null, method: null, ip: null, actor: null, patient: null, seq: null });
    expect(line).toBe("2026-12-07T09:00:00.000Z,write,demo.seeded,,,,,,,,clinic,c,");
    expect(line.split(",")).toHaveLength(AUDIT_CSV_HEADER.split(",").length);
  });
});
