import { describe, expect, it } from "vitest";
import { HIT6_GRADES, MIDAS_GRADES } from "#domain/questionnaires/index.ts";
import type { StaffQuestionnaire } from "#contracts/api/questionnaires.ts";
import { scoreOnPhone } from "./local-score.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { changeWords, dueReasonWords, instrumentOfSlug, INSTRUMENT_SLUGS, patientScoreWords, staffChangeWords, staffGradeLabel } from "./questionnaire-words.ts";
import { answersWords, enteredWords, spanLines } from "./staff-words.ts";
import { parseDays, parseHit6Total } from "./typed-numbers.ts";

const t = fixedT("en", "questionnaires");
const es = fixedT("es", "questionnaires");

describe("questionnaires in words", () => {
  it("tells a patient every grade in calm words, never the clinical label", () => {
    for (const grade of [...HIT6_GRADES, ...MIDAS_GRADES]) {
      const words = patientScoreWords(grade.length < 3 ? "MIDAS" : "HIT-6", 50, grade, null, t).meaning;
      expect(words).toMatch(/^Headaches /);
      expect(words).not.toMatch(/severe|disab|grade|alarm|danger/i);
    }
    expect(patientScoreWords("MIDAS", 14, "III", -6, t)).toEqual({ headline: "Your MIDAS score is 14.", meaning: "Headaches cost you a fair number of days in the last 3 months.", change: "That is 6 lower than last time (lower is better)." });
  });

  it("says the change since last time either way, and nothing for a first score", () => {
    expect([changeWords(null, t), changeWords(0, t), changeWords(4, t), changeWords(-5, t)]).toEqual([null, "That is the same as last time.", "That is 4 higher than last time.", "That is 5 lower than last time (lower is better)."]);
    expect([staffChangeWords(null, null), staffChangeWords(-6, true), staffChangeWords(-2, false), staffChangeWords(3, false)]).toEqual(["first", "−6, meaningful improvement", "−2", "+3"]);
  });

  it("gives staff every grade with its range, and finds each instrument by its address", () => {
    expect([...HIT6_GRADES, ...MIDAS_GRADES].map(staffGradeLabel)).toEqual([
      "Little or no impact (≤49)",
      "Some impact (50-55)",
      "Substantial impact (56-59)",
      "Severe impact (≥60)",
      "Grade I, little or none (0-5)",
      "Grade II, mild (6-10)",
      "Grade III, moderate (11-20)",
      "Grade IV, severe (≥21)",
    ]);
    expect(Object.values(INSTRUMENT_SLUGS).map(instrumentOfSlug)).toEqual(["HIT-6", "MIDAS"]);
    expect(instrumentOfSlug("msq")).toBeNull();
    expect(dueReasonWords("before-visit", "2026-03-12", t, "en")).toBe("Before your visit on Thursday 12 March");
    expect(dueReasonWords("baseline", null, t, "en")).toBe("Before your treatment starts");
  });

  it("tells a patient the score and its change in Spanish, one point as one", () => {
    for (const grade of [...HIT6_GRADES, ...MIDAS_GRADES]) expect(patientScoreWords("HIT-6", 50, grade, null, es).meaning).toMatch(/^Los dolores de cabeza /);
    expect(patientScoreWords("MIDAS", 14, "III", -6, es)).toEqual({
      headline: "Su puntuación en el MIDAS es 14.",
      meaning: "Los dolores de cabeza le hicieron perder bastantes días en los últimos 3 meses.",
      change: "Son 6 puntos menos que la última vez (cuanto más baja, mejor).",
    });
    expect([changeWords(1, es), changeWords(-1, es), changeWords(0, es)]).toEqual(["Es 1 punto más que la última vez.", "Es 1 punto menos que la última vez (cuanto más baja, mejor).", "Es igual que la última vez."]);
    expect(dueReasonWords("before-visit", "2026-03-12", es, "es")).toBe("Antes de su visita del jueves, 12 de marzo");
  });

  it("scores on the phone as the server does, with the change since the last known score", () => {
    expect(scoreOnPhone({ instrument: "MIDAS", date: "2026-03-05" as never, responses: [1, 1, 2, 1, 1] }, [{ instrument: "MIDAS", date: "2025-12-01", score: 20 }, { instrument: "HIT-6", date: "2026-01-01", score: 60 }])).toEqual({ score: 6, grade: "II", change: -14, meaningfulImprovement: true });
    expect(scoreOnPhone({ instrument: "HIT-6", date: "2026-03-05" as never, responses: [], score: 58 }, [])).toEqual({ score: 58, grade: "substantial", change: null, meaningfulImprovement: null });
  });

  it("reads typed numbers strictly", () => {
    expect([parseDays("0", 90), parseDays(" 12 ", 90), parseDays("91", 90), parseDays("2.5", 90), parseDays("", 90), parseDays("-1", 90)]).toEqual([0, 12, null, null, null, null]);
    expect([parseHit6Total("36"), parseHit6Total("78"), parseHit6Total("35"), parseHit6Total("79"), parseHit6Total("6x")]).toEqual([36, 78, null, null, null]);
  });

  it("tells staff what is due, how each was entered and the answers behind it", () => {
    expect(
      spanLines([
        { instrument: "HIT-6", reason: "before-visit", visitDate: "2026-03-12", from: "2026-03-05", to: "2026-03-12", doneOn: null },
        { instrument: "MIDAS", reason: "before-visit", visitDate: "2026-03-12", from: "2026-03-05", to: "2026-03-12", doneOn: "2026-03-06" },
        { instrument: "HIT-6", reason: "baseline", visitDate: null, from: null, to: null, doneOn: "2026-02-01" },
      ]),
    ).toEqual(["Before the visit on 12 Mar 2026 (from 5 Mar 2026): HIT-6 due; MIDAS done 6 Mar 2026", "Baseline, before the first session: HIT-6 done 1 Feb 2026"]);
    const base: StaffQuestionnaire = { id: "q", instrument: "MIDAS", date: "2026-03-06", score: 20, grade: "III", change: null, meaningfulImprovement: null, totalOnly: false, responses: [4, 3, 5, 2, 6], a: 40, b: 7, enteredBy: "patient", recordedAt: "2026-03-06T09:00:00Z", recordedBy: { userId: "u", name: "Cal Clinician" }, revision: 1 };
    expect([answersWords(base), answersWords({ ...base, instrument: "HIT-6", responses: [0, 1, 2, 3, 4, 4], a: null, b: null }), answersWords({ ...base, instrument: "HIT-6", responses: [], totalOnly: true })]).toEqual(["4, 3, 5, 2, 6; A 40, B 7", "Columns 1, 2, 3, 4, 5, 5", "Total only"]);
    expect([enteredWords(base), enteredWords({ ...base, enteredBy: "staff" }), enteredWords({ ...base, enteredBy: "import" })]).toEqual(["Patient's app", "Paper form, entered by Cal Clinician", "Imported by Cal Clinician"]);
  });
});
