/**
 * One day of the severity scale as marks inside its cell (design.md, "Severity and day scale"):
 * the day's number, a dot for headache-free, one to three bars for mild to severe, a corner mark
 * on migraine days, a pill on acute-medication days and a notch for a late entry; colour is never
 * the only cue. Shared by the diary calendar and the review's 28-day windows, with its key.
 */
import type { DayShade } from "./calendar-data.ts";
import "./charts.css";

const BARS: Readonly<Record<DayShade, number>> = { none: 0, free: 0, mild: 1, moderate: 2, severe: 3 };

type DayMarksProps = {
  readonly dayOfMonth: number;
  readonly shade: DayShade;
  readonly migraine: boolean;
  readonly acuteMedication: boolean;
  readonly late?: boolean;
  /** Kept on the phone before joining (self-kept, issue 9 §5): a dotted underline. */
  readonly selfKept?: boolean;
};

/** The marks inside a `cal-day` cell; all hidden from screen readers (the cell names the day). */
export function DayMarks({ dayOfMonth, shade, migraine, acuteMedication, late = false, selfKept = false }: DayMarksProps) {
  return (
    <>
      <span className="cal-num" aria-hidden="true">
        {dayOfMonth}
      </span>
      <span className="cal-marks" aria-hidden="true">
        {shade === "free" ? <span className="cal-dot" /> : null}
        {Array.from({ length: BARS[shade] }, (_, i) => (
          <span key={i} className="cal-bar" />
        ))}
      </span>
      {migraine ? <span className="cal-migraine" aria-hidden="true" /> : null}
      {acuteMedication ? <span className="cal-pill" aria-hidden="true" /> : null}
      {late ? <span className="cal-late" aria-hidden="true" /> : null}
      {selfKept ? <span className="cal-self-kept" aria-hidden="true" /> : null}
    </>
  );
}

const SHADES: readonly [DayShade, string][] = [
  ["none", "No entry"],
  ["free", "Headache-free"],
  ["mild", "Mild"],
  ["moderate", "Moderate"],
  ["severe", "Severe"],
];

/** The key to the marks, for beside the days; `late`, `session` and `selfKept` where those show. */
export function DayScaleKey({
  late = false,
  session = false,
  selfKept = false,
  label = "Key to the days",
}: {
  readonly late?: boolean;
  readonly session?: boolean;
  readonly selfKept?: boolean;
  readonly label?: string;
}) {
  return (
    <ul className="chart-legend cal-key" aria-label={label}>
      {SHADES.map(([shade, words]) => (
        <li key={shade}>
          <span className={`cal-key-cell cal-day--${shade}`} aria-hidden="true" />
          {words}
        </li>
      ))}
      <li>
        <span className="cal-key-cell cal-key-mark cal-key-mark--migraine" aria-hidden="true" />
        Migraine day
      </li>
      <li>
        <span className="cal-key-cell cal-key-mark cal-key-mark--pill" aria-hidden="true" />
        Acute medication
      </li>
      {late ? (
        <li>
          <span className="cal-key-cell cal-key-mark cal-key-mark--late" aria-hidden="true" />
          Entered late
        </li>
      ) : null}
      {selfKept ? (
        <li>
          <span className="cal-key-cell cal-key-mark cal-key-mark--self-kept" aria-hidden="true" />
          Self-kept before joining
        </li>
      ) : null}
      {session ? (
        <li>
          <span className="cal-key-cell cal-day--session" aria-hidden="true" />
          Session day
        </li>
      ) : null}
    </ul>
  );
}
