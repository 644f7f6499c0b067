import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { SideEffectReport, SymptomCode } from "../shared/record.ts";
import { TRIAGE_ACTIONS, triageActions } from "./triage-actions.ts";
import { triageReport, triageReports } from "./triage-reports.ts";

const report = (date: string, symptoms: SymptomCode[]): SideEffectReport => ({ date: plainDate(date), symptoms });

describe("side-effect reports and their actions (pathway-rules §10)", () => {
  it("tells a red report's patient to seek emergency care, alerts the clinic and holds the next dose", () => {
    const triaged = triageReport(report("2026-02-03", ["difficulty-swallowing"]));
    expect(triaged.level).toBe("red");
    expect(triaged.actionCodes).toEqual(["seek_emergency_care", "urgent_clinic_alert", "hold_next_dose"]);
    expect(triaged.actions[0]).toMatch(/emergency care now/);
    expect(triaged.actions.join(" ")).toMatch(/on hold until/);
    expect(triaged.holdNextDose).toBe(true);
  });

  it("tells an amber report's patient the clinic will call within one working day and gives the clinic a task", () => {
    const triaged = triageReport(report("2026-02-03", ["neck-pain", "eyelid-droop"]));
    expect(triaged).toMatchObject({ date: "2026-02-03", level: "amber", symptoms: ["neck-pain", "eyelid-droop"], holdNextDose: false });
    expect(triaged.actionCodes).toEqual(["clinic_call_within_one_working_day", "clinic_task"]);
    expect(triaged.actions[0]).toMatch(/within one working day/);
  });

  it("gives a green report self-care advice and records it for the next visit", () => {
    const triaged = triageReport(report("2026-02-03", ["bruising"]));
    expect(triaged.actionCodes).toEqual(["self_care_advice", "record_for_next_visit"]);
    expect(triaged.actions).toEqual(TRIAGE_ACTIONS.green.map((a) => a.text));
    expect(triaged.holdNextDose).toBe(false);
  });

  it("puts the patient's instruction first at every level", () => {
    for (const level of ["red", "amber", "green"] as const) {
      const actions = triageActions(level);
      expect(actions[0]?.audience).toBe("patient");
      expect(actions.slice(1).every((a) => a.audience === "clinic")).toBe(true);
    }
  });

  it("triages the same symptoms the same way whatever the date (no time-since-session rule)", () => {
    expect(triageReport(report("2026-02-03", ["double-vision"])).level).toBe(triageReport(report("2027-09-30", ["double-vision"])).level);
  });

  it("lists reports in date order, input order among equal dates, leaving out those after the assessment date", () => {
    const reports = [
      report("2026-03-01", ["bruising"]),
      report("2026-02-01", ["voice-change"]),
      report("2026-03-01", ["brow-droop"]),
      report("2026-03-02", ["neck-pain"]),
    ];
    expect(triageReports(reports, plainDate("2026-03-01")).map((r) => [r.date, r.level])).toEqual([
      ["2026-02-01", "red"],
      ["2026-03-01", "green"],
      ["2026-03-01", "amber"],
    ]);
    expect(triageReports(reports)).toHaveLength(4);
  });

  it("does not change the caller's report list", () => {
    const reports = [report("2026-03-01", ["bruising"]), report("2026-02-01", ["voice-change"])];
    triageReports(reports);
    expect(reports.map((r) => r.date)).toEqual(["2026-03-01", "2026-02-01"]);
  });
});
