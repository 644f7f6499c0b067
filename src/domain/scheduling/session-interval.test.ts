import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { intervalSincePreviousSession, previousSessionDate } from "./session-interval.ts";

const S = plainDate("2026-02-01");

describe("interval since the previous session (pathway-rules §6, §7)", () => {
  it("finds day 76 too short with the default 77-day minimum", () => {
    expect(intervalSincePreviousSession(addDays(S, 76), [S], 77)).toEqual({ previousDate: S, days: 76, tooShort: true });
  });

  it("finds day 77 long enough", () => {
    expect(intervalSincePreviousSession(addDays(S, 77), [S], 77)).toEqual({ previousDate: S, days: 77, tooShort: false });
  });

  it("follows a clinic's own minimum", () => {
    expect(intervalSincePreviousSession(addDays(S, 70), [S], 70)?.tooShort).toBe(false);
    expect(intervalSincePreviousSession(addDays(S, 83), [S], 84)?.tooShort).toBe(true);
  });

  it("has no interval for a first session", () => {
    expect(intervalSincePreviousSession(S, [], 77)).toBeNull();
    expect(intervalSincePreviousSession(S, [S, addDays(S, 90)], 77)).toBeNull();
  });

  it("measures from the latest earlier session, whatever the list order, ignoring later and same-day ones", () => {
    const dates = [addDays(S, 200), S, addDays(S, 84), addDays(S, 168)];
    expect(previousSessionDate(addDays(S, 168), dates)).toBe(addDays(S, 84));
    expect(intervalSincePreviousSession(addDays(S, 168), dates, 77)).toEqual({ previousDate: addDays(S, 84), days: 84, tooShort: false });
  });
});
