import { describe, expect, it } from "vitest";
import { preventiveTrialBodySchema } from "./api/clinical-history.ts";
import { emailSchema, personNameSchema } from "./api/common.ts";
import { diaryRevisionBodySchema } from "./api/diary.ts";
import { parsePatientRecord } from "./patient-record.ts";
import { CONTROL_CHARACTER_MESSAGE, FREE_TEXT_CONTROL_CHARACTER_MESSAGE, NOT_UNICODE_MESSAGE, freeText, hasControlCharacters, hasFreeTextControlCharacters, hasLoneSurrogate, singleLineText } from "./text.ts";

const C0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code));

describe("text that is not Unicode (issue 7, finding 4)", () => {
  it("finds a lone high or low surrogate anywhere, and passes pairs", () => {
    for (const text of ["\ud800", "a\ud800b", "a\udfff", "\udc00\ud800", "😀\ud83d"]) expect(hasLoneSurrogate(text), JSON.stringify(text)).toBe(true);
    for (const text of ["", "Sumatriptan", "😀", "a😀b😀", "頭痛"]) expect(hasLoneSurrogate(text), text).toBe(false);
  });

  it("refuses it in one-line and free text with one issue, and in a diary medicine name naming the field", () => {
    expect(singleLineText().max(3).safeParse("\ud800 long").error?.issues.map((issue) => issue.message)).toEqual([NOT_UNICODE_MESSAGE]);
    expect(freeText().safeParse("reason \udc00").error?.issues.map((issue) => issue.message)).toEqual([NOT_UNICODE_MESSAGE]);
    const day = { id: "01a21822-0de4-72b8-8ba4-28297627e900", date: "2026-07-19", recordedAt: "2026-07-19T20:00:00Z", headache: false, medications: [{ name: "Suma\ud800", class: "triptan" }] };
    expect(diaryRevisionBodySchema.safeParse(day).error?.issues[0]?.path).toEqual(["medications", 0, "name"]);
    const record = parsePatientRecord({ patient: { id: "p1" }, diary: [{ date: "2026-07-19", headache: true, hours: 5, severity: 2, medications: [{ name: "\ud800", class: "triptan" }] }] });
    expect(record.ok ? [] : record.issues.map((issue) => issue.path)).toEqual(["diary[0].medications[0].name"]);
  });
});

describe("control characters in text", () => {
  it("refuses every C0 control character and DEL in one-line text, and nothing printable", () => {
    for (const character of [...C0, "\u007F"]) expect(hasControlCharacters(`a${character}b`), character.charCodeAt(0).toString(16)).toBe(true);
    for (const text of ["Topiramate 50 mg", "Zoë O'Brien-Ngata", "頭痛", "", " "]) expect(hasControlCharacters(text), text).toBe(false);
  });

  it("lets free text keep tab, line feed and carriage return, refusing the other controls", () => {
    const allowed = new Set(["\t", "\n", "\r"]);
    for (const character of [...C0, "\u007F"]) expect(hasFreeTextControlCharacters(`a${character}b`), character.charCodeAt(0).toString(16)).toBe(!allowed.has(character));
  });

  it("gives one issue naming the control characters, before the field's own checks", () => {
    const name = singleLineText().trim().min(1, "is required").max(3);
    expect(name.safeParse("\u0000long text").error?.issues.map((issue) => issue.message)).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(name.safeParse(" ab ").data).toBe("ab");
    expect(freeText().safeParse("x\u0000").error?.issues.map((issue) => issue.message)).toEqual([FREE_TEXT_CONTROL_CHARACTER_MESSAGE]);
  });

  it("is used by the API's names, emails, trial names and diary medication names", () => {
    expect(personNameSchema.safeParse("Ann\u0000").success).toBe(false);
    expect(emailSchema.safeParse("ann\u0000@example.test").success).toBe(false);
    expect(preventiveTrialBodySchema.safeParse({ name: "Topiramate\u0000", class: "antiepileptic", start: "2025-01-01", outcome: "ongoing" }).error?.issues[0]?.path).toEqual(["name"]);
    const day = { id: "01a21822-0de4-72b8-8ba4-28297627e900", date: "2026-07-19", recordedAt: "2026-07-19T20:00:00Z", headache: false, medications: [{ name: "x\u0000", class: "triptan" }] };
    expect(diaryRevisionBodySchema.safeParse(day).error?.issues[0]?.path).toEqual(["medications", 0, "name"]);
  });

  it("makes a patient record (cephalog assess) name each text field holding U+0000, while a reason keeps its line breaks", () => {
    const parsed = parsePatientRecord({
      patient: { id: "p\u0000" },
      diary: [{ date: "2026-07-19", headache: true, hours: 5, severity: 2, medications: [{ name: "suma\u0000", class: "triptan" }] }],
      preventives: [{ name: "Topiramate\u0000", class: "antiepileptic", start: "2025-01-01", outcome: "ongoing" }],
      treatments: [{ date: "2026-07-01", overrideReason: "first line\nsecond\u0000", injections: [] }],
      otherToxinDoses: [{ date: "2026-06-01", units: 50, indication: "spasticity\u0000" }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.path)).toEqual([
      "patient.id",
      "diary[0].medications[0].name",
      "preventives[0].name",
      "treatments[0].overrideReason",
      "otherToxinDoses[0].indication",
    ]);
    const multiLine = parsePatientRecord({ patient: { id: "p1" }, treatments: [{ date: "2026-07-01", overrideReason: "first line\r\n\tsecond", injections: [] }] });
    expect(multiLine.ok).toBe(true);
  });
});
