import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { earliestFillIn, mayFillIn } from "./late-entry.ts";

describe("late entries", () => {
  const today = plainDate("2026-03-03");
  it("allows the day itself and up to the window, counting across month ends", () => {
    expect(mayFillIn(today, today, 7)).toBe(true);
    expect(mayFillIn(plainDate("2026-02-24"), today, 7)).toBe(true);
    expect(mayFillIn(plainDate("2026-02-23"), today, 7)).toBe(false);
    expect(mayFillIn(plainDate("2026-03-02"), today, 0)).toBe(false);
  });

  it("names the earliest date that may still be filled in", () => {
    expect(earliestFillIn(today, 7)).toBe("2026-02-24");
    expect(mayFillIn(earliestFillIn(today, 30), today, 30)).toBe(true);
  });
});
