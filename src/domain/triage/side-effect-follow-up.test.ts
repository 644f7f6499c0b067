/** The call-back day of an amber report, the default emergency number and the check-ins due (issue 8; docs/clinical/triage.md). */
import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { checkInKey, dueCheckIns, isCheckInDay, type CheckInAnswer } from "./check-ins.ts";
import { nextWorkingDay } from "./call-back.ts";
import { defaultEmergencyNumber } from "./emergency-number.ts";

describe("the amber call-back day: the next working day, Monday to Friday", () => {
  it.each([
    ["2026-12-07", "2026-12-08", "Monday to Tuesday"],
    ["2026-12-10", "2026-12-11", "Thursday to Friday"],
    ["2026-12-11", "2026-12-14", "Friday to Monday"],
    ["2026-12-12", "2026-12-14", "Saturday to Monday"],
    ["2026-12-13", "2026-12-14", "Sunday to Monday"],
    ["2026-12-31", "2027-01-01", "across the year's end"],
  ])("after %s it is %s (%s)", (from, to) => {
    expect(nextWorkingDay(plainDate(from))).toBe(to);
  });
});

describe("the default emergency number from the clinic's time zone", () => {
  it.each([
    ["America/New_York", "911"],
    ["America/Toronto", "911"],
    ["Europe/London", "999"],
    ["Europe/Belfast", "999"],
    ["Europe/Dublin", "112"],
    ["Europe/Berlin", "112"],
    ["Australia/Perth", "000"],
    ["Asia/Kolkata", "112"],
    ["UTC", "112"],
  ])("%s gives %s", (zone, number) => {
    expect(defaultEmergencyNumber(zone)).toBe(number);
  });
});

describe("the check-ins due after sessions", () => {
  const march = { id: "march", date: plainDate("2026-03-02") };
  const june = { id: "june", date: plainDate("2026-06-01") };

  it("asks nothing before the first day after a session, then each day as it comes, newest first", () => {
    expect(dueCheckIns([june], new Map(), plainDate("2026-06-01"))).toEqual([]);
    expect(dueCheckIns([june], new Map(), plainDate("2026-06-08")).map((c) => [c.day, c.dueOn])).toEqual([[7, "2026-06-08"], [1, "2026-06-02"]]);
    expect(dueCheckIns([june], new Map(), plainDate("2026-12-01")).map((c) => c.day)).toEqual([28, 14, 7, 1]);
  });

  it("keeps the last session's four, answered or not, and only the unanswered ones of the session before", () => {
    const answers = new Map<string, CheckInAnswer>([
      [checkInKey("march", 1), "no-problems"],
      [checkInKey("march", 7), "reported"],
      [checkInKey("june", 1), "no-problems"],
    ]);
    const due = dueCheckIns([june, march], answers, plainDate("2026-06-20"));
    expect(due.map((c) => `${c.sessionId}:${c.day}:${c.answered ?? "open"}`)).toEqual(["june:14:open", "june:7:open", "june:1:no-problems", "march:28:open", "march:14:open"]);
  });

  it("drops the sessions before the last two, and sessions dated after today", () => {
    const older = { id: "older", date: plainDate("2025-12-01") };
    const later = { id: "later", date: plainDate("2026-09-01") };
    const due = dueCheckIns([older, march, june, later], new Map(), plainDate("2026-06-03"));
    expect(new Set(due.map((c) => c.sessionId))).toEqual(new Set(["june", "march"]));
  });

  it("knows the check-in days", () => {
    expect([1, 7, 14, 28].every(isCheckInDay)).toBe(true);
    expect(isCheckInDay(3)).toBe(false);
    expect(isCheckInDay("7")).toBe(false);
  });
});
