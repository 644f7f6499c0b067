/**
 * `cephalog assess` on input it must refuse (assess-contract.md): exit 2, a message on standard
 * error naming the field by its JSON path and what is wrong, and nothing on standard output.
 * Unknown fields are the exception: a warning each, exit 0.
 */
import { describe, expect, it } from "vitest";
import { assessmentSchema } from "#contracts/assessment.ts";
import { fixturePath, runAssessCli } from "./cli.ts";

type Json = Record<string, unknown>;
type RecordToBreak = {
  [key: string]: unknown;
  patient: Json;
  diary: Json[];
  preventives: Json[];
  treatments: Json[];
  otherToxinDoses: Json[];
  questionnaires: Json[];
  sideEffectReports: Json[];
};
type Mutation = (record: RecordToBreak) => void;

/** A small valid record; each case breaks one thing in a copy of it. */
function validRecord(): Json {
  return {
    schema: "cephalog.patient-record/1",
    asOf: "2026-07-20",
    patient: { id: "p1", birthDate: "1980-05-10", sex: "female" },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary: [
      { date: "2026-06-01", headache: true, hours: 6, severity: 2, features: { nausea: true }, medications: [{ class: "triptan", relief: true }] },
      { date: "2026-06-02", headache: false },
      { date: "2026-06-03", headache: true, hours: 3, severity: 1 },
    ],
    preventives: [{ name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-04-01", outcome: "ineffective" }],
    treatments: [
      { date: "2026-03-01", injections: [{ muscle: "procerus", side: "midline", units: 5 }] },
      { date: "2026-06-10", injections: [{ muscle: "frontalis", side: "left", units: 5, followThePain: false }] },
    ],
    otherToxinDoses: [{ date: "2026-05-01", units: 50, indication: "spasticity" }],
    questionnaires: [
      { instrument: "HIT-6", date: "2026-06-01", responses: [4, 3, 3, 2, 4, 3] },
      { instrument: "MIDAS", date: "2026-06-01", responses: [5, 3, 4, 2, 6], a: 60, b: 7 },
    ],
    sideEffectReports: [{ date: "2026-06-12", symptoms: ["neck-pain"] }],
  };
}

function recordWith(mutate: Mutation): string {
  const record = validRecord() as RecordToBreak;
  mutate(record);
  return JSON.stringify(record);
}

/** Each bad record: what is broken, the change, the JSON path and a fragment of the message. */
const BAD_RECORDS: readonly (readonly [string, Mutation, string, string])[] = [
  ["an impossible date (2026-02-30)", (r) => (r.diary[1]!.date = "2026-02-30"), "diary[1].date", "calendar date"],
  ["a date in another form", (r) => (r.otherToxinDoses[0]!.date = "01/05/2026"), "otherToxinDoses[0].date", "calendar date"],
  ["hours above 24", (r) => (r.diary[0]!.hours = 25), "diary[0].hours", "0-24"],
  ["negative hours", (r) => (r.diary[0]!.hours = -1), "diary[0].hours", "0-24"],
  ["hours out of range on a headache-free day", (r) => (r.diary[1]!.hours = 30), "diary[1].hours", "0-24"],
  ["severity 4", (r) => (r.diary[0]!.severity = 4), "diary[0].severity", "0-3"],
  ["severity 1.5", (r) => (r.diary[0]!.severity = 1.5), "diary[0].severity", "whole number"],
  ["hours missing on a headache day", (r) => delete r.diary[2]!.hours, "diary[2].hours", "required when headache is true"],
  ["severity missing on a headache day", (r) => delete r.diary[2]!.severity, "diary[2].severity", "required when headache is true"],
  ["headache not a boolean", (r) => (r.diary[1]!.headache = "no"), "diary[1].headache", "true or false"],
  ["two diary records for one date", (r) => (r.diary[2]!.date = "2026-06-01"), "diary[2].date", "diary[0]"],
  ["an unknown medication class", (r) => (r.diary[0]!.medications = [{ class: "antihistamine" }]), "diary[0].medications[0].class", "medication class"],
  ["a medication without class", (r) => (r.diary[0]!.medications = [{ name: "sumatriptan" }]), "diary[0].medications[0].class", "required"],
  ["an unknown muscle", (r) => ((r.treatments[0]!.injections as Json[])[0]!.muscle = "masseter"), "treatments[0].injections[0].muscle", "known muscle"],
  ["an unknown side", (r) => ((r.treatments[0]!.injections as Json[])[0]!.side = "both"), "treatments[0].injections[0].side", "known side"],
  ["units that are not a number", (r) => ((r.treatments[1]!.injections as Json[])[0]!.units = "5"), "treatments[1].injections[0].units", "number"],
  ["a session without injections", (r) => delete r.treatments[1]!.injections, "treatments[1].injections", "required"],
  ["two sessions on one date", (r) => (r.treatments[1]!.date = "2026-03-01"), "treatments[1].date", "treatments[0]"],
  ["an unknown symptom", (r) => (r.sideEffectReports[0]!.symptoms = ["neck-pain", "dizziness"]), "sideEffectReports[0].symptoms[1]", "symptom code"],
  ["a report without symptoms", (r) => (r.sideEffectReports[0]!.symptoms = []), "sideEffectReports[0].symptoms", "at least one"],
  ["HIT-6 with five answers", (r) => (r.questionnaires[0]!.responses = [4, 3, 3, 2, 4]), "questionnaires[0].responses", "exactly 6"],
  ["HIT-6 with seven answers", (r) => (r.questionnaires[0]!.responses = [4, 3, 3, 2, 4, 3, 1]), "questionnaires[0].responses", "exactly 6"],
  ["a HIT-6 answer of 5", (r) => (r.questionnaires[0]!.responses = [4, 3, 5, 2, 4, 3]), "questionnaires[0].responses[2]", "0-4"],
  ["a HIT-6 answer of 2.5", (r) => (r.questionnaires[0]!.responses = [4, 3, 2.5, 2, 4, 3]), "questionnaires[0].responses[2]", "whole number"],
  ["MIDAS with six counts", (r) => (r.questionnaires[1]!.responses = [5, 3, 4, 2, 6, 1]), "questionnaires[1].responses", "exactly 5"],
  ["a MIDAS count of 91", (r) => (r.questionnaires[1]!.responses = [5, 3, 4, 2, 91]), "questionnaires[1].responses[4]", "0-90"],
  ["a negative MIDAS count", (r) => (r.questionnaires[1]!.responses = [-1, 3, 4, 2, 6]), "questionnaires[1].responses[0]", "0-90"],
  ["MIDAS a of 91", (r) => (r.questionnaires[1]!.a = 91), "questionnaires[1].a", "0-90"],
  ["MIDAS b of 11", (r) => (r.questionnaires[1]!.b = 11), "questionnaires[1].b", "0-10"],
  ["MIDAS b of 6.5", (r) => (r.questionnaires[1]!.b = 6.5), "questionnaires[1].b", "whole number"],
  ["an unknown instrument", (r) => (r.questionnaires[0]!.instrument = "HIT-7"), "questionnaires[0].instrument", "HIT-6, MIDAS"],
  ["another schema", (r) => (r.schema = "cephalog.patient-record/2"), "schema", "cephalog.patient-record/1"],
  ["an unknown policy in the record", (r) => (r.policy = "nice"), "policy", "known policy"],
  ["an impossible asOf", (r) => (r.asOf = "2026-13-01"), "asOf", "calendar date"],
  ["an unknown setting", (r) => (r.settings = { minRecordDays: 21 }), "settings.minRecordDays", "not a known setting"],
  ["minRecordedDays 29", (r) => (r.settings = { minRecordedDays: 29 }), "settings.minRecordedDays", "0-28"],
  ["minRecordedDays 20.5", (r) => (r.settings = { minRecordedDays: 20.5 }), "settings.minRecordedDays", "whole number"],
  ["headacheDayMinHours 25", (r) => (r.settings = { headacheDayMinHours: 25 }), "settings.headacheDayMinHours", "0-24"],
  ["an unknown migraineDayRule", (r) => (r.settings = { migraineDayRule: "strict" }), "settings.migraineDayRule", "ichd-strict"],
  ["cumulativeDoseWindowDays 0", (r) => (r.settings = { cumulativeDoseWindowDays: 0 }), "settings.cumulativeDoseWindowDays", "1-3650"],
  ["nextLateDays 3651", (r) => (r.settings = { nextLateDays: 3651 }), "settings.nextLateDays", "0-3650"],
  ["a negative maxSessionUnits", (r) => (r.settings = { maxSessionUnits: -1 }), "settings.maxSessionUnits", "at least 0"],
  ["wearingOffMinRise 1.5", (r) => (r.settings = { wearingOffMinRise: 1.5 }), "settings.wearingOffMinRise", "0-1"],
  ["a setting of the wrong type", (r) => (r.settings = { minIntervalDays: "77" }), "settings.minIntervalDays", "number"],
  ["a preventive ending before it started", (r) => (r.preventives[0]!.end = "2024-12-31"), "preventives[0].end", "before start"],
  ["an unknown preventive outcome", (r) => (r.preventives[0]!.outcome = "failed"), "preventives[0].outcome", "preventive outcome"],
  ["an other dose of 0 units", (r) => (r.otherToxinDoses[0]!.units = 0), "otherToxinDoses[0].units", "positive"],
  ["an other dose of negative units", (r) => (r.otherToxinDoses[0]!.units = -100), "otherToxinDoses[0].units", "positive"],
  ["no patient", (r) => delete (r as Json).patient, "patient", "required"],
  ["an empty patient id", (r) => (r.patient.id = " "), "patient.id", "not be empty"],
  ["an unknown sex", (r) => (r.patient.sex = "f"), "patient.sex", "known sex"],
  ["a diary that is not a list", (r) => (r.diary = { date: "2026-06-01" } as never), "diary", "an array"],
];

function expectRefused(result: { status: number | null; stdout: string; stderr: string }, fragments: readonly string[]): void {
  expect(result.stdout).toBe("");
  expect(result.status).toBe(2);
  for (const fragment of fragments) expect(result.stderr).toContain(fragment);
}

describe("cephalog assess refuses a record that breaks the format (exit 2, the field named, nothing on stdout)", () => {
  it.each(BAD_RECORDS)("%s", async (_what, mutate, path, message) => {
    const result = await runAssessCli([], recordWith(mutate));
    expectRefused(result, [`${path}: `, message]);
    // The line names the field first: "cephalog assess: <path>: <problem>".
    expect(result.stderr).toMatch(new RegExp(`^cephalog assess: ${path.replace(/[[\].]/g, "\\$&")}: .*${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
  });

  it("checks the record's policy even when --policy is given", async () => {
    const result = await runAssessCli(["--policy", "us-label"], recordWith((r) => (r.policy = "uk")));
    expectRefused(result, ["policy: must be a known policy"]);
  });

  it("names every problem, not only the first", async () => {
    const result = await runAssessCli([], recordWith((r) => {
      r.diary[0]!.hours = 25;
      r.otherToxinDoses[0]!.units = 0;
    }));
    expectRefused(result, ["diary[0].hours", "otherToxinDoses[0].units"]);
  });
});

describe("cephalog assess refuses what is not a record", () => {
  it.each([
    ["a trailing comma", '{"patient": {"id": "p1"},}', "line 1, column 26 (position 25)"],
    ["a bare word", '{"patient": {"id": x}}', "line 1, column 20 (position 19)"],
    ["a missing colon on line 3", '{\n  "patient": {\n    "id" "p1"}}', "line 3, column 10 (position 26)"],
    ["a cut-off document", '{"patient": {"id": "p1"}', "line 1, column 25 (position 24)"],
    ["an empty input", "", "the input is empty"],
  ])("invalid JSON: %s", async (_what, text, where) => {
    expectRefused(await runAssessCli([], text), ["invalid JSON", where]);
  });

  it("does not quote the input in a JSON error (it is health data)", async () => {
    const result = await runAssessCli([], '{"id": "Jane", "n": secret}');
    expectRefused(result, ["invalid JSON"]);
    expect(result.stderr).not.toContain("Jane");
    expect(result.stderr).not.toContain("secret");
  });

  it.each([
    ["an array", "[]"],
    ["a number", "42"],
    ["null", "null"],
  ])("a JSON document that is %s", async (_what, text) => {
    expectRefused(await runAssessCli([], text), ["record: must be an object"]);
  });

  it("a file that cannot be read", async () => {
    const missing = fixturePath("no-such-record.json");
    expectRefused(await runAssessCli([missing]), [`cannot read ${missing}: no such file`]);
  });

  it("a directory given as the file", async () => {
    expectRefused(await runAssessCli([fixturePath(".")]), ["cannot read", "directory"]);
  });
});

describe("cephalog assess refuses bad arguments", () => {
  const record = fixturePath("eligible-chronic.record.json");
  it.each([
    ["--as-of 2026-02-30", ["--as-of", "2026-02-30"], "--as-of: must be a calendar date"],
    ["--as-of=yesterday", ["--as-of=yesterday"], "--as-of: must be a calendar date"],
    ["a bad --as-of before a good one? no: the last counts, so a bad last one", ["--as-of", "2026-07-20", "--as-of", "20-07-2026"], "--as-of: must be a calendar date"],
    ["--as-of without a value", ["--as-of"], "--as-of needs a value"],
    ["--policy nice", ["--policy", "nice"], "--policy: must be one of us-label, us-payer, nice-ta260, ehf-2018"],
    ["--policy=", ["--policy="], "--policy: must be one of"],
    ["an unknown option", ["--asof", "2026-07-20"], 'unknown option "--asof"'],
    ["a short unknown option", ["-x"], 'unknown option "-x"'],
    ["two files", [record, record], "one record at a time"],
  ])("%s", async (_what, args, message) => {
    const files = args.includes(record) ? [] : [record];
    expectRefused(await runAssessCli([...files, ...args]), [message]);
  });
});

describe("cephalog assess accepts, and warns about, unknown fields", () => {
  it("warns once per unknown field, by JSON path, and still assesses (exit 0)", async () => {
    const result = await runAssessCli([], recordWith((r) => {
      r.patient.nmae = "x";
      r.diary[1]!.severty = 2;
      r.diary[0]!.medications = [{ class: "nsaid", dose: "400 mg" }];
      (r.questionnaires[0] as Json).a = 3; // HIT-6 carries no item A
      r.clinic = "north";
    }));
    expect(result.status).toBe(0);
    const warnings = result.stderr.trim().split("\n");
    expect(warnings).toEqual([
      "cephalog assess: warning: patient.nmae is not a known field; it was ignored",
      "cephalog assess: warning: diary[0].medications[0].dose is not a known field; it was ignored",
      "cephalog assess: warning: diary[1].severty is not a known field; it was ignored",
      "cephalog assess: warning: questionnaires[0].a is not a known field; it was ignored",
      "cephalog assess: warning: clinic is not a known field; it was ignored",
    ]);
    const output = assessmentSchema.parse(JSON.parse(result.stdout));
    expect(output.patientId).toBe("p1");
  });
});
