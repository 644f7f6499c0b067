/**
 * An independent audit of pathway-rules §5 (eligibility), sentence by sentence: the met /
 * not-met / unknown semantics of every criterion, preventive trials, and the policy table.
 */
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PatientHistory, PolicyId, PreventiveTrial } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import type { ChronicMigraineStatus } from "../diagnosis/chronic-migraine.ts";
import type { MedicationOveruseStatus } from "../diagnosis/medication-overuse.ts";
import { assessEligibility } from "./assess-eligibility.ts";
import type { EligibilityInput } from "./assess-eligibility.ts";

const A = plainDate("2026-07-20");
const SAFE: PatientHistory = { botulinumHypersensitivity: false, injectionSiteInfection: false };

const trial = (name: string, cls: PreventiveTrial["class"], outcome: PreventiveTrial["outcome"], start: string, end?: string): PreventiveTrial =>
  ({ name, class: cls, outcome, start: plainDate(start), ...(end === undefined ? {} : { end: plainDate(end) }) });
const notTolerated = (name: string, cls: PreventiveTrial["class"]) => trial(name, cls, "not-tolerated", "2024-01-01", "2024-01-02");

const input = (overrides: Partial<EligibilityInput> = {}): EligibilityInput => ({
  policy: "us-label",
  asOf: A,
  birthDate: plainDate("1980-01-01"),
  history: SAFE,
  preventives: [],
  w1: windowCountsOf(windowRange(A, 1), { anyHeadacheDays: 20, headacheDays: 15, migraineDays: 12 }),
  chronicMigraine: "met",
  medicationOveruse: "not-suspected",
  settings: DEFAULT_SETTINGS,
  ...overrides,
});
const criterionOf = (overrides: Partial<EligibilityInput>, id: string) => {
  const found = assessEligibility(input(overrides)).criteria.find((c) => c.id === id);
  if (found === undefined) throw new Error(`criterion ${id} not listed`);
  return found;
};
const failedUnder = (policy: PolicyId, preventives: readonly PreventiveTrial[] | undefined, settings = DEFAULT_SETTINGS) =>
  criterionOf({ policy, preventives, settings }, "preventives-failed").status;

describe("pathway-rules §5 audit: eligibility", () => {
  describe("age: 18 or older on A", () => {
    it.each([
      ["the 18th birthday is A", "2008-07-20", "met"],
      ["the 18th birthday is A+1", "2008-07-21", "not-met"],
      ["born 2008-02-29, A = 2026-02-28", "2008-02-29", "not-met", "2026-02-28"],
      ["born 2008-02-29, A = 2026-03-01", "2008-02-29", "met", "2026-03-01"],
      ["born 2008-02-29, A = 2028-02-29 (leap year)", "2008-02-29", "met", "2028-02-29"],
    ])("%s: %s", (_, birthDate, expected, asOf = A) => {
      expect(criterionOf({ birthDate: plainDate(birthDate), asOf: plainDate(asOf) }, "age").status).toBe(expected);
    });

    it("is unknown without a birth date, saying what is missing", () => {
      const age = criterionOf({ birthDate: undefined }, "age");
      expect(age.status).toBe("unknown");
      expect(age.missing).toMatch(/birthDate/);
    });
  });

  it.each<[ChronicMigraineStatus, string]>([
    ["met", "met"],
    ["not-met", "not-met"],
    ["insufficient-data", "unknown"],
  ])("chronic-migraine: §3 %s is %s", (status, expected) => {
    expect(criterionOf({ chronicMigraine: status }, "chronic-migraine").status).toBe(expected);
  });

  describe("headache-days: W1 complete with at least 15 headache days", () => {
    it.each([
      [28, 15, "met"],
      [28, 14, "not-met"],
      [20, 15, "met"],
      [20, 14, "not-met"],
      [19, 19, "unknown"],
    ])("%i recorded, %i headache days: %s", (recorded, headacheDays, expected) => {
      const w1 = windowCountsOf(windowRange(A, 1), { daysRecorded: recorded, complete: recorded >= 20, headacheDays, anyHeadacheDays: headacheDays });
      expect(criterionOf({ w1 }, "headache-days").status).toBe(expected);
    });

    it("counts headache days (of at least 4 hours), not days with any headache", () => {
      const w1 = windowCountsOf(windowRange(A, 1), { anyHeadacheDays: 28, headacheDays: 14, migraineDays: 28 });
      expect(criterionOf({ w1 }, "headache-days").status).toBe("not-met");
    });
  });

  describe("no-contraindication", () => {
    it.each<[PatientHistory | undefined, string]>([
      [{ botulinumHypersensitivity: true }, "not-met"],
      [{ injectionSiteInfection: true }, "not-met"],
      [{ botulinumHypersensitivity: true, injectionSiteInfection: false }, "not-met"],
      [{ botulinumHypersensitivity: false, injectionSiteInfection: true }, "not-met"],
      [{ botulinumHypersensitivity: false, injectionSiteInfection: false }, "met"],
      [{ botulinumHypersensitivity: false }, "unknown"],
      [{ injectionSiteInfection: false }, "unknown"],
      [{}, "unknown"],
      [undefined, "unknown"],
    ])("with %j: %s", (history, expected) => {
      const c = criterionOf({ history }, "no-contraindication");
      expect(c.status).toBe(expected);
      expect(c.missing === null).toBe(expected !== "unknown");
    });
  });

  describe("preventives-failed", () => {
    it("is unknown when no preventive history was given at all", () => {
      const c = criterionOf({ policy: "us-payer", preventives: undefined }, "preventives-failed");
      expect(c.status).toBe("unknown");
      expect(c.missing).not.toBeNull();
    });

    it.each<PolicyId>(["us-payer", "nice-ta260", "ehf-2018"])("is not-met (not unknown) under %s with an empty list", (policy) => {
      expect(failedUnder(policy, [])).toBe("not-met");
    });

    it.each<[string, PreventiveTrial, boolean]>([
      ["ineffective after 59 days", trial("x", "beta-blocker", "ineffective", "2025-01-01", "2025-03-01"), false],
      ["ineffective after 60 days", trial("x", "beta-blocker", "ineffective", "2025-01-01", "2025-03-02"), true],
      ["ineffective, no end, started A-59", trial("x", "beta-blocker", "ineffective", addDays(A, -59)), false],
      ["ineffective, no end, started A-60", trial("x", "beta-blocker", "ineffective", addDays(A, -60)), true],
      ["ineffective, started A-59, end after A (counts as A)", trial("x", "beta-blocker", "ineffective", addDays(A, -59), addDays(A, 30)), false],
      ["ineffective, started A-60, end after A (counts as A)", trial("x", "beta-blocker", "ineffective", addDays(A, -60), addDays(A, 30)), true],
      ["not tolerated after 1 day", trial("x", "beta-blocker", "not-tolerated", "2025-01-01", "2025-01-02"), true],
      ["not tolerated, same-day end", trial("x", "beta-blocker", "not-tolerated", "2025-01-01", "2025-01-01"), true],
      ["contraindicated, no end", trial("x", "beta-blocker", "contraindicated", "2025-01-01"), true],
      ["effective after a year", trial("x", "beta-blocker", "effective", "2024-01-01", "2025-01-01"), false],
      ["ongoing after a year", trial("x", "beta-blocker", "ongoing", "2024-01-01"), false],
      ["not tolerated, started A+1 (after A: ignored)", trial("x", "beta-blocker", "not-tolerated", addDays(A, 1), addDays(A, 2)), false],
      ["not tolerated, started on A", trial("x", "beta-blocker", "not-tolerated", A), true],
    ])("counts a trial %s as failed: %s", (_, failing, expected) => {
      // With one other failed class, us-payer (2 classes) is met exactly when this trial failed.
      expect(failedUnder("us-payer", [notTolerated("topiramate", "antiepileptic"), failing])).toBe(expected ? "met" : "not-met");
    });

    it("uses a configured minPreventiveTrialDays", () => {
      const settings = resolveSettings({ minPreventiveTrialDays: 90 });
      const sixtyDays = [notTolerated("topiramate", "antiepileptic"), trial("x", "beta-blocker", "ineffective", "2025-01-01", "2025-03-02")];
      expect(failedUnder("us-payer", sixtyDays, settings)).toBe("not-met");
      const ninetyDays = [notTolerated("topiramate", "antiepileptic"), trial("x", "beta-blocker", "ineffective", "2025-01-01", "2025-04-01")];
      expect(failedUnder("us-payer", ninetyDays, settings)).toBe("met");
    });

    it.each<[string, PreventiveTrial[], PolicyId, string]>([
      ["the same drug written ' Topiramate ' and 'topiramate'", [notTolerated(" Topiramate ", "antiepileptic"), notTolerated("topiramate", "antiepileptic")], "ehf-2018", "not-met"],
      ["the same drug in capitals", [notTolerated("TOPIRAMATE", "antiepileptic"), notTolerated("Topiramate", "antiepileptic")], "ehf-2018", "not-met"],
      ["two drugs of one class (drugs count under EHF)", [notTolerated("topiramate", "antiepileptic"), notTolerated("valproate", "antiepileptic")], "ehf-2018", "met"],
      ["two drugs of one class (classes count under us-payer)", [notTolerated("topiramate", "antiepileptic"), notTolerated("valproate", "antiepileptic")], "us-payer", "not-met"],
      ["two drugs of class other (one class)", [notTolerated("riboflavin", "other"), notTolerated("magnesium", "other")], "us-payer", "not-met"],
      ["a drug of class other and an antiepileptic", [notTolerated("riboflavin", "other"), notTolerated("topiramate", "antiepileptic")], "us-payer", "met"],
      ["two failed drugs (NICE needs 3)", [notTolerated("topiramate", "antiepileptic"), notTolerated("propranolol", "beta-blocker")], "nice-ta260", "not-met"],
      ["three failed drugs of one class (NICE counts drugs)", [notTolerated("a", "antidepressant"), notTolerated("b", "antidepressant"), notTolerated("c", "antidepressant")], "nice-ta260", "met"],
      ["a drug failed twice and one other (NICE)", [notTolerated("a", "antidepressant"), notTolerated(" A", "antidepressant"), notTolerated("b", "beta-blocker")], "nice-ta260", "not-met"],
      ["one failed and one effective drug of another class", [notTolerated("topiramate", "antiepileptic"), trial("propranolol", "beta-blocker", "effective", "2024-01-01", "2025-01-01")], "us-payer", "not-met"],
    ])("tells apart %s under %s: %s", (_, preventives, policy, expected) => {
      expect(failedUnder(policy, preventives)).toBe(expected);
    });

    it("counts a drug once when tried twice, once failing and once effective, and only the failure counts", () => {
      const preventives = [trial("propranolol", "beta-blocker", "effective", "2023-01-01", "2023-12-01"), notTolerated("Propranolol", "beta-blocker"), notTolerated("topiramate", "antiepileptic")];
      expect(failedUnder("ehf-2018", preventives)).toBe("met");
    });
  });

  describe("overuse-managed (NICE)", () => {
    it.each<[MedicationOveruseStatus, boolean | undefined, string]>([
      ["suspected", true, "met"],
      ["suspected", false, "not-met"],
      ["suspected", undefined, "not-met"],
      ["not-suspected", false, "met"],
      ["not-suspected", undefined, "met"],
      ["insufficient-data", true, "met"],
      ["insufficient-data", false, "unknown"],
      ["insufficient-data", undefined, "unknown"],
    ])("overuse %s, managed %s: %s", (medicationOveruse, overuseManaged, expected) => {
      const history = { ...SAFE, ...(overuseManaged === undefined ? {} : { overuseManaged }) };
      expect(criterionOf({ policy: "nice-ta260", medicationOveruse, history }, "overuse-managed").status).toBe(expected);
    });
  });

  describe("the policy table and the result", () => {
    it.each<[PolicyId, string[]]>([
      ["us-label", ["age", "chronic-migraine", "headache-days", "no-contraindication"]],
      ["us-payer", ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed"]],
      ["nice-ta260", ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed", "overuse-managed"]],
      ["ehf-2018", ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed"]],
    ])("%s lists exactly %j", (policy, ids) => {
      expect(assessEligibility(input({ policy })).criteria.map((c) => c.id)).toEqual(ids);
    });

    it("does not judge preventives or overuse under us-label, whatever they are", () => {
      const decision = assessEligibility(input({ preventives: undefined, medicationOveruse: "suspected" }));
      expect(decision.status).toBe("eligible");
    });

    it("is not-eligible when one criterion is not-met even if others are unknown", () => {
      expect(assessEligibility(input({ birthDate: undefined, chronicMigraine: "not-met" })).status).toBe("not-eligible");
    });

    it("is insufficient-data when nothing is not-met and one criterion is unknown", () => {
      expect(assessEligibility(input({ policy: "us-payer", preventives: undefined })).status).toBe("insufficient-data");
    });

    it("is eligible under NICE with three failed drugs, managed overuse and everything else met", () => {
      const preventives = [notTolerated("a", "antiepileptic"), notTolerated("b", "beta-blocker"), notTolerated("c", "antidepressant")];
      expect(assessEligibility(input({ policy: "nice-ta260", preventives, medicationOveruse: "suspected", history: { ...SAFE, overuseManaged: true } })).status).toBe("eligible");
    });

    it("says what is missing for every unknown criterion and nothing for the others", () => {
      const decision = assessEligibility(input({ policy: "nice-ta260", birthDate: undefined, history: undefined, preventives: undefined, chronicMigraine: "insufficient-data", medicationOveruse: "insufficient-data" }));
      expect(decision.criteria.map((c) => c.status)).toEqual(["unknown", "unknown", "met", "unknown", "unknown", "unknown"]);
      for (const c of decision.criteria) expect(c.missing === null).toBe(c.status !== "unknown");
    });
  });
});
