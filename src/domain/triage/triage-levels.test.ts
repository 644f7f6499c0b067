import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SYMPTOM_CODES, type SymptomCode } from "../shared/record.ts";
import { SYMPTOM_LEVEL, TRIAGE_LEVELS, higherLevel, isSymptomCode, triageLevel } from "./triage-levels.ts";

describe("side-effect symptom levels (pathway-rules §10)", () => {
  it.each([
    ["difficulty-swallowing", "red"],
    ["difficulty-breathing", "red"],
    ["difficulty-speaking", "red"],
    ["voice-change", "red"],
    ["generalized-weakness", "red"],
    ["double-vision", "red"],
    ["loss-of-bladder-control", "red"],
    ["allergic-reaction", "red"],
    ["eyelid-droop", "amber"],
    ["brow-droop", "amber"],
    ["facial-weakness", "amber"],
    ["neck-weakness", "amber"],
    ["headache-worse-over-3-days", "amber"],
    ["injection-site-infection", "amber"],
    ["high-blood-pressure", "amber"],
    ["injection-site-pain", "green"],
    ["bruising", "green"],
    ["neck-pain", "green"],
    ["neck-stiffness", "green"],
    ["headache-flare", "green"],
    ["muscle-weakness-local", "green"],
  ] as const)("triages %s alone as %s", (symptom, level) => {
    expect(triageLevel([symptom])).toBe(level);
  });

  it("gives every known symptom code a level", () => {
    expect(Object.keys(SYMPTOM_LEVEL).sort()).toEqual([...SYMPTOM_CODES].sort());
  });

  it.each([
    [["neck-pain", "eyelid-droop"], "amber"],
    [["bruising", "neck-stiffness"], "green"],
    [["eyelid-droop", "bruising", "double-vision"], "red"],
    [["allergic-reaction", "injection-site-pain"], "red"],
  ] as const)("takes the highest level among %j: %s", (symptoms, level) => {
    expect(triageLevel(symptoms)).toBe(level);
  });

  it("reports the maximum level over any symptoms, whatever their order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYMPTOM_CODES), { minLength: 1, maxLength: 8 }), (symptoms: SymptomCode[]) => {
        const highest = Math.max(...symptoms.map((s) => TRIAGE_LEVELS.indexOf(SYMPTOM_LEVEL[s])));
        return triageLevel(symptoms) === TRIAGE_LEVELS[highest] && triageLevel([...symptoms].reverse()) === TRIAGE_LEVELS[highest];
      }),
    );
  });

  it("orders levels green < amber < red", () => {
    expect(higherLevel("green", "amber")).toBe("amber");
    expect(higherLevel("red", "amber")).toBe("red");
    expect(higherLevel("amber", "amber")).toBe("amber");
  });

  it("recognises known codes and rejects others", () => {
    expect(isSymptomCode("eyelid-droop")).toBe(true);
    expect(isSymptomCode("sneezing")).toBe(false);
    expect(isSymptomCode(3)).toBe(false);
  });

  it("throws on an empty report or an unknown code, which the boundary rejects first", () => {
    expect(() => triageLevel([])).toThrow(RangeError);
    expect(() => triageLevel(["sneezing" as SymptomCode])).toThrow(RangeError);
  });
});
