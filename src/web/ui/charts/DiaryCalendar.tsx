/**
 * The diary as a calendar (issue 8; design.md, "Severity and day scale"): one cell a day,
 * coloured by severity and also marked by pattern (a dot for headache-free, one to three bars for
 * mild to severe), a corner mark on migraine days, a pill on acute-medication days, a dashed
 * outline for a day with no entry, a notch for a late entry, a dotted underline for a day kept
 * on the phone before joining (self-kept) and a rule on session days. Each
 * month is a grid the keyboard moves through (arrows, Home, End; Enter picks a day), and each
 * day's cell is named in words for screen readers. The cells' names are the text alternative.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { DayMarks, DayScaleKey } from "./DayMarks.tsx";
import { calendarMonths, moveFocus, type CalendarCell, type CalendarEntry } from "./calendar-data.ts";
import "./charts.css";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type DiaryCalendarProps = {
  readonly from: string;
  readonly to: string;
  /** The patient's today: later dates are "not yet". */
  readonly today: string;
  readonly entries: readonly CalendarEntry[];
  readonly sessionDates: readonly string[];
  /** Under each month's title, e.g. its counts. */
  readonly monthNote?: (monthKey: string) => string | null;
  /** Enter, Space or a click on a day. */
  readonly onSelect?: (date: string) => void;
  readonly selected?: string | null;
  readonly testId?: string;
};

function DayCell({ cell, focusable, selected, onFocusDate, onSelect }: { readonly cell: CalendarCell; readonly focusable: boolean; readonly selected: boolean; readonly onFocusDate: (date: string) => void; readonly onSelect?: ((date: string) => void) | undefined }) {
  const { entry } = cell;
  const classes = ["cal-day", `cal-day--${cell.future ? "future" : cell.shade}`, cell.session ? "cal-day--session" : "", selected ? "cal-day--selected" : ""].filter(Boolean).join(" ");
  return (
    <td
      className={classes}
      tabIndex={focusable ? 0 : -1}
      data-date={cell.date}
      aria-label={cell.label}
      aria-selected={onSelect ? selected : undefined}
      title={cell.label}
      onFocus={() => onFocusDate(cell.date)}
      onClick={() => onSelect?.(cell.date)}
    >
      <DayMarks dayOfMonth={cell.dayOfMonth} shade={cell.shade} migraine={entry?.migraine === true} acuteMedication={entry !== null && entry.medications.length > 0} late={entry?.late === true} selfKept={entry?.source === "self-kept"} />
    </td>
  );
}

export function DiaryCalendar({ from, to, today, entries, sessionDates, monthNote, onSelect, selected = null, testId }: DiaryCalendarProps) {
  const months = useMemo(() => calendarMonths({ from, to, lastDay: today, entries, sessionDates }), [from, to, today, entries, sessionDates]);
  const lastShown = to < today ? to : today < from ? to : today;
  const [focused, setFocused] = useState<string>(lastShown);
  const moved = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  // A new range (paging) starts the roving focus on its latest day.
  useEffect(() => setFocused(lastShown), [lastShown]);

  // A layout effect: the focus moves as the grid is drawn, before the next key press is read
  // (a passive effect may run a frame later, and a quick second arrow would start from the old day).
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    root.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === "Enter" || event.key === " ") && onSelect) {
      event.preventDefault();
      onSelect(focused);
      return;
    }
    const next = moveFocus(focused, event.key, from, to);
    if (next === null) return;
    event.preventDefault();
    moved.current = true;
    setFocused(next);
  };

  return (
    <div className="cal" ref={root} onKeyDown={onKeyDown} data-testid={testId}>
      {months.map((month) => {
        const note = monthNote?.(month.key) ?? null;
        return (
          <section className="cal-month" key={month.key} aria-labelledby={`cal-${month.key}`}>
            <h3 id={`cal-${month.key}`} className="cal-title">
              {month.title}
            </h3>
            {note ? <p className="muted cal-note">{note}</p> : null}
            <table role="grid" className="cal-grid" aria-labelledby={`cal-${month.key}`}>
              <thead>
                <tr>
                  {WEEKDAYS.map((day) => (
                    <th key={day} scope="col" abbr={day}>
                      <span aria-hidden="true">{day.slice(0, 2)}</span>
                      <span className="visually-hidden">{day}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {month.weeks.map((week, index) => (
                  <tr key={index}>
                    {week.map((cell, dayIndex) =>
                      cell === null ? (
                        <td key={dayIndex} className="cal-blank" />
                      ) : (
                        <DayCell key={cell.date} cell={cell} focusable={cell.date === focused} selected={cell.date === selected} onFocusDate={setFocused} onSelect={onSelect} />
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

/** The calendar's key, for beside it. */
export function CalendarKey() {
  return <DayScaleKey late session selfKept label="Calendar key" />;
}
