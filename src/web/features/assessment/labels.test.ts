import { describe, expect, it } from "vitest";
import { POLICIES } from "#domain/shared/record.ts";
import { CRITERION_IDS } from "#domain/eligibility/criterion.ts";
import { CHRONIC_MIGRAINE_REASONS } from "#domain/diagnosis/chronic-migraine.ts";
import {
  CHRONIC_MIGRAINE_TEXT,
  CRITERION_TEXT,
  ELIGIBILITY_TEXT,
  OVERUSE_TEXT,
  POLICY_ORDER,
  chronicMigraineReasonText,
  criteriaTally,
  criterionTitle,
  describeMissing,
  detailSentence,
  isPolicyId,
  isWindowLine,
  overuseClassesText,
  overuseReasonText,
  policyLabel,
  readableDates,
} from "./labels.ts";

const SETTINGS = { minRecordedDays: 20, attestedHistoryMinDays: 90 };

describe("assessment wording", () => {
  describe("policies are named in full", () => {
    it.each([
      ["us-label", "US label"],
      ["us-payer", "US payer (2 failed preventive classes)"],
      ["nice-ta260", "NICE TA260"],
      ["ehf-2018", "EHF 2018"],
    ])("%s is %s", (id, label) => {
      expect(policyLabel(id)).toBe(label);
    });

    it("offers every policy the rules know, in the rules' order", () => {
      expect(POLICY_ORDER).toEqual(POLICIES);
    });

    it("shows an unknown policy id as given rather than hiding it", () => {
      expect(policyLabel("clinic-own")).toBe("clinic-own");
      expect(isPolicyId("clinic-own")).toBe(false);
      expect(isPolicyId(null)).toBe(false);
      expect(isPolicyId("ehf-2018")).toBe(true);
    });
  });

  describe("statuses are words, with a kind for the icon", () => {
    it.each([
      [CHRONIC_MIGRAINE_TEXT.met, "positive", "Met"],
      [CHRONIC_MIGRAINE_TEXT["not-met"], "negative", "Not met"],
      [CHRONIC_MIGRAINE_TEXT["insufficient-data"], "unknown", "Insufficient data"],
      [OVERUSE_TEXT.suspected, "attention", "Suspected"],
      [OVERUSE_TEXT["not-suspected"], "positive", "Not suspected"],
      [OVERUSE_TEXT["insufficient-data"], "unknown", "Insufficient data"],
      [ELIGIBILITY_TEXT.eligible, "positive", "Eligible"],
      [ELIGIBILITY_TEXT["not-eligible"], "negative", "Not eligible"],
      [ELIGIBILITY_TEXT["insufficient-data"], "unknown", "Cannot decide yet"],
      [CRITERION_TEXT.met, "positive", "Met"],
      [CRITERION_TEXT["not-met"], "negative", "Not met"],
      [CRITERION_TEXT.unknown, "unknown", "Unknown"],
    ] as const)("%j is %s, said %s", (text, verdict, short) => {
      expect(text.verdict).toBe(verdict);
      expect(text.short).toBe(short);
    });

    it("never tells two criterion statuses apart by colour alone: each has its own word", () => {
      const words = Object.values(CRITERION_TEXT).map((t) => t.short);
      expect(new Set(words).size).toBe(words.length);
    });
  });

  describe("criteria", () => {
    it("names every criterion the rules have", () => {
      for (const id of CRITERION_IDS) expect(criterionTitle(id)).not.toBe(id);
    });

    it.each([
      [{ needed: 2, distinctBy: "class" }, "At least 2 preventive classes failed"],
      [{ needed: 3, distinctBy: "drug" }, "At least 3 preventive drugs failed"],
      [{}, "Preventives failed"],
    ])("names preventives-failed from its evidence %j as %s", (evidence, title) => {
      expect(criterionTitle("preventives-failed", evidence)).toBe(title);
    });

    it("counts the criteria by status", () => {
      expect(criteriaTally([{ status: "met" }, { status: "met" }, { status: "not-met" }, { status: "unknown" }])).toBe("2 of 4 criteria met · 1 not met · 1 unknown");
      expect(criteriaTally([{ status: "met" }])).toBe("1 of 1 criteria met");
    });
  });

  describe("chronic migraine reasons", () => {
    it("says every reason code of the rules in words", () => {
      for (const code of Object.values(CHRONIC_MIGRAINE_REASONS)) expect(chronicMigraineReasonText(code, SETTINGS)).toMatch(/\.$/);
    });

    it("uses the clinic's settings in the sentence", () => {
      expect(chronicMigraineReasonText("window_incomplete", { minRecordedDays: 24, attestedHistoryMinDays: 90 })).toContain("fewer than 24 recorded days");
      expect(chronicMigraineReasonText("attested_history_too_recent", { minRecordedDays: 20, attestedHistoryMinDays: 120 })).toContain("120 days");
    });

    it("leaves the per-window lines to the windows table", () => {
      const line = "W1 2026-06-23..2026-07-20: 24 days recorded (complete), 18 with any headache (needs 15), 10 migraine days (needs 8)";
      expect(chronicMigraineReasonText(line, SETTINGS)).toBeNull();
      expect(isWindowLine(line)).toBe(true);
      expect(isWindowLine("chronic migraine attested since 2026-01-01, on or before 2026-04-21")).toBe(false);
    });
  });

  describe("medication overuse", () => {
    it.each([
      [["triptan"], "triptans"],
      [["triptan", "opioid"], "triptans and opioids"],
      [["triptan", "ergot", "simple-analgesic"], "triptans, ergots and simple analgesics (paracetamol, aspirin, NSAIDs)"],
      [[], ""],
    ])("lists %j as %s", (classes, text) => {
      expect(overuseClassesText(classes)).toBe(text);
    });

    it("names the overused classes when suspected, and multiple classes as ICHD-3 8.2.6", () => {
      expect(overuseReasonText("suspected", ["triptan"])).toMatch(/Over the threshold in every window: triptans\.$/);
      expect(overuseReasonText("suspected", ["multiple-classes"])).toContain("ICHD-3 8.2.6");
      expect(overuseReasonText("insufficient-data", [])).toContain("three complete 28-day windows");
    });
  });

  describe("missing information and dates", () => {
    it("turns record field names into what a clinician asks", () => {
      expect(describeMissing("patient.birthDate")).toBe("the patient's birth date");
      expect(describeMissing("history.botulinumHypersensitivity, history.injectionSiteInfection")).toBe(
        "whether the patient is hypersensitive to any botulinum toxin; whether there is infection at the injection sites",
      );
      expect(describeMissing("complete diary windows W1-W3, or history.overuseManaged")).toBe(
        "complete diary windows W1-W3, or whether medication overuse is being managed",
      );
      expect(describeMissing("preventives (the list of preventive trials; an empty list if none were tried)")).toMatch(/^the preventive history/);
    });

    it("makes date ranges readable inside the rule's words", () => {
      expect(describeMissing("at least 20 recorded diary days in 2026-06-23..2026-07-20")).toBe("at least 20 recorded diary days in 23 Jun 2026 – 20 Jul 2026");
      expect(readableDates("42 years on 2026-07-20")).toBe("42 years on 20 Jul 2026");
      expect(detailSentence("contraindications not fully answered")).toBe("Contraindications not fully answered");
      expect(detailSentence("18 headache days in 2026-06-23..2026-07-20")).toBe("18 headache days in 23 Jun 2026 – 20 Jul 2026");
    });
  });
});
