import { describe, expect, it } from "vitest";
import { patientFacts } from "./patient-facts.ts";

describe("patientFacts", () => {
  it("states the record number and sex when known", () => {
    expect(patientFacts({ birthDate: "1980-02-01", sex: "female", recordNumber: "MRN-7", timeZone: "Europe/London" }, "2026-12-04")).toBe(
      "Record MRN-7 · born 1 Feb 1980 · sex female · time zone Europe/London · the patient's today: 4 Dec 2026",
    );
  });

  it("leaves out what was never given, and says 'not known' when that was the answer", () => {
    expect(patientFacts({ birthDate: "1980-02-01", sex: null, recordNumber: null, timeZone: "UTC" }, "2026-12-04")).toBe("Born 1 Feb 1980 · time zone UTC · the patient's today: 4 Dec 2026");
    expect(patientFacts({ birthDate: "1980-02-01", sex: "unknown", recordNumber: null, timeZone: "UTC" }, "2026-12-04")).toContain("sex not known");
  });
});
