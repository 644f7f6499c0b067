/**
 * The patient's recent diary days as staff read them: answers, who entered them, and whether
 * late. The last 28 days first; the rest of the windows on request.
 */
import { useState } from "react";
import type { DiaryDayView } from "#contracts/api/diary.ts";
import { HEADACHE_FEATURES } from "#domain/shared/record.ts";
import { FEATURE_LABELS, MEDICATION_LABELS, SEVERITY_LABELS } from "#web/features/diary/labels.ts";
import { Button } from "#web/ui/Button.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";

function featuresText(day: DiaryDayView): string {
  if (!day.headache) return "";
  const present = HEADACHE_FEATURES.filter((feature) => day.features[feature] === true).map((feature) => FEATURE_LABELS[feature]);
  return present.length > 0 ? present.join(", ") : "None";
}

function medicationsText(day: DiaryDayView): string {
  if (day.medications.length === 0) return "None";
  return day.medications
    .map((medication) => {
      const name = MEDICATION_LABELS[medication.class as keyof typeof MEDICATION_LABELS] ?? medication.class;
      const helped = medication.relief === true ? "helped" : medication.relief === false ? "did not help" : "effect not recorded";
      return `${medication.name ? `${medication.name} (${name})` : name}: ${helped}`;
    })
    .join("; ");
}

const FIRST_ROWS = 28;

export function DiaryTable({ days }: { readonly days: readonly DiaryDayView[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? days : days.slice(0, FIRST_ROWS);
  if (days.length === 0) return <p data-testid="diary-empty">No diary days recorded in these windows yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="diary-table">
        <caption>Diary days, newest first (latest answer of each day)</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Headache</th>
            <th scope="col">Hours</th>
            <th scope="col">Severity</th>
            <th scope="col">Migraine features</th>
            <th scope="col">Medications</th>
            <th scope="col">Entered by</th>
            <th scope="col">Late</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((day) => (
            <tr key={day.date}>
              <th scope="row" className="numeric nowrap">
                {formatPlainDate(day.date)}
              </th>
              <td>{day.headache ? "Yes" : "No"}</td>
              <td className="numeric">{day.headache && day.hours !== null ? day.hours : ""}</td>
              <td>{day.headache && day.severity !== null ? (SEVERITY_LABELS[day.severity] ?? day.severity) : ""}</td>
              <td>{featuresText(day)}</td>
              <td>{medicationsText(day)}</td>
              <td title={`Saved ${formatInstant(day.recordedAt)}, received ${formatInstant(day.receivedAt)}`}>
                {`${day.enteredBy === "patient" ? "Patient" : "Staff"}${day.source === "import" ? " (import)" : ""}`}
                {day.revisions > 1 ? <span className="muted">{` · changed ${day.revisions - 1}×`}</span> : null}
              </td>
              <td>{day.late ? "Late" : "No"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {days.length > FIRST_ROWS ? (
        <p className="row" style={{ marginTop: "var(--space-3)" }}>
          <span className="muted">{`Showing ${shown.length} of ${days.length} recorded days.`}</span>
          <Button onClick={() => setAll(!all)}>{all ? "Show the latest 28 only" : `Show all ${days.length} days`}</Button>
        </p>
      ) : null}
    </div>
  );
}
