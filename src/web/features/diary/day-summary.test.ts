import { describe, expect, it } from "vitest";
import { dayScale, describeAnswers, isMigraineDay } from "./day-summary.ts";

describe("dayScale", () => {
  it.each([
    [undefined, "none"],
    [{ headache: false }, "free"],
    [{ headache: true, hours: 2, severity: 1 as const }, "mild"],
    [{ headache: true, hours: 2, severity: 2 as const }, "moderate"],
    [{ headache: true, hours: 2, severity: 3 as const }, "severe"],
  ])("places %j on the day scale as %s", (answers, expected) => {
    expect(dayScale(answers)).toBe(expected);
  });
});

describe("isMigraineDay", () => {
  it("marks a 5-hour moderate throbbing one-sided headache with nausea as a migraine day", () => {
    expect(isMigraineDay("2026-07-20", { headache: true, hours: 5, severity: 2, features: { unilateral: true, pulsating: true, nausea: true } })).toBe(true);
  });

  it("uses the under-18 criterion B of 2 hours when the birth date says the patient is 17 (pathway-rules §2)", () => {
    // 3 h, moderate, pulsating, photophobia and phonophobia: C and D hold; B holds only at 2 h.
    const answers = { headache: true, hours: 3, severity: 2 as const, features: { pulsating: true, photophobia: true, phonophobia: true } };
    const strictRule = { headache: true, hours: 3, severity: 1 as const, features: { photophobia: true, phonophobia: true } };
    expect(isMigraineDay("2026-07-20", answers, "2009-01-01")).toBe(true);
    // Only B and D for the adolescent (two of three: probable migraine) vs only D for the adult.
    expect(isMigraineDay("2026-07-20", strictRule, "2009-01-01")).toBe(true);
    expect(isMigraineDay("2026-07-20", strictRule, "1980-01-01")).toBe(false);
    expect(isMigraineDay("2026-07-20", strictRule)).toBe(false);
  });

  it("does not mark a 1-hour mild headache without features", () => {
    expect(isMigraineDay("2026-07-20", { headache: true, hours: 1, severity: 1 })).toBe(false);
  });
});

describe("describeAnswers", () => {
  it("says a headache-free day plainly", () => {
    expect(describeAnswers({ headache: false })).toBe("No headache.");
  });

  it("names severity, duration, features and medicines with whether they helped", () => {
    expect(
      describeAnswers({ headache: true, hours: 5, severity: 2, features: { unilateral: true, nausea: true }, medications: [{ class: "triptan", relief: true }] }),
    ).toBe("Moderate headache, 5 hours. One-sided, nausea. Took triptan (helped).");
  });
});
