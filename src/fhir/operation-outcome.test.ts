/**
 * Every error code of the API as an OperationOutcome is valid FHIR R4, its IssueType from the
 * required value set (ADR 0023's validator), with the project's code beside it and one issue per
 * bad field.
 */
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "#contracts/api/errors.ts";
import { fhirProblems } from "../../test/fhir/fhir-validator.ts";
import { ERROR_CODE_SYSTEM, operationOutcome } from "./operation-outcome.ts";

describe("operationOutcome", () => {
  it.each(ERROR_CODES)("makes a valid OperationOutcome of %s", (code) => {
    const outcome = operationOutcome({ code, message: "Something was refused." });
    expect(fhirProblems(outcome)).toEqual([]);
    expect(outcome["issue"]).toEqual([expect.objectContaining({ severity: code === "internal_error" ? "fatal" : "error", diagnostics: "Something was refused.", details: { coding: [{ system: ERROR_CODE_SYSTEM, code }] } })]);
  });

  it("gives one issue per bad field, naming it, and takes a more precise IssueType", () => {
    const outcome = operationOutcome({ code: "validation_failed", message: "bad", issues: [{ path: "_type", message: "is unknown" }, { path: "Prefer", message: "must be respond-async" }], issueType: "not-supported" });
    expect(fhirProblems(outcome)).toEqual([]);
    expect(outcome["issue"]).toEqual([
      expect.objectContaining({ code: "not-supported", diagnostics: "_type: is unknown", expression: ["_type"] }),
      expect.objectContaining({ code: "not-supported", diagnostics: "Prefer: must be respond-async", expression: ["Prefer"] }),
    ]);
  });

  it("is caught by the validator when the IssueType is not in the value set", () => {
    const outcome = operationOutcome({ code: "not_found", message: "x", issueType: "missing" as never });
    expect(fhirProblems(outcome).join()).toContain("issue-type");
  });
});
