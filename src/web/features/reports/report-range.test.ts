/** The reports page's default range and its checks (report-range.ts). */
import { describe, expect, it } from "vitest";
import { outcomesReportRequestSchema } from "#contracts/api/clinic-reports.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { lastTwelveMonths, rangeProblems } from "./report-range.ts";

describe("lastTwelveMonths", () => {
  it("is the year up to today, both ends included", () => {
    expect(lastTwelveMonths(plainDate("2026-12-10"))).toEqual({ from: "2025-12-11", to: "2026-12-10" });
    expect(lastTwelveMonths(plainDate("2026-01-01"))).toEqual({ from: "2025-01-02", to: "2026-01-01" });
    expect(lastTwelveMonths(plainDate("2026-12-31"))).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("starts on 1 March when today is 29 February", () => {
    expect(lastTwelveMonths(plainDate("2028-02-29"))).toEqual({ from: "2027-03-01", to: "2028-02-29" });
  });
});

describe("rangeProblems", () => {
  it("accepts the default range, and says what the server would refuse, by field", () => {
    expect(rangeProblems(lastTwelveMonths(plainDate("2026-12-10")))).toEqual({});
    expect(rangeProblems({ from: "2026-02-30", to: "2026-06-30" })).toEqual({ from: "Enter a date (YYYY-MM-DD)." });
    expect(rangeProblems({ from: "", to: "" })).toEqual({ from: "Enter a date (YYYY-MM-DD).", to: "Enter a date (YYYY-MM-DD)." });
    expect(rangeProblems({ from: "2026-07-01", to: "2026-06-30" })).toEqual({ to: "Must be on or after the start date." });
    expect(rangeProblems({ from: "2016-06-22", to: "2026-06-30" })).toEqual({});
    expect(rangeProblems({ from: "2016-06-21", to: "2026-06-30" })).toEqual({ from: "A report covers ten years at most." });
  });

  it("agrees with the server's contract on every range it passes or refuses", () => {
    for (const range of [
      { from: "2026-06-30", to: "2026-06-30" },
      { from: "2026-07-01", to: "2026-06-30" },
      { from: "2016-06-22", to: "2026-06-30" },
      { from: "2016-06-21", to: "2026-06-30" },
    ]) {
      expect(Object.keys(rangeProblems(range)).length === 0, JSON.stringify(range)).toBe(outcomesReportRequestSchema.safeParse(range).success);
    }
  });
});
