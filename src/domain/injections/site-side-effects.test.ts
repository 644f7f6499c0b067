import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { sideEffectsByMuscle } from "./site-side-effects.ts";

describe("side effects at the injected muscles", () => {
  const reports = [
    { date: plainDate("2026-02-03"), symptoms: ["eyelid-droop", "neck-pain"] as const },
    { date: plainDate("2026-02-05"), symptoms: ["difficulty-swallowing"] as const },
    { date: plainDate("2026-05-01"), symptoms: ["brow-droop"] as const },
  ];

  it("traces eyelid droop to the forehead sites and neck pain to the neck and shoulders", () => {
    const byMuscle = sideEffectsByMuscle(reports, plainDate("2026-02-01"), plainDate("2026-04-30"));
    expect(byMuscle.get("frontalis")).toEqual([{ symptom: "eyelid-droop", date: "2026-02-03" }]);
    expect(byMuscle.get("trapezius")).toEqual([{ symptom: "neck-pain", date: "2026-02-03" }]);
    expect([...byMuscle.keys()].sort()).toEqual(["cervical-paraspinal", "corrugator", "frontalis", "procerus", "trapezius"]);
  });

  it("leaves out reports outside the cycle and systemic symptoms", () => {
    const byMuscle = sideEffectsByMuscle(reports, plainDate("2026-02-04"), plainDate("2026-04-30"));
    expect(byMuscle.size).toBe(0);
  });

  it("lists a symptom once per date even when reported twice", () => {
    const twice = [...reports, { date: plainDate("2026-02-03"), symptoms: ["eyelid-droop"] as const }];
    expect(sideEffectsByMuscle(twice, plainDate("2026-02-01"), plainDate("2026-02-28")).get("frontalis")).toHaveLength(1);
  });
});
