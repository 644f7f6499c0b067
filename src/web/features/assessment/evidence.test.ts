import { describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { ageCriterion, headacheDaysCriterion, noContraindicationCriterion, overuseManagedCriterion } from "#domain/eligibility/patient-criteria.ts";
import { preventivesFailedCriterion } from "#domain/eligibility/preventives-failed.ts";
import { windowCountsOf } from "#domain/diary/diary-builders.ts";
import { windowRange } from "#domain/diary/windows.ts";
import { criterionEvidence, formatEvidenceValue, humanizeKey, trialRow } from "./criterion-evidence.ts";
import { chronicWindowRows, diaryShortfall, overuseTable, windowDates, type WindowCountsLike } from "./window-evidence.ts";

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

const window = (start: string, end: string, counts: Partial<WindowCountsLike> = {}): WindowCountsLike => ({
  start,
  end,
  daysRecorded: 28,
  complete: true,
  anyHeadacheDays: 0,
  migraineDays: 0,
  triptanDays: 0,
  ergotDays: 0,
  opioidDays: 0,
  combinationAnalgesicDays: 0,
  simpleAnalgesicDays: 0,
  ...counts,
});
const W1 = ["2026-06-23", "2026-07-20"] as const;
const W2 = ["2026-05-26", "2026-06-22"] as const;
const W3 = ["2026-04-28", "2026-05-25"] as const;

describe("window evidence", () => {
  it.each([
    [15, 8, true, "Yes"],
    [14, 8, true, "No"],
    [15, 7, true, "No"],
    [28, 28, false, "Incomplete"],
  ])("a window with %s headache days and %s migraine days (complete %s) meets chronic migraine's thresholds: %s", (anyHeadacheDays, migraineDays, complete, meets) => {
    const [row] = chronicWindowRows([window(...W1, { anyHeadacheDays, migraineDays, complete })]);
    expect(row?.meets).toBe(meets);
  });

  it("dates a window briefly, with the year once unless it spans two", () => {
    expect(windowDates("2026-06-23", "2026-07-20")).toBe("23 Jun – 20 Jul 2026");
    expect(windowDates("2025-12-10", "2026-01-06")).toBe("10 Dec 2025 – 6 Jan 2026");
  });

  it("shows W1-W3 only, named and dated", () => {
    const rows = chronicWindowRows([window(...W1), window(...W2), window(...W3), window("2026-03-31", "2026-04-27")]);
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
    const { rows } = overuseTable([window(...W1, { [key]: days }), window(...W2), window(...W3)]);
    expect(rows[rowIndex]?.cells[0]).toEqual({ days, reaches });
  });

  it("lays the overuse counts out as one row per count and one column per window", () => {
    const table = overuseTable([window(...W1, { daysRecorded: 19, complete: false }), window(...W2), window(...W3)]);
    expect(table.rows.map((r) => `${r.label} (${r.minDays})`)).toEqual([
      "Days with any headache (15)",
      "Triptan days (10)",
      "Ergot days (10)",
      "Opioid days (10)",
      "Combination analgesic days (10)",
      "Simple analgesic days (15)",
    ]);
    expect(table.columns.map((c) => `${c.name}: ${c.recorded}`)).toEqual(["W1: 19 of 28 recorded (incomplete)", "W2: 28 of 28 recorded", "W3: 28 of 28 recorded"]);
  });

  it("says how many recorded days each incomplete window still needs", () => {
    const windows = [window(...W1, { daysRecorded: 12, complete: false }), window(...W2, { daysRecorded: 20 }), window(...W3, { daysRecorded: 0, complete: false })];
    expect(diaryShortfall(windows, 20)).toEqual([
      { name: "W1", dates: "23 Jun – 20 Jul 2026", daysRecorded: 12, daysNeeded: 8 },
      { name: "W3", dates: "28 Apr – 25 May 2026", daysRecorded: 0, daysNeeded: 20 },
    ]);
    expect(diaryShortfall([window(...W1), window(...W2), window(...W3)], 20)).toEqual([]);
  });
});
