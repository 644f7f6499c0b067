/**
 * Lays diary days out as month grids (weeks from Monday) and says each day in words for screen
 * readers. The days come classified by the server (src/domain): nothing is counted here. A date
 * with no entry is "no entry", never headache-free (pathway-rules §1).
 */
import { addDays, dateParts, daysInMonth, formatDate, isoWeekday, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { AcuteMedicationClass, DurationBand } from "#domain/shared/record.ts";
import { MEDICATION_LABELS, SEVERITY_LABELS, durationWords } from "#web/features/diary/labels.ts";
import { formatLongDate, monthName } from "../format.ts";

/** One recorded day as the calendar needs it (the diary-calendar answer's days). */
export interface CalendarEntry {
  readonly date: string;
  readonly headache: boolean;
  readonly hours: number | null;
  /** The band the patient chose (issue 9), shown in its words. */
  readonly duration?: DurationBand | null | undefined;
  readonly severity: number | null;
  readonly migraine: boolean;
  readonly medications: readonly { readonly class: AcuteMedicationClass; readonly name: string | null }[];
  readonly late: boolean;
  readonly enteredBy?: "patient" | "staff";
  /** `self-kept`: kept on the person's phone before joining (the self-check's diary, issue 9 §5). */
  readonly source?: "app" | "import" | "self-kept";
}

/** How a cell is coloured and marked (design.md, "Severity and day scale"). */
export type DayShade = "none" | "free" | "mild" | "moderate" | "severe";

export interface CalendarCell {
  readonly date: PlainDate;
  readonly dayOfMonth: number;
  readonly entry: CalendarEntry | null;
  readonly shade: DayShade;
  readonly session: boolean;
  /** After the last date shown (today, or the range's end): nothing can be recorded yet. */
  readonly future: boolean;
  readonly label: string;
}

export interface CalendarMonth {
  /** "2026-11" */
  readonly key: string;
  /** "November 2026" */
  readonly title: string;
  /** Weeks Monday to Sunday; null where a date lies outside the month or the range. */
  readonly weeks: readonly (readonly (CalendarCell | null)[])[];
}

/**
 * The shade of a recorded day: free, or the severity of its headache (moderate when a headache's
 * severity was not given, as the diary cannot save one without it).
 * @example dayShade({ headache: true, severity: 3 }) // "severe"
 * @example dayShade(null) // "none"
 */
export function dayShade(entry: Pick<CalendarEntry, "headache" | "severity"> | null): DayShade {
  if (entry === null) return "none";
  if (!entry.headache) return "free";
  if (entry.severity === 1) return "mild";
  if (entry.severity === 3) return "severe";
  return "moderate";
}

function medicationWords(entry: CalendarEntry): string {
  return entry.medications.map((m) => (m.name ? `${m.name} (${MEDICATION_LABELS[m.class].toLowerCase()})` : MEDICATION_LABELS[m.class].toLowerCase())).join(", ");
}

/**
 * A day in words, for its cell's accessible name and tooltip.
 * @example dayLabel("2026-11-03", { headache: true, hours: 6, severity: 3, migraine: true, medications: [], late: false }, false)
 *   // "Tuesday 3 November 2026: severe headache, 6 hours, migraine day"
 */
export function dayLabel(date: string, entry: CalendarEntry | null, session: boolean, future = false): string {
  const parts: string[] = [];
  if (future) parts.push("not yet");
  else if (entry === null) parts.push("no entry");
  else if (!entry.headache) parts.push("headache-free");
  else {
    const severity = entry.severity === null ? "headache" : `${(SEVERITY_LABELS[entry.severity] ?? "").toLowerCase()} headache`;
    parts.push(entry.hours === null ? severity : `${severity}, ${durationWords(entry.hours, entry.duration)}`);
    if (entry.migraine) parts.push("migraine day");
  }
  if (entry !== null && entry.medications.length > 0) parts.push(`acute medication: ${medicationWords(entry)}`);
  if (entry?.late) parts.push("entered late");
  if (entry?.source === "self-kept") parts.push("self-kept before joining");
  if (session) parts.push("session day");
  return `${formatLongDate(date)} ${date.slice(0, 4)}: ${parts.join(", ")}`;
}

/**
 * The months of `[from, to]` as week grids, each date with its entry (if recorded) and label.
 * Dates after `lastDay` (the patient's today) are "not yet".
 * @example calendarMonths({ from: "2026-11-01", to: "2026-11-30", lastDay: "2026-11-30", entries: [], sessionDates: [] })[0].weeks.length // 6
 */
export function calendarMonths(input: {
  readonly from: string;
  readonly to: string;
  readonly lastDay: string;
  readonly entries: readonly CalendarEntry[];
  readonly sessionDates: readonly string[];
}): CalendarMonth[] {
  const byDate = new Map(input.entries.map((entry) => [entry.date, entry]));
  const sessions = new Set(input.sessionDates);
  const from = plainDate(input.from);
  const to = plainDate(input.to);
  const months: CalendarMonth[] = [];
  let monthFirst = formatDate(dateParts(from).year, dateParts(from).month, 1);
  while (monthFirst <= to) {
    const { year, month } = dateParts(monthFirst);
    const monthLast = formatDate(year, month, daysInMonth(year, month));
    const weeks: (CalendarCell | null)[][] = [];
    let week: (CalendarCell | null)[] = Array.from({ length: isoWeekday(monthFirst) - 1 }, () => null);
    for (let date = monthFirst; date <= monthLast; date = addDays(date, 1)) {
      const inRange = date >= from && date <= to;
      const entry = byDate.get(date) ?? null;
      const future = date > input.lastDay;
      week.push(
        inRange
          ? { date, dayOfMonth: dateParts(date).day, entry, shade: dayShade(entry), session: sessions.has(date), future, label: dayLabel(date, entry, sessions.has(date), future) }
          : null,
      );
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    months.push({ key: monthFirst.slice(0, 7), title: `${monthName(monthFirst)} ${year}`, weeks });
    monthFirst = addDays(monthLast, 1);
  }
  return months;
}

/**
 * Where a key moves the focus, kept within `[from, to]`: a day either side, a week up or down,
 * the start or end of the week; null for any other key.
 * @example moveFocus("2026-11-10", "ArrowDown", "2026-11-01", "2026-11-30") // "2026-11-17"
 */
export function moveFocus(date: string, key: string, from: string, to: string): string | null {
  const day = plainDate(date);
  const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: 1 - isoWeekday(day), End: 7 - isoWeekday(day) };
  const step = steps[key];
  if (step === undefined) return null;
  const next = addDays(day, step);
  if (next < from) return from;
  if (next > to) return to;
  return next;
}
