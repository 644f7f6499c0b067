import { describe, expect, it } from "vitest";
import { RED_SYMPTOMS, SYMPTOM_CODES } from "#domain/shared/record.ts";
import { SYMPTOM_LEVEL, TRIAGE_LEVELS } from "#domain/triage/triage-levels.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { sideEffects as english } from "#web/i18n/locales/en/sideEffects.ts";
import { SYMPTOM_GROUPS, capitalised, symptomHint, symptomLabel, symptomsInWords } from "./symptom-words.ts";

const t = fixedT("en", "sideEffects");
const en = { t, language: "en" } as const;
const es = { t: fixedT("es", "sideEffects"), language: "es" } as const;
const SYMPTOM_WORDS = english.symptoms;

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
    expect(symptomLabel("difficulty-swallowing", t)).toBe("Trouble swallowing");
    expect(symptomLabel("eyelid-droop", t)).toBe("Drooping eyelid");
    expect(symptomHint("difficulty-swallowing", t)).toBe("Food or drink sticks, or you choke");
    expect(symptomHint("eyelid-droop", t)).toBeNull();
  });

  it("gives each label once, so no two choices read alike, in both languages", () => {
    for (const words of [en, es]) {
      const labels = SYMPTOM_CODES.map((code) => symptomLabel(code, words.t));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it("has a group title in both languages", () => {
    for (const group of SYMPTOM_GROUPS) expect(es.t(`groups.${group.key}`)).not.toBe(t(`groups.${group.key}`));
  });

  it.each([
    [["difficulty-swallowing"], "trouble swallowing"],
    [["difficulty-swallowing", "neck-stiffness"], "trouble swallowing and a stiff neck"],
    [["bruising", "neck-pain", "eyelid-droop"], "bruising, neck pain and a drooping eyelid"],
  ] as const)("says %j as %j", (symptoms, words) => {
    expect(symptomsInWords(symptoms, en)).toBe(words);
  });

  it("says them in Spanish, joined with «y»", () => {
    expect(symptomsInWords(["bruising", "neck-pain", "eyelid-droop"], es)).toBe("moratones, dolor de cuello y un párpado caído");
    expect(capitalised(symptomsInWords(["difficulty-swallowing"], es))).toBe("Dificultad para tragar");
  });

  it("capitalises a sentence's first letter", () => {
    expect(capitalised("a weak neck")).toBe("A weak neck");
  });
});
