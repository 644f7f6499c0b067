import { describe, expect, it } from "vitest";
import type { ReviewDay } from "#contracts/api/response-review.ts";
import { dayText } from "./review-words.ts";

const day = (overrides: Partial<ReviewDay>): ReviewDay => ({ date: "2026-11-03", recorded: true, anyHeadache: true, severity: 2, hours: 8, headacheDay: true, migraine: false, acuteMedication: false, ...overrides });

describe("a review day's duration in the words the patient chose", () => {
  it.each([
    ["4-8h", 4, "4 to 8 hours"],
    ["over-8h", 8, "more than 8 hours"],
    ["all-day", 24, "all day"],
  ] as const)("says the band %s, not its %i hours", (duration, hours, words) => {
    expect(dayText(day({ duration, hours }), "2026-12-01")).toBe(`Tuesday 3 November: moderate headache, ${words}, a headache day`);
  });

  it("says the hours of a day kept in hours only", () => {
    expect(dayText(day({ hours: 6 }), "2026-12-01")).toBe("Tuesday 3 November: moderate headache, 6 hours, a headache day");
    expect(dayText(day({ hours: 6, duration: null }), "2026-12-01")).toBe("Tuesday 3 November: moderate headache, 6 hours, a headache day");
  });
});
