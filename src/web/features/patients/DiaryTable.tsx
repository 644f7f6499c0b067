/**
 * The patient's recent diary days as staff read them: answers, who entered them, and whether
 * late. The last 28 days first; the rest of the windows on request.
 */
import { useState } from "react";
import type { DiaryDayView } from "#contracts/api/diary.ts";
import { HEADACHE_FEATURES } from "#domain/shared/record.ts";
import { durationWords, FEATURE_LABELS, MEDICATION_LABELS, SEVERITY_LABELS } from "#web/features/diary/labels.ts";
import { Button } from "#web/ui/Button.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
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

const COLUMNS: readonly Column<DiaryDayView>[] = [
  { header: "Date", rowHeader: true, className: "numeric nowrap", cell: (day) => formatPlainDate(day.date) },
  { header: "Headache", cell: (day) => (day.headache ? "Yes" : "No") },
  // The band as the patient chose it (issue 9); days kept in hours only show the hours.
  { header: "How long", cell: (day) => (day.headache && day.hours !== null ? durationWords(day.hours, day.duration) : "") },
  { header: "Severity", cell: (day) => (day.headache && day.severity !== null ? (SEVERITY_LABELS[day.severity] ?? day.severity) : "") },
  { header: "Migraine features", cell: featuresText },
  { header: "Medications", cell: medicationsText },
  { header: "Note", cell: (day) => day.note ?? "" },
  {
    header: "Entered by",
    title: (day) => `Saved ${formatInstant(day.recordedAt)}, received ${formatInstant(day.receivedAt)}`,
    cell: (day) => (
      <>
        {`${day.enteredBy === "patient" ? "Patient" : "Staff"}${day.source === "import" ? " (import)" : day.source === "self-kept" ? " (self-kept before joining)" : ""}`}
        {/* When the entry was made, on view: insurers ask whether the diary was kept at the time (issue 9). */}
        <span className="muted" data-testid="diary-made-on">{` · made ${formatInstant(day.recordedAt)}`}</span>
        {day.revisions > 1 ? <span className="muted">{` · changed ${day.revisions - 1}×`}</span> : null}
      </>
    ),
  },
  { header: "Late", cell: (day) => (day.late ? "Late" : "No") },
];

export function DiaryTable({ days }: { readonly days: readonly DiaryDayView[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? days : days.slice(0, FIRST_ROWS);
  return (
    <DataTable
      caption="Diary days, newest first (latest answer of each day)"
      columns={COLUMNS}
      rows={shown}
      rowKey={(day) => day.date}
      testId="diary-table"
      empty={<p data-testid="diary-empty">No diary days recorded in these windows yet.</p>}
      after={
        days.length > FIRST_ROWS ? (
          <p className="row" style={{ marginTop: "var(--space-3)" }}>
            <span className="muted">{`Showing ${shown.length} of ${days.length} recorded days.`}</span>
            <Button onClick={() => setAll(!all)}>{all ? "Show the latest 28 only" : `Show all ${days.length} days`}</Button>
          </p>
        ) : null
      }
    />
  );
}
