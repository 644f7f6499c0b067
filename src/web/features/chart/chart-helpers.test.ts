import { describe, expect, it } from "vitest";
import type { PatientProgress, TimelineItem } from "#contracts/api/progress.ts";
import { earlierPage, latestPage, laterPage } from "./calendar-paging.ts";
import { chartInput, responseLine } from "./progress-chart-input.ts";
import { timelineText } from "./timeline-words.ts";

const window = { start: "2026-11-06", end: "2026-12-03", daysRecorded: 28, complete: true, anyHeadacheDays: 10, headacheDays: 10, migraineDays: 8, acuteMedicationDays: 6 };
const progress: PatientProgress = {
  patientId: "0190a000-0000-7000-8000-000000000001",
  today: "2026-12-03",
  policy: "us-label",
  counting: { minRecordedDays: 20, headacheDayMinHours: 4 },
  windows: [window],
  baseline: { ...window, start: "2026-06-08", end: "2026-07-05", headacheDays: 20 },
  sessions: [
    { id: "0190a000-0000-7000-8000-000000000002", date: "2026-07-06", units: 155 },
    { id: "0190a000-0000-7000-8000-000000000003", date: "2026-10-04", units: 155 },
  ],
  evaluationPoints: [{ kind: "two-cycles", date: "2026-12-20", reached: false }],
  response: { status: "too-early", baselineHeadacheDays: 20, evaluationHeadacheDays: null, evaluationWindow: null, percentReduction: null, responder30: null, responder50: null },
  timeline: [],
};

describe("the chart's input from the progress answer", () => {
  it("labels sessions and evaluation points short for the canvas and long for the table", () => {
    expect(chartInput(progress).sessions.map((s) => [s.label, s.longLabel])).toEqual([["S1", "Session 1"], ["S2", "Session 2"]]);
    expect(chartInput(progress).evaluationPoints).toEqual([{ date: "2026-12-20", reached: false, label: "E", longLabel: "Two-cycle evaluation point" }]);
  });

  it("states the response from the assessment's figures", () => {
    expect(responseLine(progress)).toBe("Baseline 20 headache days. The response is judged at the two-cycle point, 2026-12-20.");
    expect(responseLine({ ...progress, response: { ...progress.response, status: "evaluated", evaluationHeadacheDays: 9, percentReduction: 55 } })).toBe("Baseline 20 headache days; evaluation window 9 (55% fewer).");
    expect(responseLine({ ...progress, response: { ...progress.response, status: "evaluated", evaluationHeadacheDays: 22, percentReduction: -10 } })).toBe("Baseline 20 headache days; evaluation window 22 (10% more).");
    expect(responseLine({ ...progress, response: { ...progress.response, status: "no-treatment" } })).toMatch(/^No session yet/);
  });
});

describe("the calendar's pages", () => {
  it("shows three months ending today, pages back by three months, and never past today", () => {
    const latest = latestPage("2026-12-03");
    expect(latest).toEqual({ from: "2026-10-01", to: "2026-12-03" });
    const earlier = earlierPage(latest);
    expect(earlier).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(earlierPage({ from: "2026-01-01", to: "2026-03-31" })).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(laterPage(earlier, "2026-12-03")).toEqual({ from: "2026-10-01", to: "2026-12-03" });
    expect(laterPage(latest, "2026-12-03")).toBeNull();
  });
});

describe("the timeline in words", () => {
  const id = "0190a000-0000-7000-8000-000000000009";
  it("says each kind of entry", () => {
    const items: TimelineItem[] = [
      { kind: "session", id, date: "2026-07-06", number: 1, units: 155 },
      { kind: "side-effect", id, date: "2026-07-08", symptoms: ["eyelid-droop", "neck-pain"], level: "amber" },
      { kind: "questionnaire", id, date: "2026-11-20", instrument: "HIT-6", score: 64, grade: "severe", change: -5 },
      { kind: "questionnaire", id, date: "2026-07-05", instrument: "MIDAS", score: null, grade: null, change: null },
      { kind: "decision", id, date: "2026-12-03", decision: "pause", reason: "Good response", reassessOn: "2027-02-01", switchTo: null },
      { kind: "decision", id, date: "2026-12-04", decision: "switch", reason: "No response", reassessOn: null, switchTo: "a CGRP antibody" },
    ];
    expect(items.map(timelineText)).toEqual([
      "Session 1: 155 units",
      "eyelid droop, neck pain (amber: the clinic calls back)",
      "HIT-6: 64, severe impact; down 5",
      "MIDAS: answers could not be scored",
      "Pause treatment, reassess on 1 Feb 2027: Good response",
      "Switch to a CGRP antibody: No response",
    ]);
  });
});
