/**
 * Issue 10 §4: a record exported as a Bundle and imported back is the same record, and assessing
 * it gives the same assessment; for every assess fixture and for generated records (property).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "#domain/assess/assess.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import { bundleToRecord } from "#fhir/bundle-to-record.ts";
import { recordToBundle } from "#fhir/record-to-bundle.ts";
import { DEFAULT_AS_OF, fixtures } from "./fixture-bundles.ts";
import { parsedRecordArb } from "./record-arbitraries.ts";

/** Export, write as JSON text, read back, import and parse: the whole trip a file makes. */
function roundTrip(parsed: ParsedPatientRecord, asOf: PlainDate): { record: unknown; reparsed: ParsedPatientRecord } {
  const text = JSON.stringify(recordToBundle(parsed, { asOf }));
  const imported = bundleToRecord(JSON.parse(text));
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.issues)}`);
  expect(imported.ignored).toEqual([]);
  const reparsed = parsePatientRecord(imported.record);
  if (!reparsed.ok) throw new Error(`the imported record is invalid: ${JSON.stringify(reparsed.issues.slice(0, 5))}`);
  return { record: imported.record, reparsed: reparsed.value };
}

/** The equivalent forms the Bundle does not tell apart (docs/fhir.md, "Round trip"): empty feature and history objects. */
function withoutEmptyObjects(parsed: ParsedPatientRecord): ParsedPatientRecord {
  const isEmpty = (value: object | undefined) => value !== undefined && Object.values(value).every((v) => v === undefined);
  const { record } = parsed;
  return {
    ...parsed,
    record: {
      ...record,
      history: isEmpty(record.history) ? undefined : record.history,
      diary: record.diary.map((day) => (isEmpty(day.features) ? { ...day, features: undefined } : day)),
    },
  };
}

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function expectSameRecordAndAssessment(parsed: ParsedPatientRecord, asOf: PlainDate): void {
  const { reparsed } = roundTrip(parsed, asOf);
  expect(asJson(reparsed)).toEqual(asJson(withoutEmptyObjects(parsed)));
  const options = (p: ParsedPatientRecord) => ({ asOf, policy: p.policy ?? "us-label", settings: p.settings });
  expect(asJson(assess(reparsed.record, options(reparsed)))).toEqual(asJson(assess(parsed.record, options(parsed))));
}

describe("FHIR round trip", () => {
  it.each(fixtures().map((fixture) => [fixture.name, fixture] as const))("%s comes back as the same record with the same assessment", (_name, fixture) => {
    expectSameRecordAndAssessment(fixture.parsed, fixture.parsed.asOf ?? DEFAULT_AS_OF);
  });

  it("brings back any valid record, and assessing it gives the same assessment (property)", () => {
    fc.assert(fc.property(parsedRecordArb, ({ parsed, asOf }) => expectSameRecordAndAssessment(parsed, asOf)), { numRuns: 60 });
  });

  it("keeps lots, expiry, blank override reasons and score-only HIT-6 forms", () => {
    const input = {
      patient: { id: "p1" },
      treatments: [
        { date: "2026-02-01", overrideReason: "", lot: "C3709C3", expiry: "2027-01-31", injections: [{ muscle: "trapezius", side: "left", units: 5, followThePain: true }] },
        { date: "2026-04-20", injections: [] },
      ],
      questionnaires: [{ instrument: "HIT-6", date: "2026-01-25", responses: [], score: 60 }],
    };
    const parsed = parsePatientRecord(input);
    if (!parsed.ok) throw new Error("invalid");
    const { record } = roundTrip(parsed.value, "2026-05-01" as PlainDate);
    expect(record).toMatchObject({
      treatments: [
        { date: "2026-02-01", overrideReason: "", lot: "C3709C3", expiry: "2027-01-31", injections: [{ muscle: "trapezius", side: "left", units: 5, followThePain: true }] },
        { date: "2026-04-20", overrideReason: null, injections: [] },
      ],
      questionnaires: [{ instrument: "HIT-6", date: "2026-01-25", responses: [], score: 60 }],
    });
    expect(record).not.toHaveProperty("preventives");
  });
});
