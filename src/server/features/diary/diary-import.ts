/**
 * Importing diary days in the patient record's format (ADR 0010): validated exactly as a
 * record's `diary` (the same parser, so the same impossible dates, ranges, required answers and
 * repeated dates are refused, named `days[i].field`; so is a date after the patient's tomorrow
 * or before their birth date), each day stored as a new revision (ADR
 * 0005) with source `import`, entered by staff. A day whose answers equal its current view is
 * left alone, so importing the same file twice stores nothing the second time.
 */
import { MAX_IMPORT_DAYS, type DiaryImportResult } from "#contracts/api/assessment.ts";
import type { FieldIssue } from "#contracts/issues.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { v7 as uuidv7 } from "uuid";
import { invalidField } from "../../app-error.ts";
import type { NewDiaryRevision, PatientRow, StoredDiaryAnswers } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { BEFORE_BIRTH_MESSAGE, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { recordInvalid, renameDiaryList } from "../../shared/record-issues.ts";
import { isLate, localDateAt } from "../../shared/time-zone.ts";
import { toStoredAnswers } from "./diary-view.ts";
import { currentDays, insertRevisions } from "./repository.ts";

/** As for a day saved in the app: a day ahead of the patient's zone (travel) at most. */
const LIST_NAME = "days";

/** The sent days, validated as a record's diary, with the unknown fields found. */
function parseDays(days: readonly unknown[]): { days: readonly DiaryDay[]; unknownFields: readonly string[] } {
  if (days.length > MAX_IMPORT_DAYS) throw invalidField(LIST_NAME, `must hold at most ${MAX_IMPORT_DAYS} days; send the rest in another request`);
  // The record's own parser, so a day is judged exactly as in `cephalog assess`; the patient is a placeholder.
  const parsed = parsePatientRecord({ patient: { id: "import" }, diary: days });
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue): FieldIssue => ({ path: renameDiaryList(issue.path, LIST_NAME), message: renameDiaryList(issue.message, LIST_NAME) }));
    throw recordInvalid("The diary days", issues);
  }
  return { days: parsed.value.record.diary, unknownFields: parsed.value.unknownFields.map((path) => renameDiaryList(path, LIST_NAME)) };
}

/** A JSON text with object keys sorted and absent values left out: two answers are the same exactly when their texts are. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The answers as the rules read them: a feature counts only when true and an empty medication
 * list is no list (pathway-rules §2), so `{ "nausea": false }` and no features are the same day.
 */
function comparable(answers: StoredDiaryAnswers): StoredDiaryAnswers {
  const trueFeatures = Object.entries(answers.features ?? {}).filter(([, value]) => value === true);
  const medications = answers.medications ?? [];
  return {
    ...answers,
    features: trueFeatures.length === 0 ? undefined : Object.fromEntries(trueFeatures),
    medications: medications.length === 0 ? undefined : medications,
  };
}

/** Whether two stored answers say the same about a day (the import skips such a day). */
export function sameAnswers(a: StoredDiaryAnswers, b: StoredDiaryAnswers): boolean {
  return canonicalJson(comparable(a)) === canonicalJson(comparable(b));
}

function laterInstant(a: string, b: string): string {
  return new Date(a).getTime() >= new Date(b).getTime() ? a : b;
}

/** What importing some days would store: a new revision per changed day, the rest unchanged. */
export interface DiaryImportPlan {
  readonly revisions: readonly NewDiaryRevision[];
  readonly unchanged: number;
}

/**
 * Plans the import of parsed days into a patient's diary (call it with the patient locked):
 * refuses a date after the patient's tomorrow or before their birth date (each named under
 * `listName`), and skips a day whose answers equal its current view.
 */
export async function planDiaryImport(tx: Executor, patient: PatientRow, days: readonly DiaryDay[], actorUserId: string, now: Date, listName: string): Promise<DiaryImportPlan> {
  const nowIso = now.toISOString();
  const today = localDateAt(now, patient.time_zone);
  const impossible = days.flatMap((day, index): FieldIssue[] => {
    const path = `${listName}[${index}].date`;
    if (isPastTomorrow(day.date, today)) return [{ path, message: "must not be after today" }];
    return isBeforeBirth(day.date, patient) ? [{ path, message: BEFORE_BIRTH_MESSAGE }] : [];
  });
  if (impossible.length > 0) throw recordInvalid("The diary days", impossible);

  const dates = days.map((day) => day.date).sort();
  const current = new Map<string, { answers: StoredDiaryAnswers; recorded_at: string }>();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first !== undefined && last !== undefined) {
    for (const row of await currentDays(tx, patient.clinic_id, patient.id, { from: first, to: last })) current.set(row.date, row);
  }

  const revisions: NewDiaryRevision[] = [];
  for (const day of days) {
    const answers = toStoredAnswers(day);
    const stored = current.get(day.date);
    if (stored !== undefined && sameAnswers(stored.answers, answers)) continue;
    // Recorded now; never before the current revision, or a device clock a little ahead would keep that one current.
    const recordedAt = stored === undefined ? nowIso : laterInstant(nowIso, stored.recorded_at);
    revisions.push({
      clinic_id: patient.clinic_id,
      patient_id: patient.id,
      id: uuidv7(),
      date: day.date,
      answers: JSON.stringify(answers),
      recorded_at: recordedAt,
      received_at: nowIso,
      entered_by: "staff",
      entered_by_user_id: actorUserId,
      source: "import",
      late: isLate(day.date, new Date(recordedAt), patient.time_zone),
    });
  }
  return { revisions, unchanged: days.length - revisions.length };
}

/** Imports diary days for a patient in one transaction with one audit row (ids and verbs only). */
export async function importDiaryDays(
  deps: ServiceDeps,
  target: { clinicId: string; patientId: string },
  actorUserId: string,
  sent: readonly unknown[],
): Promise<DiaryImportResult> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const { days, unknownFields } = parseDays(sent);
    await lockPatient(tx, target.clinicId, target.patientId);
    const plan = await planDiaryImport(tx, patient, days, actorUserId, now, LIST_NAME);
    await insertRevisions(tx, plan.revisions);
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "diary.imported", entity: "patient", entityId: target.patientId });
    if (plan.revisions.length > 0) await deps.recordChanged(tx, target, now);
    return { imported: plan.revisions.length, unchanged: plan.unchanged, warnings: unknownFields.map((path) => `unknown field ${path}`) };
  });
}
