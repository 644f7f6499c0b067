/**
 * The calendar's pages: three calendar months at a time, the first page ending on the
 * patient's today; never a page after today.
 */
import { addDays, dateParts, daysInMonth, formatDate, minDate, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";

export interface CalendarPage {
  readonly from: string;
  readonly to: string;
}

/** Calendar months on one page. */
export const PAGE_MONTHS = 3;

function monthStart(date: PlainDate, back: number): PlainDate {
  const { year, month } = dateParts(date);
  const index = year * 12 + (month - 1) - back;
  return formatDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

function monthEnd(date: PlainDate, forward: number): PlainDate {
  const first = monthStart(date, -forward);
  const { year, month } = dateParts(first);
  return formatDate(year, month, daysInMonth(year, month));
}

/**
 * The page that ends on `today`.
 * @example latestPage("2026-12-03") // { from: "2026-10-01", to: "2026-12-03" }
 */
export function latestPage(today: string): CalendarPage {
  return { from: monthStart(plainDate(today), PAGE_MONTHS - 1), to: today };
}

/**
 * The three months before a page.
 * @example earlierPage({ from: "2026-10-01", to: "2026-12-03" }) // { from: "2026-07-01", to: "2026-09-30" }
 */
export function earlierPage(page: CalendarPage): CalendarPage {
  const to = addDays(plainDate(page.from), -1);
  return { from: monthStart(to, PAGE_MONTHS - 1), to };
}

/**
 * The three months after a page, ending on `today` at the latest; null when the page is the latest.
 * @example laterPage({ from: "2026-07-01", to: "2026-09-30" }, "2026-12-03") // { from: "2026-10-01", to: "2026-12-03" }
 */
export function laterPage(page: CalendarPage, today: string): CalendarPage | null {
  if (page.to >= today) return null;
  const from = addDays(plainDate(page.to), 1);
  return { from, to: minDate(monthEnd(from, PAGE_MONTHS - 1), plainDate(today)) };
}
