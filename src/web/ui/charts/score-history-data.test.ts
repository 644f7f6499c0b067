import { describe, expect, it } from "vitest";
import { hit6Grade, HIT6_MAX_TOTAL, HIT6_MIN_TOTAL } from "#domain/questionnaires/hit6.ts";
import { midasGrade } from "#domain/questionnaires/midas.ts";
import { gradeBands, scoreSeries } from "./score-history-data.ts";

describe("grade bands from the domain's grading", () => {
  it("finds HIT-6's four bands (pathway-rules §9) without restating a threshold", () => {
    expect(gradeBands(hit6Grade, HIT6_MIN_TOTAL, HIT6_MAX_TOTAL)).toEqual([
      { grade: "little-or-none", from: 36, to: 49 },
      { grade: "some", from: 50, to: 55 },
      { grade: "substantial", from: 56, to: 59 },
      { grade: "severe", from: 60, to: 78 },
    ]);
  });

  it("finds MIDAS's four grades over the scores shown", () => {
    expect(gradeBands(midasGrade, 0, 40).map((band) => [band.grade, band.from, band.to])).toEqual([
      ["I", 0, 5],
      ["II", 6, 10],
      ["III", 11, 20],
      ["IV", 21, 40],
    ]);
  });
});

describe("the score history's points", () => {
  it("orders the points by date and leaves a week either side", () => {
    const series = scoreSeries([
      { date: "2026-11-01", score: 60 },
      { date: "2026-07-01", score: 66 },
    ]);
    expect(series.y).toEqual([66, 60]);
    expect(series.xRange[1] - series.xRange[0]).toBe(series.x[1]! - series.x[0]! + 14 * 86_400);
  });
});
