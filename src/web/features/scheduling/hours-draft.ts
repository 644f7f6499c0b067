/**
 * The working-hours editor's draft: flat rows a person edits (a weekday and a range; a date with
 * a range or a day off and a note), turned into the body the server takes and back, and the
 * server's field issues (`weekly.2.start`, `exceptions.0.ranges.1.end`) put back on their rows.
 * Rows of one date become one exception; a day off wins over ranges on that date.
 */
import type { InjectorHours, SaveHoursBody } from "#contracts/api/scheduling.ts";

export interface WeeklyRow {
  readonly id: string;
  readonly weekday: string;
  readonly start: string;
  readonly end: string;
}

export interface ExceptionRow {
  readonly id: string;
  readonly date: string;
  readonly dayOff: boolean;
  readonly start: string;
  readonly end: string;
  readonly note: string;
}

export interface HoursDraft {
  readonly weekly: readonly WeeklyRow[];
  readonly exceptions: readonly ExceptionRow[];
}

/** Where a server issue belongs: a row and one of its fields. */
export interface RowIssue {
  readonly rowId: string;
  readonly field: "weekday" | "start" | "end" | "date" | "note";
  readonly message: string;
}

let nextId = 0;
/** A fresh row id (keys for React, never sent). */
export function rowId(): string {
  nextId += 1;
  return `row-${nextId}`;
}

export const EMPTY_WEEKLY_ROW = (): WeeklyRow => ({ id: rowId(), weekday: "1", start: "09:00", end: "12:00" });
export const EMPTY_EXCEPTION_ROW = (date: string): ExceptionRow => ({ id: rowId(), date, dayOff: true, start: "", end: "", note: "" });

/**
 * The rows of an injector's saved hours.
 * @example draftOfHours({ weekly: [{ weekday: 1, start: "09:00", end: "12:00" }], exceptions: [{ date: "2026-12-21", ranges: [], note: "Training" }], ... }).exceptions[0].dayOff // true
 */
export function draftOfHours(hours: Pick<InjectorHours, "weekly" | "exceptions">): HoursDraft {
  return {
    weekly: hours.weekly.map((range) => ({ id: rowId(), weekday: String(range.weekday), start: range.start, end: range.end })),
    exceptions: hours.exceptions.flatMap((exception): ExceptionRow[] =>
      exception.ranges.length === 0
        ? [{ id: rowId(), date: exception.date, dayOff: true, start: "", end: "", note: exception.note ?? "" }]
        : exception.ranges.map((range, index) => ({ id: rowId(), date: exception.date, dayOff: false, start: range.start, end: range.end, note: index === 0 ? (exception.note ?? "") : "" })),
    ),
  };
}

/** The body to save, and where each of its paths came from. */
export interface HoursBody {
  readonly body: SaveHoursBody;
  /** A server issue's path back to its row and field. */
  readonly issueFor: (path: string, message: string) => RowIssue | undefined;
}

/**
 * The body of a draft: weekly rows in their order; exception rows grouped by date (in date order),
 * a day off as no ranges.
 * @example bodyOfDraft({ weekly: [], exceptions: [{ id: "a", date: "2026-12-21", dayOff: true, start: "", end: "", note: "" }] }).body.exceptions // [{ date: "2026-12-21", ranges: [], note: null }]
 */
export function bodyOfDraft(draft: HoursDraft): HoursBody {
  const weekly = draft.weekly.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end }));
  const dates = [...new Set(draft.exceptions.map((row) => row.date))].sort();
  const rowsByDate = dates.map((date) => draft.exceptions.filter((row) => row.date === date));
  const exceptions = rowsByDate.map((rows) => {
    const dayOff = rows.some((row) => row.dayOff);
    const note = rows.map((row) => row.note.trim()).find((text) => text !== "") ?? null;
    return { date: rows[0]?.date ?? "", ranges: dayOff ? [] : rows.map((row) => ({ start: row.start, end: row.end })), note };
  });
  const issueFor = (path: string, message: string): RowIssue | undefined => {
    const parts = path.split(".");
    if (parts[0] === "weekly") {
      const row = draft.weekly[Number(parts[1])];
      const field = parts[2] === "weekday" || parts[2] === "end" ? parts[2] : "start";
      return row === undefined ? undefined : { rowId: row.id, field, message };
    }
    if (parts[0] === "exceptions") {
      const rows = rowsByDate[Number(parts[1])] ?? [];
      if (parts[2] === "ranges") {
        const row = rows.filter((candidate) => !candidate.dayOff)[Number(parts[3])];
        return row === undefined ? undefined : { rowId: row.id, field: parts[4] === "end" ? "end" : "start", message };
      }
      const row = rows[0];
      return row === undefined ? undefined : { rowId: row.id, field: parts[2] === "note" ? "note" : "date", message };
    }
    return undefined;
  };
  return { body: { weekly, exceptions }, issueFor };
}
