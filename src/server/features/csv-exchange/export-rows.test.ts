/** The session and outcome rows of the clinic's CSV exports: one row per session with its billing; the response as the rules give it. */
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { OUTCOME_CSV_COLUMNS, outcomeCsvRow } from "./outcome-csv-rows.ts";
import { SESSION_CSV_COLUMNS, sessionCsvRow } from "./session-csv-rows.ts";

const cellsOf = <T extends readonly string[]>(columns: T, cells: readonly unknown[]) => Object.fromEntries(columns.map((name, index) => [name, cells[index]]));

describe("a session row", () => {
  const vials = [{ lotId: "0190a0a0-0000-7000-8000-000000000001", lotNumber: "C1234A", productId: "botox-200", vialUnits: 200 as const, expiry: "2027-01-31", vials: 1, diluentMl: 4 }];

  it("has the units given, the vials and lots, the waste and the billing lines (155 U from a 200 U vial: 45 U wasted, JW)", () => {
    const row = cellsOf(SESSION_CSV_COLUMNS, sessionCsvRow({ patientId: "p", recordNumber: "MRN-7", sessionId: "s", revision: 2, recordedBy: "Ivy Injector", content: { date: "2026-03-02", injections: preemptFixedInjections().map((site) => ({ ...site, followThePain: false })), vials, givenAt: "2026-03-02T10:15:00.000Z", diluentLot: "S99", diagnosisCode: "G43.709", overrideReason: null } }));
    expect(row).toMatchObject({ record_number: "MRN-7", revision: 2, date: "2026-03-02", sites: 31, follow_the_pain_sites: 0, units_given: 155, vials: "200 U x1", vial_units_opened: 200, units_wasted: 45, lots: "C1234A (exp 2027-01-31)", diluent_lot: "S99", billing: "64615 x1; J0585 x155; J0585-JW x45", diagnosis_code: "G43.709", override_reason: null });
    expect(String(row["site_units"]).split("; ")).toHaveLength(31);
  });

  it("bills JZ when nothing was wasted, and leaves vials and billing empty for a session that names no vials", () => {
    const full = cellsOf(SESSION_CSV_COLUMNS, sessionCsvRow({ patientId: "p", recordNumber: null, sessionId: "s", revision: 1, recordedBy: "Ivy", content: { date: "2026-03-02", injections: [{ muscle: "trapezius", side: "left", units: 100, followThePain: true }, { muscle: "trapezius", side: "right", units: 100, followThePain: true }], vials } }));
    expect(full).toMatchObject({ units_wasted: 0, billing: "64615 x1; J0585-JZ x200", follow_the_pain_sites: 2 });
    const imported = cellsOf(SESSION_CSV_COLUMNS, sessionCsvRow({ patientId: "p", recordNumber: null, sessionId: "s", revision: 1, recordedBy: "Ivy", content: { date: "2026-03-02", injections: preemptFixedInjections() } }));
    expect(imported).toMatchObject({ units_given: 155, vials: null, units_wasted: null, billing: null, lots: null });
  });
});

describe("an outcome row", () => {
  it("gives the windows, the reduction and its change, and responders as the rules judged them", () => {
    const response = {
      status: "evaluated" as const,
      baselineWindow: { start: plainDate("2026-01-05"), end: plainDate("2026-02-01") },
      evaluationPoint: "two-cycles" as const,
      baselineHeadacheDays: 20,
      evaluationHeadacheDays: 11,
      evaluationWindow: { start: plainDate("2026-06-22"), end: plainDate("2026-07-19") },
      percentReduction: 45,
      responder30: true,
      responder50: false,
      recommendation: "continue" as const,
      reasons: ["responder_30"],
      reassessOn: null,
    };
    const row = cellsOf(OUTCOME_CSV_COLUMNS, outcomeCsvRow({ patientId: "p", recordNumber: "MRN-1", asOf: "2026-07-20", policy: "us-payer", sessionDates: ["2026-02-02", "2026-04-27"], response }));
    expect(row).toEqual({
      patient_id: "p", record_number: "MRN-1", as_of: "2026-07-20", policy: "us-payer", status: "evaluated", first_session: "2026-02-02", sessions: 2,
      baseline_start: "2026-01-05", baseline_end: "2026-02-01", baseline_headache_days: 20, evaluation_point: "two-cycles", evaluation_start: "2026-06-22", evaluation_end: "2026-07-19",
      evaluation_headache_days: 11, change_percent: -45, reduction_percent: 45, responder_30: true, responder_50: false, recommendation: "continue", reason: "responder_30",
    });
  });
});
