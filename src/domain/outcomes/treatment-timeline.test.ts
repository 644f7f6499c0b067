import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { evaluationWindowEnding, treatmentTimeline } from "./treatment-timeline.ts";

const sessions = (...dates: string[]) => dates.map((date) => ({ date: plainDate(date) }));
const A = plainDate("2027-06-30");

describe("the treatment timeline (pathway-rules §8)", () => {
  it("has no timeline without a session on or before A", () => {
    expect(treatmentTimeline([], A)).toBeNull();
    expect(treatmentTimeline(sessions("2027-07-01"), A)).toBeNull();
  });

  it("takes the baseline as the 28 days before the first session, [F-28, F-1]", () => {
    expect(treatmentTimeline(sessions("2026-02-01"), A)?.baselineWindow).toEqual({ start: "2026-01-04", end: "2026-01-31" });
  });

  it("crosses a leap day in the baseline (F = 2024-03-01 gives [2024-02-02, 2024-02-29])", () => {
    expect(treatmentTimeline(sessions("2024-03-01"), A)?.baselineWindow).toEqual({ start: "2024-02-02", end: "2024-02-29" });
  });

  it.each([
    ["a third session on day 168 (E = F+167)", ["2026-02-01", "2026-04-26", "2026-07-19"], "2026-07-18"],
    ["a third session on day 160 (E = third - 1)", ["2026-02-01", "2026-04-26", "2026-07-11"], "2026-07-10"],
    ["a third session on day 180 (E = F+167)", ["2026-02-01", "2026-04-26", "2026-07-31"], "2026-07-18"],
    ["no third session (E = F+167)", ["2026-02-01", "2026-04-26"], "2026-07-18"],
  ])("places the two-cycle point with %s", (_label, dates, expected) => {
    expect(treatmentTimeline(sessions(...dates), A)?.twoCyclePoint).toBe(expected);
  });

  it.each([
    ["a fourth session on day 252", ["2026-02-01", "2026-04-26", "2026-07-19", "2026-10-11"], "2026-10-10"],
    ["a fourth session on day 240", ["2026-02-01", "2026-04-26", "2026-07-19", "2026-09-29"], "2026-09-28"],
    ["no fourth session", ["2026-02-01", "2026-04-26", "2026-07-19"], "2026-10-10"],
  ])("places the three-cycle point E3 with %s", (_label, dates, expected) => {
    expect(treatmentTimeline(sessions(...dates), A)?.threeCyclePoint).toBe(expected);
  });

  it("ignores sessions after A, so a third session tomorrow does not bring E forward", () => {
    const timeline = treatmentTimeline(sessions("2026-02-01", "2026-04-26", "2026-07-01"), plainDate("2026-06-30"));
    expect(timeline?.twoCyclePoint).toBe("2026-07-18");
    expect(timeline?.last).toBe("2026-04-26");
  });

  it("does not depend on the order of sessions", () => {
    expect(treatmentTimeline(sessions("2026-07-19", "2026-02-01", "2026-04-26"), A)).toEqual(treatmentTimeline(sessions("2026-02-01", "2026-04-26", "2026-07-19"), A));
  });

  it("ends the evaluation window on the point, [E-27, E]", () => {
    expect(evaluationWindowEnding(plainDate("2026-07-18"))).toEqual({ start: "2026-06-21", end: "2026-07-18" });
  });
});
