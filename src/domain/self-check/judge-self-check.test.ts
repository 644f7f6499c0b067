import { describe, expect, it } from "vitest";
import { judgeSelfCheck } from "./judge-self-check.ts";
import type { SelfCheckAnswers } from "./self-check-answers.ts";

const allMatching: SelfCheckAnswers = {
  adult: "yes",
  diagnosis: "yes",
  headacheDays: "15-or-more",
  longHeadaches: "yes",
  duration: "over-3-months",
  preventives: "two-or-more",
  medicationDays: "under-10",
};

describe("the self-check's honest answer (issue 9 §5)", () => {
  it("says it is worth asking when every answer matches the criteria, with no extra notes", () => {
    const result = judgeSelfCheck(allMatching);
    expect(result.outcome).toBe("worth-asking");
    expect(result.criteria).toEqual({ adult: "matches", diagnosis: "matches", frequency: "matches", preventives: "matches" });
    expect(result.notes).toEqual([]);
  });

  it("always sends the person to a headache specialist, whatever the answers", () => {
    for (const answers of [allMatching, {}, { adult: "no" } as const, { headacheDays: "under-8" } as const]) {
      expect(judgeSelfCheck(answers).talkToSpecialist).toBe(true);
    }
  });

  it.each([
    ["headacheDays", "8-to-14"],
    ["headacheDays", "under-8"],
    ["longHeadaches", "no"],
    ["duration", "under-3-months"],
  ] as const)("says it may not fit when %s is %s (the frequency criterion)", (question, answer) => {
    const result = judgeSelfCheck({ ...allMatching, [question]: answer });
    expect(result.criteria.frequency).toBe("does-not-match");
    expect(result.outcome).toBe("may-not-fit");
  });

  it.each([
    ["headacheDays", "not-sure"],
    ["longHeadaches", "not-sure"],
    ["duration", "not-sure"],
    ["diagnosis", "not-sure"],
    ["preventives", "not-sure"],
  ] as const)("is not sure yet when %s is %s, and suggests a diary for the frequency or diagnosis", (question, answer) => {
    const result = judgeSelfCheck({ ...allMatching, [question]: answer });
    expect(result.outcome).toBe("not-sure-yet");
    expect(result.notes.includes("keep-a-diary")).toBe(question !== "preventives");
  });

  it("lets one clear mismatch outweigh unknowns", () => {
    expect(judgeSelfCheck({ headacheDays: "under-8" }).outcome).toBe("may-not-fit");
    expect(judgeSelfCheck({}).outcome).toBe("not-sure-yet");
  });

  it("notes the adult licence for someone under 18", () => {
    const result = judgeSelfCheck({ ...allMatching, adult: "no" });
    expect(result.criteria.adult).toBe("does-not-match");
    expect(result.outcome).toBe("may-not-fit");
    expect(result.notes).toContain("under-18");
  });

  it("raises possible medication overuse at 10 or more days a month, without changing the outcome", () => {
    const result = judgeSelfCheck({ ...allMatching, medicationDays: "10-or-more" });
    expect(result.outcome).toBe("worth-asking");
    expect(result.notes).toEqual(["medication-overuse"]);
  });

  it("reads one preventive tried as matching and none as not, with a note to try preventives first", () => {
    expect(judgeSelfCheck({ ...allMatching, preventives: "one" }).criteria.preventives).toBe("matches");
    const none = judgeSelfCheck({ ...allMatching, preventives: "none" });
    expect(none.criteria.preventives).toBe("does-not-match");
    expect(none.notes).toContain("preventives-first");
  });

  it("never calls a person diagnosed: a diagnosis answered no is a mismatch, not a verdict about them", () => {
    const result = judgeSelfCheck({ ...allMatching, diagnosis: "no" });
    expect(result.criteria.diagnosis).toBe("does-not-match");
    expect(result.outcome).toBe("may-not-fit");
  });
});
