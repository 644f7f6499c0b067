/**
 * The patient record contract (assess-contract.md, "Input") as it parses: defaults, aliases,
 * nulls, unknown fields, and the JSON paths and wording of its errors.
 */
import { describe, expect, it } from "vitest";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import { formatIssue, formatPath } from "#contracts/issues.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { firstJsonErrorOffset, jsonErrorReason, parseJson } from "#cli/commands/assess-input.ts";

function parsed(input: unknown): ParsedPatientRecord {
  const result = parsePatientRecord(input);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.value;
}

function issuesOf(input: unknown): string[] {
  const result = parsePatientRecord(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("a patient record parses into the domain's record", () => {
  it("needs only patient.id; every list defaults to empty, preventives to 'not given'", () => {
    const { record, asOf, policy, settings, unknownFields } = parsed({ patient: { id: "p1" } });
    expect(record).toEqual({ patient: { id: "p1" }, history: undefined, diary: [], preventives: undefined, treatments: [], otherToxinDoses: [], questionnaires: [], sideEffectReports: [] });
    expect([asOf, policy, unknownFields]).toEqual([undefined, undefined, []]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it("echoes patient.id exactly as given, spaces and length included, and refuses an empty one", () => {
    expect(parsed({ patient: { id: " p1 " } }).record.patient.id).toBe(" p1 ");
    expect(parsed({ patient: { id: "x".repeat(500) } }).record.patient.id).toHaveLength(500);
    expect(issuesOf({ patient: { id: "" } })).toEqual(["patient.id: must not be empty"]);
  });

  it("names a repeated diary date even while another day of the list is malformed", () => {
    const issues = issuesOf({ patient: { id: "p1" }, diary: [{ date: "2026-01-02", headache: false }, { date: "2026-01-03", headache: true, hours: 30, severity: 1 }, { date: "2026-01-02", headache: false }] });
    expect(issues).toContain("diary[1].hours: must be 0-24 hours");
    expect(issues.some((issue) => issue.startsWith("diary[2].date: has the same date as diary[0]"))).toBe(true);
  });

  it("keeps an empty preventive list apart from an absent one (§5: not-met versus unknown)", () => {
    expect(parsed({ patient: { id: "p1" }, preventives: [] }).record.preventives).toEqual([]);
    expect(parsed({ patient: { id: "p1" }, preventives: null }).record.preventives).toBeUndefined();
  });

  it("reads null on an optional field as 'not given'", () => {
    const { record } = parsed({
      patient: { id: "p1", birthDate: null, sex: null },
      history: { chronicMigraineSince: null, overuseManaged: null },
      diary: [{ date: "2026-01-02", headache: false, hours: null, severity: null, features: null, medications: null }],
      treatments: [{ date: "2026-02-01", overrideReason: null, injections: [{ muscle: "procerus", side: "midline", units: 5, followThePain: null }] }],
      questionnaires: null,
    });
    expect(record.diary[0]).toEqual({ date: "2026-01-02", headache: false, hours: undefined, severity: undefined, features: undefined, medications: undefined });
    expect(record.treatments[0]?.injections[0]?.followThePain).toBeUndefined();
    expect(record.questionnaires).toEqual([]);
  });

  it("maps the medication class alias nsaid to simple-analgesic (§2)", () => {
    const { record } = parsed({ patient: { id: "p1" }, diary: [{ date: "2026-01-01", headache: false, medications: [{ class: "nsaid" }] }] });
    expect(record.diary[0]?.medications?.[0]?.class).toBe("simple-analgesic");
  });

  it("takes 3.0 as the integer 3 (JSON cannot tell them apart, §9)", () => {
    const { record } = parsed(JSON.parse('{"patient": {"id": "p1"}, "questionnaires": [{"instrument": "HIT-6", "date": "2026-01-01", "responses": [4.0, 3, 3, 2, 4, 3.0]}]}'));
    expect(record.questionnaires[0]?.responses).toEqual([4, 3, 3, 2, 4, 3]);
  });

  it("accepts the boundaries of every range", () => {
    expect(issuesOf({
      patient: { id: "p1" },
      settings: { minRecordedDays: 0, headacheDayMinHours: 24, cumulativeDoseWindowDays: 1, nextLateDays: 3650, wearingOffMinRise: 0, wearingOffMinRecordedShare: 1, maxSessionUnits: 0 },
      diary: [{ date: "2026-01-01", headache: true, hours: 0, severity: 0 }, { date: "2026-01-02", headache: true, hours: 24, severity: 3 }],
      questionnaires: [
        { instrument: "HIT-6", date: "2026-01-01", responses: [0, 0, 0, 4, 4, 4] },
        { instrument: "MIDAS", date: "2026-01-01", responses: [0, 90, 0, 90, 0], a: 90, b: 10 },
        { instrument: "MIDAS", date: "2026-01-02", responses: [0, 0, 0, 0, 0], a: 0, b: 0 },
      ],
      otherToxinDoses: [{ date: "2026-01-01", units: 0.5 }],
      preventives: [{ name: "x", class: "other", start: "2026-01-01", end: "2026-01-01", outcome: "ongoing" }],
    })).toEqual([]);
  });

  it("lets injection units of zero or less through: the checks report them (§6 site_units_invalid)", () => {
    expect(issuesOf({ patient: { id: "p1" }, treatments: [{ date: "2026-01-01", injections: [{ muscle: "procerus", side: "midline", units: 0 }] }] })).toEqual([]);
  });

  it("reads the record's own asOf, policy and settings", () => {
    const value = parsed({ patient: { id: "p1" }, asOf: "2026-06-30", policy: "nice-ta260", settings: { minRecordedDays: 21, migraineDayRule: "ichd-strict" } });
    expect([value.asOf, value.policy, value.settings.minRecordedDays, value.settings.migraineDayRule, value.settings.nextDueDays]).toEqual(["2026-06-30", "nice-ta260", 21, "ichd-strict", 84]);
  });
});

describe("unknown fields are collected, not refused", () => {
  it("names each by its JSON path", () => {
    const value = parsed({
      patient: { id: "p1", "first name": "x" },
      history: { migraineSince: "2020-01-01" },
      diary: [{ date: "2026-01-01", headache: false, features: { aura: false, dizziness: true } }],
      treatments: [{ date: "2026-02-01", injections: [{ muscle: "procerus", side: "midline", units: 5, lot: "A1" }] }],
      questionnaires: [{ instrument: "HIT-6", date: "2026-01-25", responses: [4, 3, 3, 2, 4, 3], b: 7 }],
    });
    expect(value.unknownFields).toEqual([
      'patient["first name"]',
      "history.migraineSince",
      "diary[0].features.dizziness",
      "treatments[0].injections[0].lot",
      "questionnaires[0].b",
    ]);
    expect(value.record.questionnaires[0]).toEqual({ instrument: "HIT-6", date: "2026-01-25", responses: [4, 3, 3, 2, 4, 3] });
  });

  it("but an unknown setting is an error: it would silently change a figure", () => {
    expect(issuesOf({ patient: { id: "p1" }, settings: { minRecordedDay: 21 } })).toEqual(["settings.minRecordedDay: is not a known setting"]);
  });
});

describe("input errors name the field", () => {
  it.each([
    [{ patient: { id: "p1" }, diary: [{ date: "2026-01-01", headache: false }, { date: "2026-01-02", headache: false }, { date: "2026-01-01", headache: true, hours: 2, severity: 1 }] },
      "diary[2].date: has the same date as diary[0]; one per date"],
    [{ patient: { id: "p1" }, treatments: [{ date: "2026-02-01", injections: [] }, { date: "2026-02-01", injections: [] }] },
      "treatments[1].date: is a second session on the same date as treatments[0]; one per date"],
    [{ patient: { id: "p1" }, preventives: [{ name: "x", class: "other", start: "2026-01-02", end: "2026-01-01", outcome: "ongoing" }] },
      "preventives[0].end: is before start"],
    [{ patient: { id: 7 } }, "patient.id: must be a string, not a number"],
    [{}, "patient: is required"],
    [[], "record: must be an object, not an array"],
  ])("%j", (input, message) => {
    expect(issuesOf(input)).toEqual([message]);
  });
});

describe("JSON paths and JSON errors", () => {
  it.each([
    [["diary", 3, "hours"], "diary[3].hours"],
    [["settings", "minRecordedDays"], "settings.minRecordedDays"],
    [["patient", "first name"], 'patient["first name"]'],
    [[], "record"],
  ])("formats %j as %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it.each([
    ['{"a": 1}', undefined],
    ["[1, x]", 4],
    ['{"a" 1}', 5],
    ['{"a": "\\q"}', 7],
    ["[1, 2", 5],
    ["01", 1],
    ['{"a": 1} {', 9],
    ['"\\u12G4"', 1],
  ])("finds the first offending character of %j at %s", (text, offset) => {
    expect(firstJsonErrorOffset(text)).toBe(offset);
  });

  it("keeps V8's reason but never the text it quotes", () => {
    expect(jsonErrorReason(`Unexpected token 'x', "{"name": x}" is not valid JSON`)).toBe("Unexpected token 'x'");
    expect(jsonErrorReason("Expected ',' or '}' after property value in JSON at position 26 (line 1 column 27)")).toBe("Expected ',' or '}' after property value");
    expect(parseJson('{"name": "Jane" "x"}')).toEqual({ ok: false, message: "invalid JSON at line 1, column 17 (position 16): Expected ',' or '}' after property value" });
  });
});
