import { describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { ageCriterion, headacheDaysCriterion, noContraindicationCriterion, overuseManagedCriterion } from "#domain/eligibility/patient-criteria.ts";
import { preventivesFailedCriterion } from "#domain/eligibility/preventives-failed.ts";
import { windowCountsOf } from "#domain/diary/diary-builders.ts";
import { windowRange } from "#domain/diary/windows.ts";
import { criterionEvidence, formatEvidenceValue, humanizeKey, trialRow } from "./criterion-evidence.ts";
import { judgeChronicWindow } from "#domain/diagnosis/chronic-migraine.ts";
import { judgeOveruseWindow } from "#domain/diagnosis/medication-overuse.ts";
import { chronicThresholds, chronicWindowRows, diaryShortfall, overuseTable, windowDates } from "./window-evidence.ts";

const A = plainDate("2026-07-20");
const facts = (id: string, evidence: Record<string, unknown>) => Object.fromEntries(criterionEvidence(id, evidence).facts.map((f) => [f.label, f.value]));

describe("criterion evidence, as the domain gives it", () => {
  it("shows the age criterion's birth date, age on the day and minimum", () => {
    expect(facts("age", ageCriterion(plainDate("1984-02-29"), A).evidence)).toEqual({
      "Birth date": "29 Feb 1984",
      "Age on 20 Jul 2026": "42 years",
      "Minimum age": "18 years",
    });
  });

  it("says a missing birth date is not recorded", () => {
    expect(facts("age", ageCriterion(undefined, A).evidence)).toEqual({ "Birth date": "not recorded", "Assessed on": "20 Jul 2026" });
  });

  it("shows the headache-day window, how much of it is recorded and the count against 15", () => {
    const w1 = windowCountsOf(windowRange(A, 1), { headacheDays: 16, daysRecorded: 24 });
    expect(facts("headache-days", headacheDaysCriterion(w1, DEFAULT_SETTINGS).evidence)).toEqual({
      Window: "23 Jun 2026 – 20 Jul 2026",
      "Days recorded": "24 of 28 (complete)",
      "Headache days of 4 h or more": "16 (needs 15)",
    });
  });

  it.each([
    [{ botulinumHypersensitivity: false, injectionSiteInfection: true }, "no", "yes"],
    [{}, "not recorded", "not recorded"],
  ])("answers each contraindication of %j", (history, hypersensitivity, infection) => {
    expect(facts("no-contraindication", noContraindicationCriterion(history).evidence)).toEqual({
      "Hypersensitivity to a botulinum toxin": hypersensitivity,
      "Infection at the injection sites": infection,
    });
  });

  it("shows what overuse-managed read from the diary and the history", () => {
    expect(facts("overuse-managed", overuseManagedCriterion("suspected", { overuseManaged: false }).evidence)).toEqual({
      "Medication overuse from the diary": "suspected",
      "Overuse recorded as managed": "no",
    });
  });

  it("lists every preventive trial with why it does or does not count as failed", () => {
    const criterion = preventivesFailedCriterion(
      [
        { name: "topiramate", class: "antiepileptic", start: plainDate("2024-01-01"), end: plainDate("2024-02-01"), outcome: "ineffective" },
        { name: "propranolol", class: "beta-blocker", start: plainDate("2024-03-01"), outcome: "not-tolerated" },
        { name: "candesartan", class: "arb-ace", start: plainDate("2025-01-01"), outcome: "ongoing" },
      ],
      A,
      DEFAULT_SETTINGS,
      { count: 2, distinctBy: "class" },
    );
    const view = criterionEvidence("preventives-failed", criterion.evidence);
    expect(Object.fromEntries(view.facts.map((f) => [f.label, f.value]))).toEqual({
      Needed: "2 distinct classes failed",
      "Distinct classes failed": "1: beta-blocker",
      "An ineffective trial counts after": "60 days",
    });
    expect(view.trials).toEqual([
      { name: "topiramate", drugClass: "antiepileptic", dates: "1 Jan 2024 – 1 Feb 2024", days: "31", outcome: "ineffective", countsAsFailed: "No: ineffective after 31 days (needs 60)" },
      { name: "propranolol", drugClass: "beta-blocker", dates: "1 Mar 2024 – 20 Jul 2026", days: "871", outcome: "not tolerated", countsAsFailed: "Yes" },
      { name: "candesartan", drugClass: "ARB or ACE inhibitor", dates: "1 Jan 2025 – 20 Jul 2026", days: "565", outcome: "ongoing", countsAsFailed: "No: ongoing" },
    ]);
  });

  it("says when no preventive history was given, with no trial table", () => {
    const criterion = preventivesFailedCriterion(undefined, A, DEFAULT_SETTINGS, { count: 3, distinctBy: "drug" });
    const view = criterionEvidence("preventives-failed", criterion.evidence);
    expect(view.facts.find((f) => f.label === "Failed")?.value).toBe("no preventive history given");
    expect(view.trials).toBeNull();
  });

  it("still shows a key this page does not know, in words", () => {
    expect(facts("age", { birthDate: "1990-01-01", asOf: "2026-07-20", age: 36, minAge: 18, checkedBy: "rules v2" })).toMatchObject({ "Checked by": "rules v2" });
    expect(facts("new-criterion", { someCount: 3, lastSeen: "2026-07-01" })).toEqual({ "Some count": "3", "Last seen": "1 Jul 2026" });
  });

  it("shows nothing when there is no evidence", () => {
    expect(criterionEvidence("age", undefined)).toEqual({ facts: [], trials: null });
  });

  it("marks a trial without a reason as not failed", () => {
    expect(trialRow({ name: "x", class: "other", start: "2024-01-01", end: "2024-01-02", trialDays: 1, outcome: "contraindicated", failed: false }, null).countsAsFailed).toBe("No");
  });
});

describe("evidence values", () => {
  it.each([
    [null, "not recorded"],
    [true, "yes"],
    [false, "no"],
    [12, "12"],
    ["2026-07-20", "20 Jul 2026"],
    ["triptan", "triptan"],
    [[], "none"],
    [["a", "b"], "a, b"],
    [{ start: "2026-06-23", end: "2026-07-20" }, "23 Jun 2026 – 20 Jul 2026"],
    [{ daysRecorded: 3, complete: false }, "Days recorded: 3; Complete: no"],
  ])("formats %j as %s", (value, text) => {
    expect(formatEvidenceValue(value)).toBe(text);
  });

  it("turns camelCase keys into words", () => {
    expect(humanizeKey("minTrialDays")).toBe("Min trial days");
    expect(humanizeKey("w1")).toBe("W1");
  });
});

const W1 = ["2026-06-23", "2026-07-20"] as const;
const W2 = ["2026-05-26", "2026-06-22"] as const;
const W3 = ["2026-04-28", "2026-05-25"] as const;
type Counts = Parameters<typeof windowCountsOf>[1];
/** A window as the assessment carries it: counted, then judged by the domain under the default settings. */
const counts = ([start, end]: readonly [string, string], given: Counts = {}) => windowCountsOf({ start: plainDate(start), end: plainDate(end) }, { daysRecorded: 28, complete: (given.daysRecorded ?? 28) >= DEFAULT_SETTINGS.minRecordedDays, ...given });
const chronic = (range: readonly [string, string], given: Counts = {}) => judgeChronicWindow(counts(range, given), DEFAULT_SETTINGS);
const overuse = (range: readonly [string, string], given: Counts = {}) => judgeOveruseWindow(counts(range, given), 0, DEFAULT_SETTINGS);

describe("window evidence", () => {
  it.each([
    [15, 8, 28, "Yes"],
    [14, 8, 28, "No"],
    [15, 7, 28, "No"],
    [28, 28, 19, "Incomplete"],
  ])("shows a window with %s headache days and %s migraine days (%s recorded) as the domain judged it: %s", (anyHeadacheDays, migraineDays, daysRecorded, meets) => {
    const [row] = chronicWindowRows([chronic(W1, { anyHeadacheDays, migraineDays, daysRecorded })]);
    expect(row?.meets).toBe(meets);
  });

  it("shows the verdict it is given, never its own: a window the domain says meets is Yes whatever its counts", () => {
    const judged = { ...chronic(W1, { anyHeadacheDays: 3 }), meets: true };
    expect(chronicWindowRows([judged])[0]?.meets).toBe("Yes");
  });

  it("states the thresholds the assessment applied", () => {
    expect(chronicThresholds([chronic(W1)])).toEqual({ anyHeadacheDays: 15, migraineDays: 8 });
    expect(chronicThresholds([])).toBeNull();
  });

  it("dates a window briefly, with the year once unless it spans two", () => {
    expect(windowDates("2026-06-23", "2026-07-20")).toBe("23 Jun – 20 Jul 2026");
    expect(windowDates("2025-12-10", "2026-01-06")).toBe("10 Dec 2025 – 6 Jan 2026");
  });

  it("names and dates the windows it is given", () => {
    const rows = chronicWindowRows([chronic(W1), chronic(W2), chronic(W3)]);
    expect(rows.map((r) => [r.name, r.dates])).toEqual([
      ["W1", "23 Jun – 20 Jul 2026"],
      ["W2", "26 May – 22 Jun 2026"],
      ["W3", "28 Apr – 25 May 2026"],
    ]);
  });

  it.each([
    ["triptanDays", 10, 1, true],
    ["triptanDays", 9, 1, false],
    ["opioidDays", 10, 3, true],
    ["simpleAnalgesicDays", 15, 5, true],
    ["simpleAnalgesicDays", 14, 5, false],
    ["anyHeadacheDays", 15, 0, true],
    ["anyHeadacheDays", 14, 0, false],
  ] as const)("marks %s = %s as reaching its overuse threshold: %s", (key, days, rowIndex, reaches) => {
    const { rows } = overuseTable([overuse(W1, { [key]: days }), overuse(W2), overuse(W3)]);
    expect(rows[rowIndex]?.cells[0]).toEqual({ days, reaches });
  });

  it("lays the overuse counts out as one row per count and one column per window", () => {
    const table = overuseTable([overuse(W1, { daysRecorded: 19 }), overuse(W2), overuse(W3)]);
    expect(table.rows.map((r) => `${r.label} (${r.minDays})`)).toEqual([
      "Days with any headache (15)",
      "Triptan days (10)",
      "Ergot days (10)",
      "Opioid days (10)",
      "Combination analgesic days (10)",
      "Simple analgesic days (15)",
    ]);
    expect(table.columns.map((c) => `${c.name}: ${c.recorded}`)).toEqual(["W1: 19 of 28 recorded (incomplete)", "W2: 28 of 28 recorded", "W3: 28 of 28 recorded"]);
    expect(overuseTable([]).rows).toEqual([]);
  });

  it("says how many recorded days each incomplete window still needs, as the domain counted them", () => {
    const windows = [chronic(W1, { daysRecorded: 12 }), chronic(W2, { daysRecorded: 20 }), chronic(W3, { daysRecorded: 0 })];
    expect(diaryShortfall(windows)).toEqual([
      { name: "W1", dates: "23 Jun – 20 Jul 2026", daysRecorded: 12, daysNeeded: 8 },
      { name: "W3", dates: "28 Apr – 25 May 2026", daysRecorded: 0, daysNeeded: 20 },
    ]);
    expect(diaryShortfall([chronic(W1), chronic(W2), chronic(W3)])).toEqual([]);
    expect(diaryShortfall([judgeChronicWindow(counts(W1, { daysRecorded: 12 }), { minRecordedDays: 24 })])[0]?.daysNeeded).toBe(12);
  });
});
