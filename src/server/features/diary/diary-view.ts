/** Conversions between stored diary revisions, the API's day view and the domain's DiaryDay. */
import type { DiaryDayView } from "#contracts/api/diary.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryAnswers, DiaryDay, HeadacheFeatures, Severity } from "#domain/shared/record.ts";
import type { StoredDiaryAnswers } from "../../db/schema.ts";
import type { CurrentDayRow } from "./repository.ts";

/** The answers to store: the day without its date, absent values left out. */
export function toStoredAnswers(answers: DiaryAnswers | StoredDiaryAnswers): StoredDiaryAnswers {
  return {
    headache: answers.headache,
    ...(answers.hours === undefined ? {} : { hours: answers.hours }),
    ...(answers.duration === undefined ? {} : { duration: answers.duration }),
    ...(answers.severity === undefined ? {} : { severity: answers.severity }),
    ...(answers.features === undefined ? {} : { features: { ...answers.features } }),
    ...(answers.medications === undefined ? {} : { medications: answers.medications.map((medication) => ({ ...medication })) }),
    ...(answers.note === undefined || answers.note === "" ? {} : { note: answers.note }),
  };
}

/** A date's current revision as the API shows it. */
export function toDayView(row: CurrentDayRow): DiaryDayView {
  const answers = row.answers;
  const features: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(answers.features ?? {})) if (typeof value === "boolean") features[name] = value;
  return {
    revisionId: row.id,
    date: row.date,
    headache: answers.headache,
    hours: answers.hours ?? null,
    duration: answers.duration ?? null,
    severity: answers.severity ?? null,
    features,
    medications: (answers.medications ?? []).map((medication) => ({
      ...(medication.name === undefined ? {} : { name: medication.name }),
      class: medication.class,
      ...(medication.relief === undefined ? {} : { relief: medication.relief }),
    })),
    note: answers.note ?? null,
    recordedAt: row.recorded_at,
    receivedAt: row.received_at,
    enteredBy: row.entered_by,
    source: row.source,
    late: row.late,
    revisions: row.revisions,
  };
}

/** A date's current revision as the clinical core reads it. */
export function toDiaryDay(row: CurrentDayRow): DiaryDay {
  const answers = row.answers;
  return {
    date: row.date as PlainDate,
    headache: answers.headache,
    hours: answers.hours,
    ...(answers.duration === undefined ? {} : { duration: answers.duration }),
    severity: answers.severity as Severity | undefined,
    features: answers.features as HeadacheFeatures | undefined,
    medications: answers.medications as DiaryDay["medications"],
  };
}
