/**
 * Adding a diary the person kept on their phone before joining (issue 9 §5) to their record, with
 * consent. Each day becomes a diary revision with source `self-kept`, entered by the patient,
 * keeping the phone's id and the instant it was recorded (so a retry stores nothing twice and the
 * record shows when each day was written). A date the clinic diary already has is never
 * overwritten: it is reported as skipped. One transaction, one audit row (ids and verbs only).
 */
import type { SelfKeptDiaryResult } from "#contracts/api/self-kept-diary.ts";
import type { FieldIssue } from "#contracts/issues.ts";
import { addDaysWithinRange, type PlainDate } from "#domain/shared/plain-date.ts";
import { AppError } from "../../app-error.ts";
import type { NewDiaryRevision, PatientRow, StoredDiaryAnswers } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { BEFORE_BIRTH_MESSAGE, FUTURE_DAYS_ALLOWED, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { recordInvalid } from "../../shared/record-issues.ts";
import { instantAtLocalTime, isLate, localDateAt } from "../../shared/time-zone.ts";
import { ACCOUNT_MISMATCH_MESSAGE, CLOCK_DRIFT_ALLOWED_MS } from "../diary/diary.ts";
import { toStoredAnswers } from "../diary/diary-view.ts";
import { currentDays, insertRevisions } from "../diary/repository.ts";
import { revisionsByIds } from "./repository.ts";

/** One day as the phone kept it (validated by the contract). */
export interface SelfKeptDayInput extends StoredDiaryAnswers {
  id: string;
  date: PlainDate;
  recordedAt: string;
}

/** The days' impossible dates and instants, each named `days[i].field` (the messages never hold the values). */
function impossibleDays(days: readonly SelfKeptDayInput[], patient: Pick<PatientRow, "time_zone" | "birth_date">, now: Date): FieldIssue[] {
  const today = localDateAt(now, patient.time_zone);
  return days.flatMap((day, index): FieldIssue[] => {
    const path = (field: string) => `days[${index}].${field}`;
    if (isPastTomorrow(day.date, today)) return [{ path: path("date"), message: "must not be after today" }];
    if (isBeforeBirth(day.date, patient)) return [{ path: path("date"), message: BEFORE_BIRTH_MESSAGE }];
    const recordedAt = new Date(day.recordedAt).getTime();
    if (recordedAt > now.getTime() + CLOCK_DRIFT_ALLOWED_MS) return [{ path: path("recordedAt"), message: "must not be later than the server's clock (the device's clock may be wrong)" }];
    const earliest = instantAtLocalTime(addDaysWithinRange(day.date, -FUTURE_DAYS_ALLOWED), 0, 0, patient.time_zone);
    return recordedAt < earliest.getTime() ? [{ path: path("recordedAt"), message: "must not be before the diary date begins" }] : [];
  });
}

/** Adds the self-kept days to the signed-in patient's diary; `patientId` must be the session's patient. */
export async function addSelfKeptDiary(
  deps: ServiceDeps,
  signedInAs: { clinicId: string; patientId: string },
  userId: string,
  input: { patientId: string; days: readonly SelfKeptDayInput[] },
): Promise<SelfKeptDiaryResult> {
  if (input.patientId !== signedInAs.patientId) throw new AppError("account_mismatch", ACCOUNT_MISMATCH_MESSAGE);
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, signedInAs.clinicId, signedInAs.patientId);
    const issues = impossibleDays(input.days, patient, now);
    if (issues.length > 0) throw recordInvalid("The self-kept diary days", issues);
    await lockPatient(tx, signedInAs.clinicId, signedInAs.patientId);

    const dates = input.days.map((day) => day.date).sort();
    const existing = new Map<string, string>();
    for (const row of await currentDays(tx, patient.clinic_id, patient.id, { from: dates[0] ?? "", to: dates[dates.length - 1] ?? "" })) existing.set(row.date, row.id);
    // A retry of the same days: the phone's ids are already stored for this patient.
    const sentBefore = await revisionsByIds(tx, patient.clinic_id, input.days.map((day) => day.id));
    for (const row of sentBefore) {
      if (row.patient_id !== patient.id) throw new AppError("conflict", "A day's id is already used. Generate new ids and send again.");
    }
    const sentBeforeIds = new Set(sentBefore.map((row) => row.id));

    const result: { added: string[]; skipped: string[]; alreadyAdded: string[] } = { added: [], skipped: [], alreadyAdded: [] };
    const revisions: NewDiaryRevision[] = [];
    for (const day of [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
      if (sentBeforeIds.has(day.id)) result.alreadyAdded.push(day.date);
      else if (existing.has(day.date)) result.skipped.push(day.date);
      else {
        const recordedAt = new Date(day.recordedAt);
        revisions.push({
          clinic_id: patient.clinic_id,
          patient_id: patient.id,
          id: day.id,
          date: day.date,
          answers: JSON.stringify(toStoredAnswers(day)),
          recorded_at: recordedAt.toISOString(),
          received_at: now.toISOString(),
          entered_by: "patient",
          entered_by_user_id: userId,
          source: "self-kept",
          late: isLate(day.date, recordedAt, patient.time_zone),
        });
        result.added.push(day.date);
      }
    }
    await insertRevisions(tx, revisions);
    await audit(tx, now, { clinicId: signedInAs.clinicId, actorUserId: userId, action: "diary.self_kept_added", entity: "patient", entityId: patient.id });
    if (revisions.length > 0) await deps.recordChanged(tx, signedInAs, now);
    return result;
  });
}
