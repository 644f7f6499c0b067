/**
 * The scenario records on disk are exactly what their scenarios describe (so the hand-worked
 * README.md and the files cannot drift apart), and each is a valid record without unknown fields.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { formatRecord, recordFileName } from "../fixtures/assess/build-records.ts";
import { diaryFromPhases } from "../fixtures/assess/diary-patterns.ts";
import { PATTERNS, SCENARIOS } from "../fixtures/assess/scenarios.ts";
import { fixturePath } from "./cli.ts";

describe("scenario records", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s.record.json is up to date (node test/fixtures/assess/build-records.ts)", (_name, scenario) => {
    expect(readFileSync(fixturePath(recordFileName(scenario.name)), "utf8")).toBe(`${formatRecord(scenario.record)}\n`);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s is a valid record with no unknown field", (_name, scenario) => {
    const parsed = parsePatientRecord(scenario.record);
    expect(parsed.ok ? parsed.value.unknownFields : parsed.issues).toEqual([]);
  });

  it("every pattern is 28 days long", () => {
    for (const pattern of Object.values(PATTERNS)) expect(pattern).toHaveLength(28);
  });

  it("repeats a pattern from its first date and leaves '.' days unrecorded", () => {
    const days = diaryFromPhases([{ from: "2026-01-30", until: "2026-02-03", pattern: "M.0" }]);
    expect(days.map((d) => [d.date, d.headache])).toEqual([
      ["2026-01-30", true],
      ["2026-02-01", false],
      ["2026-02-02", true],
    ]);
  });
});
