import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { calendarMonths, dayLabel, type CalendarEntry } from "./calendar-data.ts";
import { CalendarKey, DiaryCalendar } from "./DiaryCalendar.tsx";

const selfKept: CalendarEntry = { date: "2026-11-03", headache: true, hours: 4, duration: "4-8h", severity: 2, migraine: false, medications: [], late: false, enteredBy: "patient", source: "self-kept" };
const fromApp: CalendarEntry = { ...selfKept, date: "2026-11-04", source: "app" };

describe("a day self-kept before joining, on the clinician's calendar", () => {
  it("says so in the day's name, and only for such a day", () => {
    expect(dayLabel(selfKept.date, selfKept, false)).toBe("Tuesday 3 November 2026: moderate headache, 4 to 8 hours, self-kept before joining");
    expect(dayLabel(fromApp.date, fromApp, false)).not.toContain("self-kept");
    const [month] = calendarMonths({ from: "2026-11-01", to: "2026-11-30", lastDay: "2026-11-30", entries: [selfKept, fromApp], sessionDates: [] });
    const cells = month?.weeks.flat().filter((cell) => cell !== null) ?? [];
    expect(cells.find((cell) => cell.date === selfKept.date)?.label).toContain("self-kept before joining");
  });

  it("marks the cell with a mark (not colour alone), and the key explains the mark", () => {
    const html = renderToStaticMarkup(createElement(DiaryCalendar, { from: "2026-11-01", to: "2026-11-30", today: "2026-11-30", entries: [selfKept, fromApp], sessionDates: [] }));
    const cell = (date: string) => html.match(new RegExp(`<td[^>]*data-date="${date}"[^>]*>(.*?)</td>`))?.[1] ?? "";
    expect(cell(selfKept.date)).toContain('class="cal-self-kept"');
    expect(cell(fromApp.date)).not.toContain("cal-self-kept");
    expect(html).toContain('aria-label="Tuesday 3 November 2026: moderate headache, 4 to 8 hours, self-kept before joining"');
    const key = renderToStaticMarkup(createElement(CalendarKey));
    expect(key).toContain("cal-key-mark--self-kept");
    expect(key).toContain("Self-kept before joining");
  });
});
