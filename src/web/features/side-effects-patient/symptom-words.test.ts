import { describe, expect, it } from "vitest";
import { RED_SYMPTOMS, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { SYMPTOM_LEVEL, TRIAGE_LEVELS } from "#domain/triage/triage-levels.ts";
import { SYMPTOM_GROUPS, SYMPTOM_WORDS, capitalised, symptomsInWords } from "./symptom-words.ts";

describe("the symptoms in plain words (pathway-rules §10)", () => {
  it("has words for every one of the domain's 21 codes, and for nothing else", () => {
    expect(SYMPTOM_CODES).toHaveLength(21);
    expect(Object.keys(SYMPTOM_WORDS).sort()).toEqual([...SYMPTOM_CODES].sort());
    for (const code of SYMPTOM_CODES) expect(SYMPTOM_WORDS[code].label.length).toBeGreaterThan(2);
  });

  it("puts every code in exactly one group", () => {
    const grouped = SYMPTOM_GROUPS.flatMap((group) => group.symptoms);
    expect([...grouped].sort()).toEqual([...SYMPTOM_CODES].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it("does not hide the serious ones: each group starts with its most urgent, and the throat group comes first", () => {
    for (const group of SYMPTOM_GROUPS) {
      const ranks = group.symptoms.map((code) => TRIAGE_LEVELS.indexOf(SYMPTOM_LEVEL[code]));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
    expect(SYMPTOM_GROUPS[0]?.symptoms.every((code) => (RED_SYMPTOMS as readonly string[]).includes(code))).toBe(true);
  });

  it("uses the issue's own words for the two it names", () => {
    expect(SYMPTOM_WORDS["difficulty-swallowing"].label).toBe("Trouble swallowing");
    expect(SYMPTOM_WORDS["eyelid-droop"].label).toBe("Drooping eyelid");
  });

  it("gives each label once, so no two choices read alike", () => {
    const labels = SYMPTOM_CODES.map((code) => SYMPTOM_WORDS[code].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each([
    [["difficulty-swallowing"], "trouble swallowing"],
    [["difficulty-swallowing", "neck-stiffness"], "trouble swallowing and a stiff neck"],
    [["bruising", "neck-pain", "eyelid-droop"], "bruising, neck pain and a drooping eyelid"],
  ] as const)("says %j as %j", (symptoms, words) => {
    expect(symptomsInWords(symptoms)).toBe(words);
  });

  it("capitalises a sentence's first letter", () => {
    expect(capitalised("a weak neck")).toBe("A weak neck");
  });
});
