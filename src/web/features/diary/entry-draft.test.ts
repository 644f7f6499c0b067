import { describe, expect, it } from "vitest";
import { diaryAnswersSchema } from "#contracts/diary-answers.ts";
import { answersFromDraft, draftFromAnswers, EMPTY_DRAFT, HOURS_CHOICES, setRelief, toggleMedication } from "./entry-draft.ts";

describe("answersFromDraft", () => {
  it("records a headache-free day as headache false and nothing else", () => {
    expect(answersFromDraft({ ...EMPTY_DRAFT, headache: false, hours: 3, medications: [{ class: "triptan" }] })).toEqual({ headache: false });
  });

  it("records a 5-hour moderate throbbing one-sided headache with nausea and a triptan that helped", () => {
    const answers = answersFromDraft({
      headache: true,
      hours: 5,
      severity: 2,
      features: { unilateral: true, pulsating: true, nausea: true, vomiting: false },
      medications: [{ class: "triptan", relief: true }],
    });
    expect(answers).toEqual({
      headache: true,
      hours: 5,
      severity: 2,
      features: { unilateral: true, pulsating: true, nausea: true },
      medications: [{ class: "triptan", relief: true }],
    });
    expect(diaryAnswersSchema.safeParse(answers).success).toBe(true);
  });

  it("leaves hours and severity out when unanswered, so the contract refuses the day", () => {
    const answers = answersFromDraft({ ...EMPTY_DRAFT, headache: true });
    const parsed = diaryAnswersSchema.safeParse(answers);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["hours", "severity"]);
  });

  it("round-trips through draftFromAnswers when changing a day", () => {
    const answers = { headache: true, hours: 24, severity: 3 as const, features: { aura: true }, medications: [{ class: "gepant" as const, relief: false }] };
    expect(answersFromDraft(draftFromAnswers(answers))).toEqual(answers);
  });
});

describe("HOURS_CHOICES", () => {
  it("records each quick choice as the least it means, so 'under 4 hours' never reaches the 4-hour threshold", () => {
    const byLabel = Object.fromEntries(HOURS_CHOICES.map((choice) => [choice.label, choice.hours]));
    expect(byLabel["2 to under 4 hours"]).toBeLessThan(4);
    expect(byLabel["4 to 8 hours"]).toBe(4);
    expect(byLabel["All day"]).toBe(24);
    expect(byLabel["Less than 2 hours"]).toBeLessThan(2);
    expect(byLabel["Less than 2 hours"]).toBeGreaterThan(0);
  });
});

describe("medicine answers", () => {
  it("adds and removes a class by tapping it", () => {
    const once = toggleMedication([], "triptan");
    expect(once).toEqual([{ class: "triptan" }]);
    expect(toggleMedication(once, "triptan")).toEqual([]);
  });

  it("sets whether it helped, and clears the answer when the same one is tapped again", () => {
    const helped = setRelief([{ class: "triptan" }], "triptan", true);
    expect(helped).toEqual([{ class: "triptan", relief: true }]);
    expect(setRelief(helped, "triptan", true)).toEqual([{ class: "triptan", relief: undefined }]);
    expect(setRelief(helped, "triptan", false)).toEqual([{ class: "triptan", relief: false }]);
  });
});
