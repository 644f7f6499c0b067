/**
 * An independent audit of pathway-rules §10 (side-effect triage): every symptom code of the table
 * at its level, the highest level winning, and reports after A left out.
 */
import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { SymptomCode } from "../shared/record.ts";
import { isSymptomCode, triageLevel } from "./triage-levels.ts";
import { triageReport, triageReports } from "./triage-reports.ts";

/** The table of pathway-rules §10, written out independently of the code's lists. */
const RED = ["difficulty-swallowing", "difficulty-breathing", "difficulty-speaking", "voice-change", "generalized-weakness", "double-vision", "loss-of-bladder-control", "allergic-reaction"] as const;
const AMBER = ["eyelid-droop", "brow-droop", "facial-weakness", "neck-weakness", "headache-worse-over-3-days", "injection-site-infection", "high-blood-pressure"] as const;
const GREEN = ["injection-site-pain", "bruising", "neck-pain", "neck-stiffness", "headache-flare", "muscle-weakness-local"] as const;
const D = plainDate("2026-02-03");

describe("pathway-rules §10 audit: side-effect triage", () => {
  it.each([
    ...RED.map((code) => [code, "red"] as const),
    ...AMBER.map((code) => [code, "amber"] as const),
    ...GREEN.map((code) => [code, "green"] as const),
  ])("triages %s alone as %s", (code, level) => {
    expect(isSymptomCode(code)).toBe(true);
    expect(triageLevel([code])).toBe(level);
  });

  it.each(["sneezing", "Eyelid-droop", "eyelid droop", ""])("does not know the code %j (an input error)", (code) => {
    expect(isSymptomCode(code)).toBe(false);
  });

  it.each<[SymptomCode[], string]>([
    [["bruising", "neck-pain"], "green"],
    [["bruising", "eyelid-droop"], "amber"],
    [["eyelid-droop", "bruising"], "amber"],
    [["bruising", "eyelid-droop", "voice-change"], "red"],
    [["voice-change", "bruising"], "red"],
    [["neck-weakness", "neck-pain"], "amber"],
    [["muscle-weakness-local", "generalized-weakness"], "red"],
  ])("gives %j the highest level: %s", (symptoms, level) => {
    expect(triageLevel(symptoms)).toBe(level);
  });

  it("tells a red report to seek emergency care, alerts the clinic urgently and holds the next dose", () => {
    const report = triageReport({ date: D, symptoms: ["injection-site-pain", "difficulty-breathing"] });
    expect(report).toMatchObject({ level: "red", holdNextDose: true, actionCodes: ["seek_emergency_care", "urgent_clinic_alert", "hold_next_dose"] });
  });

  it("promises an amber report a call within one working day and gives the clinic a task, without holding the dose", () => {
    expect(triageReport({ date: D, symptoms: ["brow-droop"] })).toMatchObject({ level: "amber", holdNextDose: false, actionCodes: ["clinic_call_within_one_working_day", "clinic_task"] });
  });

  it("gives a green report self-care advice and records it for the next visit", () => {
    expect(triageReport({ date: D, symptoms: ["bruising"] })).toMatchObject({ level: "green", holdNextDose: false, actionCodes: ["self_care_advice", "record_for_next_visit"] });
  });

  it("leaves out reports after A and lists the rest in date order, input order among equal dates", () => {
    const reports = triageReports([
      { date: plainDate("2026-02-10"), symptoms: ["bruising"] },
      { date: plainDate("2026-02-11"), symptoms: ["double-vision"] },
      { date: D, symptoms: ["neck-pain"] },
      { date: D, symptoms: ["eyelid-droop"] },
    ], plainDate("2026-02-10"));
    expect(reports.map((r) => [r.date, r.level])).toEqual([[D, "green"], [D, "amber"], ["2026-02-10", "green"]]);
  });

  it("never depends on how long ago the session was: the same symptoms give the same triage on any date", () => {
    const late = triageReport({ date: plainDate("2027-12-31"), symptoms: ["difficulty-swallowing"] });
    const early = triageReport({ date: D, symptoms: ["difficulty-swallowing"] });
    expect({ ...late, date: D }).toEqual(early);
  });
});
