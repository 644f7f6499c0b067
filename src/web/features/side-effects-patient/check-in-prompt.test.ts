import { describe, expect, it } from "vitest";
import { checkInEntry, reportEntry } from "#web/offline/side-effects-test-entries.ts";
import { answeredOnPhone, checkInToAsk, injectionDateBefore, lastDayAsked, type ServerCheckIn } from "./check-in-prompt.ts";

/** The check-ins of a session on 2026-07-01 (and one of 2026-04-08) whose day has come by 2026-07-30, newest first, as the server lists them. */
function checkIns(answered: Partial<Record<string, ServerCheckIn["answered"]>> = {}, today = "2026-07-30"): ServerCheckIn[] {
  const of = (sessionId: string, sessionDate: string, day: 1 | 7 | 14 | 28, dueOn: string): ServerCheckIn => ({ sessionId, sessionDate, day, dueOn, answered: answered[`${sessionId}:${day}`] ?? null });
  return [of("s2", "2026-07-01", 28, "2026-07-29"), of("s2", "2026-07-01", 14, "2026-07-15"), of("s2", "2026-07-01", 7, "2026-07-08"), of("s2", "2026-07-01", 1, "2026-07-02"), of("s1", "2026-04-08", 28, "2026-05-06")].filter(
    (checkIn) => checkIn.dueOn <= today,
  );
}

describe("the check-in the Today screen asks about", () => {
  it("asks the day-7 check-in on day 7 and through the following days, until day 14", () => {
    const list = checkIns({}, "2026-07-08");
    expect(checkInToAsk(list, new Set(), "2026-07-08")).toMatchObject({ sessionId: "s2", day: 7 });
    expect(checkInToAsk(list, new Set(), "2026-07-14")).toMatchObject({ day: 7 });
    expect(lastDayAsked({ dueOn: "2026-07-08", day: 7 })).toBe("2026-07-14");
  });

  it("asks day 1 from the day after the session until the day before day 7", () => {
    const list = checkIns({}, "2026-07-02");
    expect(checkInToAsk(list, new Set(), "2026-07-02")).toMatchObject({ day: 1 });
    expect(checkInToAsk(list, new Set(), "2026-07-07")).toMatchObject({ day: 1 });
    expect(lastDayAsked({ dueOn: "2026-07-02", day: 1 })).toBe("2026-07-07");
  });

  it("asks only the newest: a missed day 7 is not asked once day 14 has come", () => {
    expect(checkInToAsk(checkIns({}, "2026-07-15"), new Set(), "2026-07-15")).toMatchObject({ day: 14 });
  });

  it("asks nothing once the check-in is answered, on the server or on this phone (a tap or a report)", () => {
    const list = checkIns({}, "2026-07-09");
    expect(checkInToAsk(checkIns({ "s2:7": "no-problems" }, "2026-07-09"), new Set(), "2026-07-09")).toBeNull();
    expect(checkInToAsk(list, answeredOnPhone([checkInEntry("c1", "2026-07-09T08:00:00.000Z", "s2", 7)]), "2026-07-09")).toBeNull();
    const report = reportEntry("r1", "2026-07-09T08:00:00.000Z", ["bruising"]);
    const answeredByReport = answeredOnPhone([{ ...report, payload: { ...report.payload, checkIn: { sessionId: "s2", day: 7 } } }]);
    expect(checkInToAsk(list, answeredByReport, "2026-07-09")).toBeNull();
  });

  it("does not let an answer to another session's or day's check-in count", () => {
    const list = checkIns({}, "2026-07-09");
    expect(checkInToAsk(list, answeredOnPhone([checkInEntry("c1", "2026-07-03T08:00:00.000Z", "s2", 1), checkInEntry("c2", "2026-04-15T08:00:00.000Z", "s1", 7)]), "2026-07-09")).toMatchObject({ day: 7 });
  });

  it("asks day 28 for two weeks, then nothing until the next session", () => {
    expect(checkInToAsk(checkIns({}, "2026-08-11"), new Set(), "2026-08-11")).toMatchObject({ day: 28 });
    expect(checkInToAsk(checkIns({}, "2026-08-12"), new Set(), "2026-08-12")).toBeNull();
  });

  it("never asks a check-in before its day, nor the previous session's missed one late", () => {
    expect(checkInToAsk(checkIns({}, "2026-07-01"), new Set(), "2026-07-01")).toBeNull();
    expect(checkInToAsk([{ sessionId: "s1", sessionDate: "2026-04-08", day: 28, dueOn: "2026-05-06", answered: null }], new Set(), "2026-07-02")).toBeNull();
  });

  it("asks nothing with no session given yet", () => {
    expect(checkInToAsk([], new Set(), "2026-07-09")).toBeNull();
  });
});

describe("the injections' date told to the emergency services", () => {
  it("is the latest session on or before the onset", () => {
    const list = checkIns();
    expect(injectionDateBefore(list, "2026-07-03")).toBe("2026-07-01");
    expect(injectionDateBefore(list, "2026-06-30")).toBe("2026-04-08");
    expect(injectionDateBefore(list, "2026-04-01")).toBeNull();
    expect(injectionDateBefore([], "2026-07-03")).toBeNull();
  });
});
