import { describe, expect, it } from "vitest";
import type { VisitView } from "#contracts/api/scheduling.ts";
import { saveHoursBodySchema } from "#contracts/api/scheduling.ts";
import { bodyOfDraft, draftOfHours, type HoursDraft } from "./hours-draft.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { datesFrom, historyLines, hoursText, issueSentence, nextVisitSentence, onlyFieldIssues, startDate, timeAwayNote, visitWhen } from "./visit-words.ts";

const window = { lastSessionDate: "2026-09-24", earliest: "2026-12-10", due: "2026-12-17", late: "2026-12-24" };

describe("scheduling in words", () => {
  it("tells the patient their next visit in a sentence", () => {
    const en = fixedT("en", "shell");
    expect(nextVisitSentence({ localDate: "2026-12-08", localTime: "10:30", injectorName: "Nurse Kim", clinicName: "Leeds Headache Clinic" }, en, "en")).toBe(
      "Your next visit: Tuesday 8 December at 10:30 with Nurse Kim at Leeds Headache Clinic",
    );
    expect(nextVisitSentence({ localDate: "2026-12-08", localTime: "10:30", injectorName: "", clinicName: "" }, en, "en")).toBe("Your next visit: Tuesday 8 December at 10:30");
    expect(nextVisitSentence({ localDate: "2026-12-08", localTime: "10:30", injectorName: "Nurse Kim", clinicName: "Clínica de Cefaleas" }, fixedT("es", "shell"), "es")).toBe(
      "Su próxima cita: martes, 8 de diciembre a las 10:30 con Nurse Kim en Clínica de Cefaleas",
    );
  });

  it("starts a booking at the due date, else the earliest date still ahead, else today", () => {
    expect(startDate(window, "2026-12-03")).toBe("2026-12-17");
    expect(startDate(window, "2026-12-18")).toBe("2026-12-18");
    expect(startDate({ ...window, due: "2026-12-01", earliest: "2026-11-24" }, "2026-12-03")).toBe("2026-12-03");
    expect(startDate(null, "2026-12-03")).toBe("2026-12-03");
    expect(datesFrom("2026-12-30", 3)).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
  });

  it("says working hours and a visit's history line by line", () => {
    expect(hoursText([{ start: "09:00", end: "12:00" }, { start: "13:00", end: "15:00" }])).toBe("09:00–12:00, 13:00–15:00");
    expect(hoursText([])).toBe("Not working");
    const content = (localDate: string, localTime: string, windowReason: string | null = null) => ({ startsAt: "", localDate, localTime, minutes: 15, injectorUserId: "n", windowReason });
    const by = { userId: "c", name: "Cy Coordinator" };
    const visit: VisitView = {
      id: "v",
      status: "cancelled",
      startsAt: "2026-12-16T14:00:00.000Z",
      localDate: "2026-12-16",
      localTime: "14:00",
      minutes: 15,
      injector: { userId: "n", name: "Nurse Kim" },
      windowReason: null,
      upcoming: false,
      revisions: [
        { revision: 1, status: "active", recordedAt: "2026-12-03T09:00:00.000Z", recordedBy: by, reason: null, content: content("2026-12-07", "09:00", "Away in the window"), injectorName: "Nurse Kim" },
        { revision: 2, status: "active", recordedAt: "2026-12-04T09:00:00.000Z", recordedBy: by, reason: "Patient asked", content: content("2026-12-16", "14:00"), injectorName: "Nurse Kim" },
        { revision: 3, status: "cancelled", recordedAt: "2026-12-05T09:00:00.000Z", recordedBy: by, reason: "Unwell", content: content("2026-12-16", "14:00"), injectorName: "Nurse Kim" },
      ],
    };
    expect(historyLines(visit)).toEqual([
      "Booked for Monday 7 December 2026 at 09:00 with Nurse Kim, outside the window: Away in the window (by Cy Coordinator, 3 Dec 2026)",
      "Moved to Wednesday 16 December 2026 at 14:00 with Nurse Kim: Patient asked (by Cy Coordinator, 4 Dec 2026)",
      "Cancelled: Unwell (by Cy Coordinator, 5 Dec 2026)",
    ]);
    expect(visitWhen(visit)).toBe("Wednesday 16 December 2026 at 14:00 with Nurse Kim");
  });

  it("puts the server's field issues into sentences beside their fields", () => {
    expect(issueSentence("is required: say why the visit is moved", "A reason")).toBe("A reason is required: say why the visit is moved.");
    expect(issueSentence("overlaps another range of the same day")).toBe("Overlaps another range of the same day.");
    expect(issueSentence("Already a sentence.")).toBe("Already a sentence.");
    expect(issueSentence(undefined, "A reason")).toBeUndefined();
    const refused = { code: "validation_failed", issues: [{ path: "reason" }] };
    expect(onlyFieldIssues(refused, ["reason"])).toBe(true);
    expect(onlyFieldIssues(refused, ["time"])).toBe(false);
    expect(onlyFieldIssues({ code: "conflict", issues: [] }, ["reason"])).toBe(false);
    expect(onlyFieldIssues(null, ["reason"])).toBe(false);
  });
});

describe("the working-hours editor's draft", () => {
  const saved = {
    weekly: [
      { weekday: 1, start: "09:00", end: "12:00" },
      { weekday: 3, start: "13:00", end: "15:00" },
    ],
    exceptions: [
      { date: "2026-12-21", ranges: [], note: "Training day" },
      { date: "2026-12-22", ranges: [{ start: "08:00", end: "09:00" }, { start: "16:00", end: "17:00" }], note: "Early and late" },
    ],
  };

  it("goes to rows and back to the same body, which the contract accepts", () => {
    const draft = draftOfHours(saved);
    expect(draft.exceptions.map((row) => [row.date, row.dayOff, row.start, row.note])).toEqual([
      ["2026-12-21", true, "", "Training day"],
      ["2026-12-22", false, "08:00", "Early and late"],
      ["2026-12-22", false, "16:00", ""],
    ]);
    const { body } = bodyOfDraft(draft);
    expect(body).toEqual(saved);
    expect(saveHoursBodySchema.safeParse(body).success).toBe(true);
  });

  it("groups rows of one date into one exception, a day off winning, in date order", () => {
    const draft: HoursDraft = {
      weekly: [],
      exceptions: [
        { id: "a", date: "2026-12-30", dayOff: false, start: "09:00", end: "10:00", note: "" },
        { id: "b", date: "2026-12-29", dayOff: false, start: "09:00", end: "10:00", note: " " },
        { id: "c", date: "2026-12-30", dayOff: true, start: "", end: "", note: "Closed" },
      ],
    };
    expect(bodyOfDraft(draft).body.exceptions).toEqual([
      { date: "2026-12-29", ranges: [{ start: "09:00", end: "10:00" }], note: null },
      { date: "2026-12-30", ranges: [], note: "Closed" },
    ]);
  });

  it("puts the server's issues back on their rows and fields", () => {
    const draft = draftOfHours(saved);
    const { issueFor } = bodyOfDraft(draft);
    expect(issueFor("weekly.1.start", "overlaps")).toEqual({ rowId: draft.weekly[1]?.id, field: "start", message: "overlaps" });
    expect(issueFor("weekly.0.end", "x")?.field).toBe("end");
    expect(issueFor("exceptions.1.ranges.1.end", "x")).toEqual({ rowId: draft.exceptions[2]?.id, field: "end", message: "x" });
    expect(issueFor("exceptions.0.date", "past")).toEqual({ rowId: draft.exceptions[0]?.id, field: "date", message: "past" });
    expect(issueFor("exceptions.9.date", "x")).toBeUndefined();
    expect(issueFor("body", "x")).toBeUndefined();
  });
});

describe("timeAwayNote", () => {
  it("gives the visit's time in the patient's zone when it is not the clinic's", () => {
    expect(timeAwayNote({ startsAt: "2026-12-08T10:30:00Z", localTime: "10:30" }, "America/Los_Angeles", fixedT("en", "shell"))).toBe("That is 02:30 where you are now.");
    expect(timeAwayNote({ startsAt: "2026-12-08T10:30:00Z", localTime: "10:30" }, "America/Los_Angeles", fixedT("es", "shell"))).toBe("Donde usted está ahora, son las 02:30.");
    expect(timeAwayNote({ startsAt: "2026-12-08T10:30:00Z", localTime: "10:30" }, "Europe/London", fixedT("en", "shell"))).toBeNull();
  });
});
