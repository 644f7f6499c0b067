import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { Instrument } from "../shared/record.ts";
import { instrumentChange, meetsAhsChange } from "./questionnaire-benefit.ts";

const F = plainDate("2026-02-01");
const E = plainDate("2026-07-18");
const q = (instrument: Instrument, date: string, score: number) => ({ instrument, date: plainDate(date), score });

describe("AHS 2021 questionnaire criteria (pathway-rules §8)", () => {
  it.each([
    [66, 61, true],
    [66, 62, false],
    [60, 40, true],
    [60, 65, false],
  ])("HIT-6 from %s to %s supports continuing: %s (a fall of at least 5)", (baseline, followUp, expected) => {
    expect(meetsAhsChange("HIT-6", baseline, followUp)).toBe(expected);
  });

  it.each([
    [10, 0, false, "baseline 10 is not above 10"],
    [11, 6, true, "baseline 11-20: 5 points"],
    [11, 7, false, "baseline 11-20: 4 points"],
    [20, 15, true, "baseline 20: 5 points"],
    [20, 16, false, "baseline 20: 4 points (20% is not the rule here)"],
    [21, 14, true, "baseline above 20: 33%"],
    [21, 15, false, "baseline above 20: 28.6%, though 6 points"],
    [40, 28, true, "baseline above 20: exactly 30%"],
    [40, 29, false, "baseline above 20: 27.5%"],
  ])("MIDAS from %s to %s supports continuing: %s (%s)", (baseline, followUp, expected) => {
    expect(meetsAhsChange("MIDAS", baseline, followUp)).toBe(expected);
  });

  it("takes the last score on or before F as the baseline and the last in [F+1, E] as the follow-up", () => {
    const scores = [q("HIT-6", "2026-01-01", 70), q("HIT-6", "2026-02-01", 66), q("HIT-6", "2026-02-02", 50), q("HIT-6", "2026-07-18", 62), q("HIT-6", "2026-07-19", 40)];
    const change = instrumentChange(scores, "HIT-6", F, E);
    expect(change.baseline?.score).toBe(66);
    expect(change.followUp?.score).toBe(62);
    expect(change.supportsContinuing).toBe(false);
  });

  it("does not use a follow-up after E", () => {
    expect(instrumentChange([q("HIT-6", "2026-01-20", 66), q("HIT-6", "2026-07-19", 50)], "HIT-6", F, E)).toMatchObject({ followUp: null, supportsContinuing: false });
  });

  it("needs both a baseline and a follow-up", () => {
    expect(instrumentChange([q("MIDAS", "2026-03-01", 5)], "MIDAS", F, E)).toMatchObject({ baseline: null, supportsContinuing: false });
  });

  it("reads each instrument separately", () => {
    const scores = [q("HIT-6", "2026-01-20", 66), q("MIDAS", "2026-05-01", 10)];
    expect(instrumentChange(scores, "HIT-6", F, E).followUp).toBeNull();
  });

  it("takes the last given among scores on the same date, whatever the order of dates", () => {
    const scores = [q("HIT-6", "2026-05-01", 60), q("HIT-6", "2026-01-20", 66), q("HIT-6", "2026-05-01", 61)];
    expect(instrumentChange(scores, "HIT-6", F, E).followUp?.score).toBe(61);
  });
});
