import { describe, expect, it } from "vitest";
import { diaryAnswersSchema } from "#contracts/diary-answers.ts";
import { answersFromDraft, draftFromAnswers, EMPTY_DRAFT, medicineKey, sameAs, setRelief, toggleMedication, withDuration } from "./entry-draft.ts";

describe("answersFromDraft", () => {
  it("records a headache-free day as headache false and nothing else", () => {
    expect(answersFromDraft({ ...EMPTY_DRAFT, headache: false, hours: 3, medications: [{ class: "triptan" }], note: "x" })).toEqual({ headache: false });
  });

  it("keeps the band chosen with the hours it counts as, and the contract takes it", () => {
    const answers = answersFromDraft({
      ...withDuration(EMPTY_DRAFT, "4-8h"),
      severity: 2,
      features: { unilateral: true, pulsating: true, nausea: true, vomiting: false },
      medications: [{ name: "Sumatriptan", class: "triptan", relief: true }],
      note: "  after a long drive ",
    });
    expect(answers).toEqual({
      headache: true,
      hours: 4,
      duration: "4-8h",
      severity: 2,
      features: { unilateral: true, pulsating: true, nausea: true },
      medications: [{ name: "Sumatriptan", class: "triptan", relief: true }],
      note: "after a long drive",
    });
    expect(diaryAnswersSchema.safeParse(answers).success).toBe(true);
  });

  it("leaves hours and severity out when unanswered, so the contract refuses the day", () => {
    const parsed = diaryAnswersSchema.safeParse(answersFromDraft({ ...EMPTY_DRAFT, headache: true }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["hours", "severity"]);
  });

  it("round-trips through draftFromAnswers, an older day kept in hours only included", () => {
    const banded = { headache: true, hours: 24, duration: "all-day" as const, severity: 3 as const, features: { aura: true }, medications: [{ class: "gepant" as const, relief: false }] };
    expect(answersFromDraft(draftFromAnswers(banded))).toEqual(banded);
    const hoursOnly = { headache: true, hours: 5, severity: 1 as const, features: {}, medications: [] };
    expect(answersFromDraft(draftFromAnswers(hoursOnly))).toEqual(hoursOnly);
  });
});

describe("same as yesterday", () => {
  it("copies the headache and medicines, not whether they helped nor the note", () => {
    expect(sameAs({ headache: true, hours: 4, duration: "4-8h", severity: 2, medications: [{ name: "Ibuprofen", class: "simple-analgesic", relief: true }], note: "x" })).toEqual({
      headache: true,
      hours: 4,
      duration: "4-8h",
      severity: 2,
      medications: [{ name: "Ibuprofen", class: "simple-analgesic" }],
    });
    expect(sameAs({ headache: false })).toEqual({ headache: false });
  });
});

describe("medicine answers", () => {
  it("adds and removes a kind by class, and one of the patient's own by name", () => {
    const once = toggleMedication([], { class: "triptan" });
    expect(once).toEqual([{ class: "triptan" }]);
    expect(toggleMedication(once, { class: "triptan" })).toEqual([]);
    const own = toggleMedication(once, { name: "Sumatriptan", class: "triptan" });
    expect(own).toEqual([{ class: "triptan" }, { name: "Sumatriptan", class: "triptan" }]);
    expect(toggleMedication(own, { name: "sumatriptan", class: "triptan" })).toEqual([{ class: "triptan" }]);
  });

  it("sets whether it helped, and clears the answer when the same one is tapped again", () => {
    const key = medicineKey({ class: "triptan" });
    const helped = setRelief([{ class: "triptan" }], key, true);
    expect(helped).toEqual([{ class: "triptan", relief: true }]);
    expect(setRelief(helped, key, true)).toEqual([{ class: "triptan", relief: undefined }]);
    expect(setRelief(helped, key, false)).toEqual([{ class: "triptan", relief: false }]);
  });
});
