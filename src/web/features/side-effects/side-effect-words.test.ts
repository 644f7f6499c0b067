import { describe, expect, it } from "vitest";
import { SYMPTOM_CODES } from "#domain/shared/record.ts";
import { SYMPTOM_WORDS, sitesInWords, sourceInWords, symptomsInWords } from "./side-effect-words.ts";

describe("side effects in the clinic's words", () => {
  it("has words for every symptom code of pathway-rules §10", () => {
    expect(Object.keys(SYMPTOM_WORDS).sort()).toEqual([...SYMPTOM_CODES].sort());
  });

  it("lists a report's symptoms in the order reported", () => {
    expect(symptomsInWords(["eyelid-droop", "neck-pain"])).toBe("Drooping eyelid (ptosis), neck pain");
  });

  it("groups the session's sites at each muscle concerned, with the units by side", () => {
    const frontalis = [5, 5].flatMap((u) => [{ muscle: "frontalis" as const, side: "left" as const, units: u }, { muscle: "frontalis" as const, side: "right" as const, units: u }]);
    expect(sitesInWords(["frontalis", "procerus"], [...frontalis, { muscle: "procerus", side: "midline", units: 5 }])).toEqual(["Frontalis: 4 sites, 20 U (left 10 U, right 10 U)", "Procerus: 1 site, 5 U (midline 5 U)"]);
    expect(sitesInWords(["cervical-paraspinal"], [])).toEqual(["Cervical paraspinal: not injected"]);
  });

  it("says how a report came in", () => {
    expect(sourceInWords("patient")).toBe("from the patient's app");
    expect(sourceInWords(null)).toMatch(/before/);
  });
});
