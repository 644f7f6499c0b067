import { describe, expect, it } from "vitest";
import { dateToSeconds, daysPer28Rows, daysPer28Series, daysPer28Summary, type ChartWindow, type DaysPer28Input } from "./days-per-28-data.ts";

const w = (start: string, end: string, headacheDays: number, complete = true, daysRecorded = 28): ChartWindow => ({
  start,
  end,
  daysRecorded,
  complete,
  headacheDays,
  migraineDays: headacheDays - 2,
  acuteMedicationDays: 3,
});

// Newest first, as the API answers.
const input: DaysPer28Input = {
  windows: [w("2026-11-06", "2026-12-03", 10), w("2026-10-09", "2026-11-05", 12, false, 15), w("2026-09-11", "2026-10-08", 19)],
  baseline: w("2026-08-10", "2026-09-06", 20),
  sessions: [{ date: "2026-09-07", label: "S1" }],
  evaluationPoints: [{ date: "2027-02-21", label: "E", reached: false }],
  today: "2026-12-03",
};

describe("the days-per-28 chart's series", () => {
  it("places each window at its middle, oldest first, with incomplete windows in their own series", () => {
    const series = daysPer28Series(input);
    expect(series.x).toEqual([dateToSeconds("2026-09-25"), dateToSeconds("2026-10-23"), dateToSeconds("2026-11-20")]);
    expect(series.headacheComplete).toEqual([19, null, 10]);
    expect(series.headacheIncomplete).toEqual([null, 12, null]);
    expect(series.migraine).toEqual([17, 10, 8]);
    expect(series.medication).toEqual([3, 3, 3]);
  });

  it("spans the baseline to the last evaluation point, and draws the baseline over its own 28 days", () => {
    const series = daysPer28Series(input);
    expect(series.xRange[0]).toBe(dateToSeconds("2026-08-10") - 86_400);
    expect(series.xRange[1]).toBe(dateToSeconds("2027-02-21") + 2 * 86_400);
    expect(series.baseline).toEqual({ value: 20, from: dateToSeconds("2026-08-10"), to: dateToSeconds("2026-09-07") });
    expect(series.sessions).toEqual([{ x: dateToSeconds("2026-09-07") + 43_200, label: "S1" }]);
    expect(series.evaluationPoints[0]).toMatchObject({ label: "E", reached: false });
  });

  it("starts at the first window for the patient's small chart, the baseline line still drawn", () => {
    const series = daysPer28Series({ ...input, fromBaseline: false });
    expect(series.xRange[0]).toBe(dateToSeconds("2026-09-11") - 86_400);
    expect(series.baseline?.value).toBe(20);
  });

  it("draws no baseline line from an incomplete baseline", () => {
    expect(daysPer28Series({ ...input, baseline: w("2026-08-10", "2026-09-06", 4, false, 9) }).baseline).toBeNull();
  });

  it("reads dates in UTC, whatever the viewer's zone", () => {
    expect(dateToSeconds("2026-03-29")).toBe(Date.UTC(2026, 2, 29) / 1000);
  });
});

describe("the days-per-28 chart's table", () => {
  it("lists the baseline, then each window newest first with the same numbers and the events inside it", () => {
    const rows = daysPer28Rows(input);
    expect(rows.map((row) => [row.name, row.headacheDays, row.migraineDays, row.acuteMedicationDays])).toEqual([
      ["Baseline", 20, 18, 3],
      ["W1", 10, 8, 3],
      ["W2", 12, 10, 3],
      ["W3", 19, 17, 3],
    ]);
    expect(rows[2]?.recorded).toBe("15 of 28 (incomplete)");
    expect(rows[1]?.dates).toBe("6 Nov 2026 – 3 Dec 2026");
    expect(daysPer28Rows({ ...input, sessions: [{ date: "2026-11-10", label: "S2", longLabel: "Session 2" }] })[1]?.events).toBe("Session 2 on 10 Nov 2026");
    expect(rows[3]?.events).toBe("");
  });

  it("names the chart in one sentence for screen readers", () => {
    expect(daysPer28Summary(input)).toBe("Headache days per 28 days over 3 windows; baseline 20; last 28 days 10; 1 session. The table gives every number.");
  });
});
