/** When an imported day says the same as the stored one, and how a record's paths are renamed for `days`. */
import { describe, expect, it } from "vitest";
import type { StoredDiaryAnswers } from "../../db/schema.ts";
import { renameDiaryList } from "../../shared/record-issues.ts";
import { sameAnswers } from "./diary-import.ts";

describe("sameAnswers", () => {
  const base: StoredDiaryAnswers = { headache: true, hours: 5, severity: 2, features: { nausea: true }, medications: [{ class: "triptan", relief: true }] };

  it.each<[string, StoredDiaryAnswers]>([
    ["the same answers with keys in another order", { medications: [{ relief: true, class: "triptan" }], features: { nausea: true }, severity: 2, hours: 5, headache: true }],
    ["a false feature added (an absent feature counts as false, pathway-rules §2)", { ...base, features: { nausea: true, aura: false } }],
    ["an undefined value added", { ...base, features: { nausea: true, vomiting: undefined } }],
  ])("is true for %s", (_case, other) => {
    expect(sameAnswers(base, other)).toBe(true);
  });

  it.each<[string, StoredDiaryAnswers]>([
    ["other hours", { ...base, hours: 6 }],
    ["another severity", { ...base, severity: 3 }],
    ["a feature turned true", { ...base, features: { nausea: true, aura: true } }],
    ["a medication more", { ...base, medications: [...(base.medications ?? []), { class: "opioid" }] }],
    ["relief not said", { ...base, medications: [{ class: "triptan" }] }],
    ["no headache", { headache: false }],
  ])("is false for %s", (_case, other) => {
    expect(sameAnswers(base, other)).toBe(false);
  });

  it("counts no features, empty features and all-false features as the same, and no medications as an empty list", () => {
    expect(sameAnswers({ headache: false }, { headache: false, features: {}, medications: [] })).toBe(true);
    expect(sameAnswers({ headache: false }, { headache: false, features: { nausea: false } })).toBe(true);
  });
});

describe("renameDiaryList", () => {
  it.each([
    ["diary[3].hours", "days[3].hours"],
    ["diary", "days"],
    ["has the same date as diary[0]; one per date", "has the same date as days[0]; one per date"],
    ["diary[2].medications[0].class", "days[2].medications[0].class"],
    ["patient.diaryNote", "patient.diaryNote"],
    ["mydiary[1]", "mydiary[1]"],
  ])("renames %s to %s", (text, renamed) => {
    expect(renameDiaryList(text, "days")).toBe(renamed);
  });
});
