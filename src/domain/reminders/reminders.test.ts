import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { isClockTime, isQuietClock, outOfQuietHours } from "./quiet-hours.ts";
import { reminderRoute } from "./reminder-channels.ts";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "./reminder-settings.ts";
import { openDailySlots, remindersDue, type RemindersInput } from "./reminders-due.ts";

const LONDON = "Europe/London";
const iso = (ms: number) => new Date(ms).toISOString();

function input(overrides: Partial<Omit<RemindersInput, "settings">> & { settings?: Partial<ReminderSettings> } = {}): RemindersInput {
  return {
    patientId: "p1",
    timeZone: LONDON,
    nowMs: Date.parse("2026-07-20T19:05:00Z"), // 20:05 in London (summer time)
    loggedDates: [],
    visits: [],
    questionnaires: null,
    ...overrides,
    settings: { ...DEFAULT_REMINDER_SETTINGS, ...overrides.settings },
  };
}

describe("quiet hours", () => {
  it.each([
    ["23:10", true],
    ["02:00", true],
    ["07:59", true],
    ["08:00", false],
    ["21:59", false],
    ["22:00", true],
  ])("across midnight, 22:00 to 08:00: %s is quiet: %s", (time, quiet) => {
    expect(isQuietClock(time, { start: "22:00", end: "08:00" })).toBe(quiet);
  });

  it("within a day, and none when start equals end or there are none", () => {
    expect(isQuietClock("13:30", { start: "13:00", end: "15:00" })).toBe(true);
    expect(isQuietClock("15:00", { start: "13:00", end: "15:00" })).toBe(false);
    expect(isQuietClock("13:30", { start: "13:00", end: "13:00" })).toBe(false);
    expect(isQuietClock("03:00", null)).toBe(false);
  });

  it("reads times strictly", () => {
    expect(isClockTime("00:00")).toBe(true);
    expect(isClockTime("23:59")).toBe(true);
    for (const bad of ["24:00", "7:30", "07:60", "0730", " 07:30"]) expect(isClockTime(bad)).toBe(false);
  });

  it("moves a reminder at night to the morning, in the patient's zone, across a DST change", () => {
    const quiet = { start: "22:00", end: "08:00" };
    // 23:30 on Saturday 24 October 2026 in London (BST); clocks go back that night: 08:00 GMT.
    expect(iso(outOfQuietHours(Date.parse("2026-10-24T22:30:00Z"), LONDON, quiet))).toBe("2026-10-25T08:00:00.000Z");
    // After midnight: the same morning.
    expect(iso(outOfQuietHours(Date.parse("2026-03-29T01:30:00Z"), LONDON, quiet))).toBe("2026-03-29T07:00:00.000Z");
    // Outside the quiet hours: as it was.
    expect(outOfQuietHours(Date.parse("2026-07-20T19:00:00Z"), LONDON, quiet)).toBe(Date.parse("2026-07-20T19:00:00Z"));
  });
});

describe("which reminders are due", () => {
  it("sends the diary reminder at the patient's time in their zone, keyed by the day, opening today's check-in", () => {
    expect(remindersDue(input())).toEqual([{ kind: "diary", key: "diary:p1:2026-07-20", link: "/today", dueAtMs: Date.parse("2026-07-20T19:00:00Z") }]);
    // A minute before 20:00 in London nothing is due; in New York it is 15:04.
    expect(remindersDue(input({ nowMs: Date.parse("2026-07-20T18:59:00Z") }))).toEqual([]);
    expect(remindersDue(input({ timeZone: "America/New_York" }))).toEqual([]);
  });

  it("does not remind a day already logged, nor once the diary reminder is stopped", () => {
    expect(remindersDue(input({ loggedDates: [plainDate("2026-07-20")] }))).toEqual([]);
    expect(remindersDue(input({ settings: { diary: false } }))).toEqual([]);
  });

  it("keeps quiet in quiet hours and sends a reminder set inside them at their end, for the day it was for", () => {
    const late = { diaryTime: "23:00" };
    expect(remindersDue(input({ settings: late, nowMs: Date.parse("2026-07-20T22:05:00Z") }))).toEqual([]);
    expect(remindersDue(input({ settings: late, nowMs: Date.parse("2026-07-21T07:01:00Z") }))).toEqual([
      { kind: "diary", key: "diary:p1:2026-07-20", link: "/diary/2026-07-20", dueAtMs: Date.parse("2026-07-21T07:00:00Z") },
    ]);
    // Without quiet hours it goes at 23:00.
    expect(remindersDue(input({ settings: { ...late, quietHours: null }, nowMs: Date.parse("2026-07-20T22:05:00Z") })).map((r) => r.key)).toEqual(["diary:p1:2026-07-20"]);
  });

  it("opens the reminder's own day, not the new today, when it goes out after midnight (the job ran late)", () => {
    const lateNight = { diaryTime: "23:30", quietHours: null };
    // 23:30 London is 22:30Z; the job first runs at 00:10 London (23:10Z).
    expect(remindersDue(input({ settings: lateNight, nowMs: Date.parse("2026-07-20T23:10:00Z") }))).toEqual([
      { kind: "diary", key: "diary:p1:2026-07-20", link: "/diary/2026-07-20", dueAtMs: Date.parse("2026-07-20T22:30:00Z") },
    ]);
    // On time, before midnight: today's check-in.
    expect(remindersDue(input({ settings: lateNight, nowMs: Date.parse("2026-07-20T22:35:00Z") }))[0]?.link).toBe("/today");
  });

  it("lets a daily reminder lapse after its window (a server down all day does not remind in the small hours)", () => {
    expect(openDailySlots({ diaryTime: "08:00", quietHours: null }, "UTC", Date.parse("2026-07-20T14:00:00Z"))).toEqual([]);
    expect(openDailySlots({ diaryTime: "08:00", quietHours: null }, "UTC", Date.parse("2026-07-20T13:59:00Z")).map((s) => s.date)).toEqual(["2026-07-20"]);
  });

  it("reminds once per questionnaire span, at the daily time, to the first instrument's page", () => {
    const questionnaires = { instruments: ["HIT-6", "MIDAS"] as const, visitDate: plainDate("2026-07-24") };
    const due = remindersDue(input({ loggedDates: [plainDate("2026-07-20")], questionnaires }));
    expect(due).toEqual([{ kind: "questionnaire", key: "questionnaire:p1:2026-07-24", link: "/questionnaires/hit-6", dueAtMs: Date.parse("2026-07-20T19:00:00Z") }]);
    expect(remindersDue(input({ questionnaires: { instruments: ["MIDAS"], visitDate: null }, settings: { diary: false } })).map((r) => [r.key, r.link])).toEqual([["questionnaire:p1:baseline", "/questionnaires/midas"]]);
    expect(remindersDue(input({ questionnaires, settings: { diary: false, questionnaires: false } }))).toEqual([]);
    // Outside the daily window: not now.
    expect(remindersDue(input({ questionnaires, nowMs: Date.parse("2026-07-20T12:00:00Z") }))).toEqual([]);
  });

  it("reminds a day before a visit, moved out of quiet hours, until it starts; a moved visit is a new reminder", () => {
    const visit = { id: "v1", startsAtMs: Date.parse("2026-07-22T09:30:00Z") }; // 10:30 London
    const settings = { diary: false };
    expect(remindersDue(input({ settings, visits: [visit], nowMs: Date.parse("2026-07-21T09:29:00Z") }))).toEqual([]);
    expect(remindersDue(input({ settings, visits: [visit], nowMs: Date.parse("2026-07-21T09:30:00Z") }))).toEqual([
      { kind: "visit", key: `visit:p1:v1:${Date.parse("2026-07-22T09:30:00Z")}`, link: "/today", dueAtMs: Date.parse("2026-07-21T09:30:00Z") },
    ]);
    expect(remindersDue(input({ settings, visits: [visit], nowMs: Date.parse("2026-07-22T09:30:00Z") }))).toEqual([]);
    // A 07:30 visit: its reminder would fall at 07:30 the day before, in quiet hours: it goes at 08:00.
    const early = { id: "v2", startsAtMs: Date.parse("2026-07-22T06:30:00Z") };
    expect(remindersDue(input({ settings, visits: [early], nowMs: Date.parse("2026-07-21T06:45:00Z") }))).toEqual([]);
    expect(remindersDue(input({ settings, visits: [early], nowMs: Date.parse("2026-07-21T07:00:00Z") })).map((r) => r.dueAtMs)).toEqual([Date.parse("2026-07-21T07:00:00Z")]);
    expect(remindersDue(input({ settings: { diary: false, visits: false }, visits: [visit], nowMs: Date.parse("2026-07-21T12:00:00Z") }))).toEqual([]);
    const moved = remindersDue(input({ settings, visits: [{ id: "v1", startsAtMs: Date.parse("2026-07-22T11:00:00Z") }], nowMs: Date.parse("2026-07-21T12:00:00Z") }));
    expect(moved.map((r) => r.key)).toEqual([`visit:p1:v1:${Date.parse("2026-07-22T11:00:00Z")}`]);
  });
});

describe("where a reminder goes", () => {
  it("pushes where a device allows it, emails otherwise, and neither when both are stopped", () => {
    expect(reminderRoute({ push: true, email: true }, { devices: 2, emailAddress: true })).toEqual({ push: true, email: false });
    expect(reminderRoute({ push: true, email: true }, { devices: 0, emailAddress: true })).toEqual({ push: false, email: true });
    expect(reminderRoute({ push: false, email: true }, { devices: 2, emailAddress: true })).toEqual({ push: false, email: true });
    expect(reminderRoute({ push: true, email: true }, { devices: 0, emailAddress: false })).toEqual({ push: false, email: false });
    expect(reminderRoute({ push: false, email: false }, { devices: 1, emailAddress: true })).toEqual({ push: false, email: false });
  });
});
