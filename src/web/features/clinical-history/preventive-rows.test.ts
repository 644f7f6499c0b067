import { describe, expect, it } from "vitest";
import type { PreventiveTrialView } from "#contracts/api/clinical-history.ts";
import { EMPTY_TRIAL, checkTrial, draftOfTrial, preventiveRow } from "./preventive-rows.ts";

const TODAY = "2026-07-20";

function trial(overrides: Partial<PreventiveTrialView>): PreventiveTrialView {
  return {
    id: "0190d2a4-0000-7000-8000-000000000001",
    revision: 1,
    name: "Topiramate",
    class: "antiepileptic",
    start: "2025-01-01",
    end: "2025-03-02",
    outcome: "ineffective",
    dose: null,
    recordedAt: "2026-07-20T10:00:00.000Z",
    recordedBy: { userId: "0190d2a4-0000-7000-8000-000000000002", name: "Cal Clinician" },
    ...overrides,
  };
}

describe("a preventive treatment as the table shows it (pathway-rules §5)", () => {
  it.each([
    ["2025-03-02", "60", "Yes"],
    ["2025-03-01", "59", "No: ineffective after 59 days (needs 60)"],
  ])("counts an ineffective trial ending %s (%s days) as failed only from 60 days", (end, days, counts) => {
    const row = preventiveRow(trial({ end }), TODAY);
    expect(row.daysTried).toBe(days);
    expect(row.countsAsFailed).toBe(counts);
  });

  it("counts a trial not tolerated as failed whatever its length, and an effective one never", () => {
    expect(preventiveRow(trial({ end: "2025-01-08", outcome: "not-tolerated" }), TODAY).countsAsFailed).toBe("Yes");
    expect(preventiveRow(trial({ outcome: "effective" }), TODAY).countsAsFailed).toBe("No: effective");
  });

  it("counts a trial still being taken up to the patient's today, and says it is ongoing", () => {
    const row = preventiveRow(trial({ start: "2026-05-21", end: null, outcome: "ongoing" }), TODAY);
    expect(row).toMatchObject({ dates: "Since 21 May 2026, still taking", daysTried: "60", outcome: "ongoing", countsAsFailed: "No: ongoing" });
  });

  it("does not judge a trial that starts after today", () => {
    expect(preventiveRow(trial({ start: "2026-07-21", end: null }), TODAY)).toMatchObject({ daysTried: "not started", countsAsFailed: "Not yet: starts after today" });
  });

  it("names the class and the dates in words", () => {
    expect(preventiveRow(trial({ class: "cgrp-antibody" }), TODAY)).toMatchObject({ drugClass: "CGRP antibody", dates: "1 Jan 2025 – 2 Mar 2025" });
  });

  it("shows the dose as written, or none when not recorded", () => {
    expect(preventiveRow(trial({ dose: "100 mg daily" }), TODAY).dose).toBe("100 mg daily");
    expect(preventiveRow(trial({}), TODAY).dose).toBeNull();
  });
});

describe("the preventive treatment form", () => {
  it("says an empty field is required instead of listing every allowed value", () => {
    const checked = checkTrial(EMPTY_TRIAL);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.issues).toEqual([
      { path: "name", message: "is required" },
      { path: "class", message: "is required" },
      { path: "start", message: "is required" },
      { path: "outcome", message: "is required" },
    ]);
  });

  it("refuses an end before the start, naming the end", () => {
    const checked = checkTrial({ ...draftOfTrial(trial({})), end: "2024-12-31" });
    expect(checked.ok ? [] : checked.error.issues.map((issue) => issue.path)).toEqual(["end"]);
  });

  it("sends an empty end as an ongoing trial", () => {
    const checked = checkTrial({ ...draftOfTrial(trial({})), end: "", outcome: "ongoing" });
    expect(checked.ok && checked.value.end).toBeNull();
  });

  it("sends the dose trimmed, a blank one as not recorded, and keeps a recorded one when changing the trial", () => {
    expect(draftOfTrial(trial({ dose: "50 mg twice daily" })).dose).toBe("50 mg twice daily");
    const dosed = checkTrial({ ...draftOfTrial(trial({})), dose: " 100 mg daily " });
    expect(dosed.ok && dosed.value.dose).toBe("100 mg daily");
    const blank = checkTrial({ ...draftOfTrial(trial({})), dose: "   " });
    expect(blank.ok && blank.value.dose).toBeNull();
  });

  it("refuses a dose over 200 characters or on several lines, naming the dose", () => {
    for (const dose of ["x".repeat(201), "100 mg\ndaily"]) {
      const checked = checkTrial({ ...draftOfTrial(trial({})), dose });
      expect(checked.ok ? [] : checked.error.issues.map((issue) => issue.path)).toEqual(["dose"]);
    }
  });
});
