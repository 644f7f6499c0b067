import { describe, expect, it } from "vitest";
import type { ResponseReview, ReviewDay } from "#contracts/api/response-review.ts";
import { RESPONSE_REASONS } from "#domain/outcomes/continuation.ts";
import { agreementText, dayShade, dayText, gradeText, rateText, reasonText, reductionText, responderText, scoreChangeText, signalText, unavailableText } from "./review-words.ts";

const day = (overrides: Partial<ReviewDay>): ReviewDay => ({ date: "2026-11-03", recorded: true, anyHeadache: false, severity: 0, hours: null, headacheDay: false, migraine: false, acuteMedication: false, ...overrides });

/** A review with only what the words read. */
function review(response: Partial<ResponseReview["assessment"]["response"]>, extra: Partial<ResponseReview> = {}): ResponseReview {
  const window = { start: "2026-06-21", end: "2026-07-18", daysRecorded: 14, complete: false, daysNeeded: 6, anyHeadacheDays: 0, headacheDays: 0, migraineDays: 0, acuteMedicationDays: 0, days: [] };
  return {
    asOf: "2026-07-01",
    policy: "us-label",
    fingerprint: "f",
    sessions: [],
    schedule: { current: { point: "two-cycles", opensOn: "2026-07-18" }, next: null },
    baseline: { ...window, start: "2026-01-04", end: "2026-01-31", daysRecorded: 12, daysNeeded: 8 },
    evaluation: window,
    questionnaires: [],
    assessment: { settings: { minRecordedDays: 20, headacheDayMinHours: 4 }, response: { status: "evaluated", ...response } } as unknown as ResponseReview["assessment"],
    ...extra,
  };
}

describe("the response review in words", () => {
  it("says every reason code of §8 as a sentence, and other lines with readable dates", () => {
    for (const code of Object.values(RESPONSE_REASONS)) expect(reasonText(code), code).not.toBe(code);
    expect(reasonText("reduction_at_least_30_percent")).toBe("Headache days fell by 30% or more.");
    expect(reasonText("two-cycles 2026-06-21..2026-07-18: 11 headache days against 20 at baseline (45% fewer)")).toBe("Two-cycles 21 Jun 2026 – 18 Jul 2026: 11 headache days against 20 at baseline (45% fewer)");
  });

  it("puts the reduction in words as well as its number, and the flags as sentences", () => {
    expect(reductionText(45)).toBe("45% fewer headache days");
    expect(reductionText(-12.5)).toBe("12.5% more headache days");
    expect(reductionText(0)).toBe("no change in headache days");
    expect(responderText(30, true)).toBe("Responder at 30%: yes");
    expect(responderText(50, false)).toBe("Responder at 50%: no");
  });

  it("says when the review opens before the point, and what the windows lack", () => {
    expect(unavailableText(review({ status: "evaluated" }))).toBeNull();
    expect(unavailableText(review({ status: "too-early" }))?.title).toBe("The two-cycle review opens on 18 Jul 2026.");
    expect(unavailableText(review({ status: "insufficient-data" }))?.detail).toBe("The evaluation window 21 Jun 2026 – 18 Jul 2026 has 14 recorded days; 20 are needed (6 more). Days from a paper diary can still be entered.");
    expect(unavailableText(review({ status: "no-baseline" }))?.detail).toContain("has 12 recorded days; 20 are needed (8 more)");
    expect(unavailableText(review({ status: "no-treatment" }, { schedule: { current: null, next: null }, baseline: null }))?.title).toBe("No review yet: no treatment session is recorded.");
  });

  it("names each day and shades it: no entry is never headache-free, later days are not yet", () => {
    expect(dayText(day({ anyHeadache: true, severity: 3, hours: 6, headacheDay: true, migraine: true, acuteMedication: true }), "2026-12-01")).toBe(
      "Tuesday 3 November: severe headache, 6 hours, a headache day, migraine day, acute medication",
    );
    expect(dayText(day({ anyHeadache: true, severity: 1, hours: 2 }), "2026-12-01")).toBe("Tuesday 3 November: mild headache, 2 hours, too short for a headache day");
    expect(dayText(day({ recorded: false, severity: null }), "2026-12-01")).toBe("Tuesday 3 November: no entry");
    expect(dayText(day({}), "2026-11-01")).toBe("Tuesday 3 November: not yet");
    expect(dayShade(day({ recorded: false }), "2026-12-01")).toBe("none");
    expect(dayShade(day({}), "2026-12-01")).toBe("free");
    expect(dayShade(day({ anyHeadache: true, severity: 0 }), "2026-12-01")).toBe("mild");
    expect(dayShade(day({ anyHeadache: true, severity: 2 }), "2026-12-01")).toBe("moderate");
    expect(dayShade(day({}), "2026-11-01")).toBe("future");
  });

  it("puts wearing-off, questionnaire changes and grades in words", () => {
    expect(rateText(0.357)).toBe("36% of recorded days");
    expect(rateText(null)).toBe("no recorded day");
    expect(signalText(true)).toBe("Wearing off: the late weeks were worse");
    expect(signalText(null)).toMatch(/^Not judged/);
    expect(scoreChangeText(-7)).toBe("7 points lower");
    expect(scoreChangeText(1)).toBe("1 point higher");
    expect(scoreChangeText(null)).toBe("no pair to compare");
    expect(gradeText("substantial")).toBe("substantial impact");
    expect(gradeText("IV")).toBe("grade IV");
  });

  it("says whether a decision followed the recommendation", () => {
    expect(agreementText({ recommendation: "continue", followsRecommendation: true })).toBe("Follows the recommendation: continue treatment");
    expect(agreementText({ recommendation: "stop", followsRecommendation: false })).toBe("Departs from the recommendation: stop treatment");
    expect(agreementText({ recommendation: null, followsRecommendation: null })).toBe("No recommendation to follow: the response was not evaluated");
  });
});
