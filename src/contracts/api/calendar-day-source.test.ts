import { describe, expect, it } from "vitest";
import { calendarDaySchema } from "./progress.ts";
import { reviewDaySchema } from "./response-review.ts";

const day = { date: "2026-11-03", headache: true, hours: 4, duration: "4-8h", severity: 2, migraine: false, headacheDay: true, medications: [], late: false, enteredBy: "patient" };

describe("what the clinician's diary charts are told about a day", () => {
  it("the calendar is told where a day came from, so a self-kept day can be marked", () => {
    expect(calendarDaySchema.parse({ ...day, source: "self-kept" }).source).toBe("self-kept");
    expect(calendarDaySchema.safeParse(day).success).toBe(false);
  });

  it("the review is told the band the patient chose, and reads an older review without it", () => {
    const reviewDay = { date: "2026-11-03", recorded: true, anyHeadache: true, severity: 2, hours: 4, headacheDay: true, migraine: false, acuteMedication: false };
    expect(reviewDaySchema.parse({ ...reviewDay, duration: "4-8h" }).duration).toBe("4-8h");
    expect(reviewDaySchema.safeParse(reviewDay).success).toBe(true);
  });
});
