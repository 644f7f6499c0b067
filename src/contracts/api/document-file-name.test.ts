import { describe, expect, it } from "vitest";
import { documentFileName } from "./document-file-name.ts";

describe("documentFileName", () => {
  it("names the document, the record number and the date", () => {
    expect(documentFileName("summary", { recordNumber: "MRN-2041", patientId: "p1", asOf: "2026-06-30" })).toBe("cephalog-summary-MRN-2041-2026-06-30.pdf");
    expect(documentFileName("record", { recordNumber: "MRN-2041", patientId: "p1", asOf: "2026-06-30" }, "json")).toBe("cephalog-record-MRN-2041-2026-06-30.json");
  });

  it("keeps only letters, digits, - and _ of a record number (a quote or slash would break the header or the path)", () => {
    expect(documentFileName("summary", { recordNumber: ' 00/42 "x"; ', patientId: "p1", asOf: "2026-06-30" })).toBe("cephalog-summary-00-42-x-2026-06-30.pdf");
    expect(documentFileName("summary", { recordNumber: "Ñ12", patientId: "p1", asOf: "2026-06-30" })).toBe("cephalog-summary-12-2026-06-30.pdf");
    expect(documentFileName("summary", { recordNumber: "x".repeat(60), patientId: "p1", asOf: "2026-06-30" })).toBe(`cephalog-summary-${"x".repeat(40)}-2026-06-30.pdf`);
  });

  it("falls back to the app's patient id when there is no record number, or nothing of it is left", () => {
    expect(documentFileName("summary", { recordNumber: null, patientId: "0193-ab", asOf: "2026-06-30" })).toBe("cephalog-summary-patient-0193-ab-2026-06-30.pdf");
    expect(documentFileName("summary", { recordNumber: "///", patientId: "0193-ab", asOf: "2026-06-30" })).toBe("cephalog-summary-patient-0193-ab-2026-06-30.pdf");
  });
});
