import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PatientHistory, PolicyId, PreventiveTrial } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { assessEligibility, assessEligibilityUnder } from "./assess-eligibility.ts";
import type { EligibilityInput } from "./assess-eligibility.ts";
import { combineCriteria } from "./criterion.ts";
import { ELIGIBILITY_POLICIES } from "./policies.ts";
import { distinctKey, judgeTrials } from "./preventives-failed.ts";

const A = plainDate("2026-07-20");
const SAFE: PatientHistory = { botulinumHypersensitivity: false, injectionSiteInfection: false };
const trial = (name: string, cls: PreventiveTrial["class"], outcome: PreventiveTrial["outcome"] = "not-tolerated", start = "2024-01-01", end?: string): PreventiveTrial =>
  ({ name, class: cls, outcome, start: plainDate(start), ...(end === undefined ? {} : { end: plainDate(end) }) });
const THREE_DRUGS_THREE_CLASSES = [trial("topiramate", "antiepileptic"), trial("propranolol", "beta-blocker"), trial("amitriptyline", "antidepressant")];

/** A patient eligible under every policy; each test changes one thing. */
const base = (overrides: Partial<EligibilityInput> = {}): EligibilityInput => ({
  policy: "us-label",
  asOf: A,
  birthDate: plainDate("1984-02-29"),
  history: SAFE,
  preventives: THREE_DRUGS_THREE_CLASSES,
  w1: windowCountsOf(windowRange(A, 1), { anyHeadacheDays: 18, headacheDays: 16, migraineDays: 10 }),
  chronicMigraine: "met",
  medicationOveruse: "not-suspected",
  settings: DEFAULT_SETTINGS,
  ...overrides,
});
const criterion = (input: EligibilityInput, id: string) => assessEligibility(input).criteria.find((c) => c.id === id);

describe("eligibility for onabotulinumtoxinA (pathway-rules §5)", () => {
  describe("policies list exactly their criteria", () => {
    it.each([
      ["us-label", ["age", "chronic-migraine", "headache-days", "no-contraindication"]],
      ["us-payer", ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed"]],
      ["nice-ta260", ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed", "overuse-managed"]],
      ["ehf-2018", ["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed"]],
    ] as const)("%s lists %j", (policy, ids) => {
      const decision = assessEligibility(base({ policy }));
      expect(decision.criteria.map((c) => c.id)).toEqual(ids);
      expect(decision.status).toBe("eligible");
    });

    it("keeps the policies as a table", () => {
      expect(ELIGIBILITY_POLICIES["nice-ta260"].preventives).toEqual({ count: 3, distinctBy: "drug" });
      expect(ELIGIBILITY_POLICIES["us-payer"].preventives).toEqual({ count: 2, distinctBy: "class" });
      expect(ELIGIBILITY_POLICIES["ehf-2018"].preventives).toEqual({ count: 2, distinctBy: "drug" });
      expect(ELIGIBILITY_POLICIES["us-label"].preventives).toBeNull();
    });
  });

  describe("combining criteria", () => {
    it.each([
      [["met", "met"], "eligible"],
      [["met", "not-met"], "not-eligible"],
      [["unknown", "not-met"], "not-eligible"],
      [["met", "unknown"], "insufficient-data"],
      [[], "eligible"],
    ] as const)("criteria %j give %s", (statuses, expected) => {
      expect(combineCriteria(statuses.map((status) => ({ status })))).toBe(expected);
    });
  });

  describe("age", () => {
    it.each([
      ["2008-07-20", "met", "18 years on 2026-07-20"],
      ["2008-07-21", "not-met", "17 years on 2026-07-20"],
    ])("born %s is %s (%s): 18 on the birthday", (birthDate, status, detail) => {
      const c = criterion(base({ birthDate: plainDate(birthDate) }), "age");
      expect(c).toMatchObject({ status, detail, missing: null });
    });

    it.each([
      ["2026-02-28", "not-met"],
      ["2026-03-01", "met"],
    ])("born 29 February 2008 is 18 on %s: %s (1 March in common years)", (asOf, status) => {
      expect(criterion(base({ birthDate: plainDate("2008-02-29"), asOf: plainDate(asOf) }), "age")?.status).toBe(status);
    });

    it("is unknown without a birth date, naming what is missing", () => {
      const decision = assessEligibility(base({ birthDate: undefined }));
      expect(decision.criteria[0]).toMatchObject({ id: "age", status: "unknown", missing: "patient.birthDate" });
      expect(decision.status).toBe("insufficient-data");
    });
  });

  describe("chronic migraine", () => {
    it.each([
      ["met", "met", "eligible"],
      ["not-met", "not-met", "not-eligible"],
      ["insufficient-data", "unknown", "insufficient-data"],
    ] as const)("§3 %s makes the criterion %s and the patient %s", (chronicMigraine, status, overall) => {
      const input = base({ chronicMigraine });
      expect(criterion(input, "chronic-migraine")?.status).toBe(status);
      expect(assessEligibility(input).status).toBe(overall);
    });
  });

  describe("headache days (W1, days of at least 4 hours)", () => {
    it.each([
      [15, true, "met"],
      [14, true, "not-met"],
      [28, false, "unknown"],
    ])("%s headache days in W1 (complete %s) is %s", (headacheDays, complete, status) => {
      const w1 = windowCountsOf(windowRange(A, 1), { headacheDays, complete, daysRecorded: complete ? 20 : 19 });
      const c = criterion(base({ w1 }), "headache-days");
      expect(c?.status).toBe(status);
      expect(c?.evidence).toMatchObject({ headacheDays, complete });
    });

    it("names the missing recorded days when W1 is incomplete", () => {
      const w1 = windowCountsOf(windowRange(A, 1), { headacheDays: 19, complete: false, daysRecorded: 19 });
      expect(criterion(base({ w1 }), "headache-days")?.missing).toContain("20 recorded diary days");
    });
  });

  describe("no contraindication", () => {
    it.each([
      [{ botulinumHypersensitivity: true, injectionSiteInfection: false }, "not-met"],
      [{ botulinumHypersensitivity: false, injectionSiteInfection: true }, "not-met"],
      [{ botulinumHypersensitivity: true }, "not-met"],
      [{ injectionSiteInfection: true }, "not-met"],
      [{ botulinumHypersensitivity: false, injectionSiteInfection: false }, "met"],
      [{ botulinumHypersensitivity: false }, "unknown"],
      [{ injectionSiteInfection: false }, "unknown"],
      [{}, "unknown"],
    ])("history %j is %s", (history, status) => {
      expect(criterion(base({ history }), "no-contraindication")?.status).toBe(status);
    });

    it("is unknown with no history at all, naming both answers", () => {
      expect(criterion(base({ history: undefined }), "no-contraindication")?.missing).toBe("history.botulinumHypersensitivity, history.injectionSiteInfection");
    });
  });

  describe("preventives failed", () => {
    const payer = (preventives: readonly PreventiveTrial[] | undefined, asOf = A) => criterion(base({ policy: "us-payer", preventives, asOf }), "preventives-failed");
    const nice = (preventives: readonly PreventiveTrial[] | undefined) => criterion(base({ policy: "nice-ta260", preventives }), "preventives-failed");
    const ehf = (preventives: readonly PreventiveTrial[] | undefined) => criterion(base({ policy: "ehf-2018", preventives }), "preventives-failed");

    it("is unknown when no preventive history was given", () => {
      expect(payer(undefined)).toMatchObject({ status: "unknown" });
      expect(payer(undefined)?.missing).toContain("preventives");
    });

    it("is not-met for an empty list (none tried)", () => {
      expect(payer([])?.status).toBe("not-met");
    });

    it.each([
      ["2024-03-01", "met"], // 60 days (2024 is a leap year: Jan 31 + Feb 29)
      ["2024-02-29", "not-met"], // 59 days
    ])("counts an ineffective trial from 2024-01-01 to %s as failed: %s (60-day minimum)", (end, status) => {
      expect(payer([trial("topiramate", "antiepileptic", "ineffective", "2024-01-01", end), trial("propranolol", "beta-blocker")])?.status).toBe(status);
    });

    it.each(["not-tolerated", "contraindicated"] as const)("counts a %s drug as failed whatever the trial length", (outcome) => {
      expect(payer([trial("topiramate", "antiepileptic", outcome, "2024-01-01", "2024-01-02"), trial("propranolol", "beta-blocker")])?.status).toBe("met");
    });

    it.each(["effective", "ongoing"] as const)("does not count an %s drug as failed", (outcome) => {
      expect(payer([trial("topiramate", "antiepileptic", outcome), trial("propranolol", "beta-blocker")])?.status).toBe("not-met");
    });

    it("runs an ineffective trial without an end to the assessment date", () => {
      const start = addDays(A, -60);
      expect(payer([trial("topiramate", "antiepileptic", "ineffective", start), trial("propranolol", "beta-blocker")])?.status).toBe("met");
      expect(payer([trial("topiramate", "antiepileptic", "ineffective", addDays(A, -59)), trial("propranolol", "beta-blocker")])?.status).toBe("not-met");
    });

    it("counts an end after the assessment date as the assessment date", () => {
      const [judged] = judgeTrials([trial("topiramate", "antiepileptic", "ineffective", addDays(A, -59), addDays(A, 30))], A, DEFAULT_SETTINGS);
      expect(judged).toMatchObject({ end: A, trialDays: 59, failed: false });
    });

    it("ignores a preventive started after the assessment date", () => {
      expect(payer([trial("topiramate", "antiepileptic", "not-tolerated", addDays(A, 1)), trial("propranolol", "beta-blocker")])?.status).toBe("not-met");
      expect(payer([trial("topiramate", "antiepileptic", "not-tolerated", A), trial("propranolol", "beta-blocker")])?.status).toBe("met");
    });

    it("uses the configured minPreventiveTrialDays", () => {
      const settings = resolveSettings({ minPreventiveTrialDays: 30 });
      const [judged] = judgeTrials([trial("topiramate", "antiepileptic", "ineffective", "2024-01-01", "2024-01-31")], A, settings);
      expect(judged?.failed).toBe(true);
    });

    it("us-payer needs 2 distinct classes: two beta-blockers are one class", () => {
      expect(payer([trial("propranolol", "beta-blocker"), trial("metoprolol", "beta-blocker")])?.status).toBe("not-met");
      expect(payer([trial("propranolol", "beta-blocker"), trial("topiramate", "antiepileptic")])?.status).toBe("met");
    });

    it("counts 'other' as one class", () => {
      expect(payer([trial("melatonin", "other"), trial("magnesium", "other")])?.status).toBe("not-met");
    });

    it("ehf-2018 needs 2 distinct drugs, of any class", () => {
      expect(ehf([trial("propranolol", "beta-blocker"), trial("metoprolol", "beta-blocker")])?.status).toBe("met");
      expect(ehf([trial("propranolol", "beta-blocker")])?.status).toBe("not-met");
    });

    it("tells drugs apart by name, ignoring case and surrounding spaces", () => {
      expect(ehf([trial("Topiramate", "antiepileptic"), trial("  topiramate ", "antiepileptic", "ineffective", "2023-01-01", "2023-06-01")])?.status).toBe("not-met");
      expect(distinctKey({ name: " TOPIRAMATE ", class: "antiepileptic" }, "drug")).toBe("topiramate");
    });

    it("nice-ta260 needs 3 distinct drugs", () => {
      expect(nice(THREE_DRUGS_THREE_CLASSES.slice(0, 2))?.status).toBe("not-met");
      expect(nice(THREE_DRUGS_THREE_CLASSES)).toMatchObject({ status: "met", detail: "3 distinct drugs failed (needs 3): amitriptyline, propranolol, topiramate" });
    });

    it("says one drug or one class in the singular", () => {
      expect(ehf([trial("propranolol", "beta-blocker")])?.detail).toBe("1 distinct drug failed (needs 2): propranolol");
      expect(payer([trial("propranolol", "beta-blocker")])?.detail).toBe("1 distinct class failed (needs 2): beta-blocker");
      expect(payer([])?.detail).toBe("0 distinct classes failed (needs 2)");
    });

    it("names the clinic's minRecordedDays in what an unknown chronic-migraine criterion needs", () => {
      const settings = resolveSettings({ minRecordedDays: 21 });
      const unknown = criterion(base({ chronicMigraine: "insufficient-data", settings }), "chronic-migraine");
      expect(unknown?.missing).toBe("complete diary windows W1-W3 (at least 21 recorded days each), or W1 with an attested history");
    });

    it("reports each trial as judged in the evidence", () => {
      const c = payer([trial("topiramate", "antiepileptic", "ineffective", "2024-01-01", "2024-02-01")]);
      expect(c?.evidence).toMatchObject({ distinct: [], trials: [{ name: "topiramate", trialDays: 31, failed: false }] });
    });
  });

  describe("overuse managed (NICE)", () => {
    it.each([
      ["suspected", true, "met"],
      ["suspected", false, "not-met"],
      ["suspected", undefined, "not-met"],
      ["not-suspected", undefined, "met"],
      ["not-suspected", false, "met"],
      ["insufficient-data", undefined, "unknown"],
      ["insufficient-data", false, "unknown"],
      ["insufficient-data", true, "met"],
    ] as const)("overuse %s with overuseManaged %s is %s", (medicationOveruse, overuseManaged, status) => {
      const history = overuseManaged === undefined ? SAFE : { ...SAFE, overuseManaged };
      expect(criterion(base({ policy: "nice-ta260", medicationOveruse, history }), "overuse-managed")?.status).toBe(status);
    });

    it("does not ask about overuse under other policies", () => {
      const policies: PolicyId[] = ["us-label", "us-payer", "ehf-2018"];
      for (const policy of policies) expect(assessEligibility(base({ policy, medicationOveruse: "suspected" })).status).toBe("eligible");
    });
  });

  it("judges a clinic's own policy given as data", () => {
    const decision = assessEligibilityUnder({ criteria: ["age", "preventives-failed"], preventives: { count: 4, distinctBy: "drug" } }, base());
    expect(decision.criteria.map((c) => [c.id, c.status])).toEqual([["age", "met"], ["preventives-failed", "not-met"]]);
  });

  it("throws when a policy requires preventives-failed without a count (a programmer error)", () => {
    expect(() => assessEligibilityUnder({ criteria: ["preventives-failed"], preventives: null }, base())).toThrow(/without a count/);
  });
});
