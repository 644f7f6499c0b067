import { describe, expect, it } from "vitest";
import { calendarMonths, dayLabel, dayShade, moveFocus, type CalendarEntry } from "./calendar-data.ts";

const severe: CalendarEntry = { date: "2026-11-03", headache: true, hours: 6, severity: 3, migraine: true, medications: [{ class: "triptan", name: "Sumatriptan" }], late: true };
const free: CalendarEntry = { date: "2026-11-04", headache: false, hours: null, severity: null, migraine: false, medications: [], late: false };

describe("the diary calendar's grid", () => {
  it("lays a month out in weeks from Monday, with blanks outside it", () => {
    // 1 November 2026 is a Sunday.
    const [november] = calendarMonths({ from: "2026-11-01", to: "2026-11-30", lastDay: "2026-11-30", entries: [severe, free], sessionDates: ["2026-11-03"] });
    expect(november?.title).toBe("November 2026");
    expect(november?.weeks).toHaveLength(6);
    expect(november?.weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(november?.weeks[0]?.[6]?.date).toBe("2026-11-01");
    const third = november?.weeks[1]?.[1];
    expect(third).toMatchObject({ date: "2026-11-03", shade: "severe", session: true, future: false });
  });

  it("keeps unrecorded days apart from headache-free ones, and days after today apart from both", () => {
    const [november] = calendarMonths({ from: "2026-11-01", to: "2026-11-30", lastDay: "2026-11-20", entries: [free], sessionDates: [] });
    const cells = november?.weeks.flat().filter((cell) => cell !== null) ?? [];
    expect(cells.find((c) => c.date === "2026-11-04")?.shade).toBe("free");
    expect(cells.find((c) => c.date === "2026-11-05")?.shade).toBe("none");
    expect(cells.find((c) => c.date === "2026-11-05")?.label).toBe("Thursday 5 November 2026: no entry");
    expect(cells.find((c) => c.date === "2026-11-21")?.future).toBe(true);
  });

  it("covers every month a range touches, leaving dates outside the range blank", () => {
    const months = calendarMonths({ from: "2026-10-20", to: "2026-12-03", lastDay: "2026-12-03", entries: [], sessionDates: [] });
    expect(months.map((m) => m.key)).toEqual(["2026-10", "2026-11", "2026-12"]);
    const october = months[0]?.weeks.flat().filter((cell) => cell !== null) ?? [];
    expect(october[0]?.date).toBe("2026-10-20");
    expect(october).toHaveLength(12);
  });
});

describe("a day in words", () => {
  it("says severity, hours, migraine, medicines, lateness and a session", () => {
    expect(dayLabel(severe.date, severe, true)).toBe("Tuesday 3 November 2026: severe headache, 6 hours, migraine day, acute medication: Sumatriptan (triptan), entered late, session day");
    expect(dayLabel(free.date, free, false)).toBe("Wednesday 4 November 2026: headache-free");
    expect(dayLabel("2026-12-24", null, false, true)).toBe("Thursday 24 December 2026: not yet");
  });

  it("shades by severity, moderate when a headache's severity is missing", () => {
    expect([dayShade(null), dayShade(free), dayShade({ headache: true, severity: 1 }), dayShade({ headache: true, severity: null }), dayShade(severe)]).toEqual(["none", "free", "mild", "moderate", "severe"]);
  });
});

describe("moving through the calendar with the keyboard", () => {
  it("moves a day, a week, or to the week's ends, and stays within the range", () => {
    expect(moveFocus("2026-11-10", "ArrowRight", "2026-11-01", "2026-11-30")).toBe("2026-11-11");
    expect(moveFocus("2026-11-10", "ArrowUp", "2026-11-01", "2026-11-30")).toBe("2026-11-03");
    expect(moveFocus("2026-11-10", "Home", "2026-11-01", "2026-11-30")).toBe("2026-11-09");
    expect(moveFocus("2026-11-10", "End", "2026-11-01", "2026-11-30")).toBe("2026-11-15");
    expect(moveFocus("2026-11-28", "ArrowDown", "2026-11-01", "2026-11-30")).toBe("2026-11-30");
    expect(moveFocus("2026-11-02", "ArrowUp", "2026-11-01", "2026-11-30")).toBe("2026-11-01");
    expect(moveFocus("2026-11-10", "a", "2026-11-01", "2026-11-30")).toBeNull();
  });
});
