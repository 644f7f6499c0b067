/**
 * Saving and reading diary days (ADR 0005). A save inserts a new revision, never an overwrite;
 * the same revision id sent again (the offline outbox may resend) returns what is stored. A
 * revision is `late` when it was recorded after its date ended in the patient's time zone. A
 * date after the patient's tomorrow or before their birth date is refused.
 *
 * The current view of a day is its latest revision by `recordedAt`, the device's clock, so that
 * instant is checked: one set in the future would fix the day for good (no later correction
 * could replace it), and one before the day began would dodge the `late` flag.
 */
import type { DiaryDayView, MyDiary } from "#contracts/api/diary.ts";
import { mayFillIn } from "#domain/diary/late-entry.ts";
import { addDaysWithinRange, daysBetween, type PlainDate } from "#domain/shared/plain-date.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { StoredDiaryAnswers } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { BEFORE_BIRTH_MESSAGE, FUTURE_DAYS_ALLOWED, isBeforeBirth, isPastTomorrow } from "../../shared/patient-dates.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { instantAtLocalTime, isLate, localDateAt } from "../../shared/time-zone.ts";
import { clinicOperations } from "../clinic-settings/clinic-settings.ts";
import { toDayView, toStoredAnswers } from "./diary-view.ts";
import { currentDay, currentDays, findRevision, insertRevisionOnce } from "./repository.ts";

/** How far a device's clock may run ahead of the server's before its `recordedAt` is refused. */
export const CLOCK_DRIFT_ALLOWED_MS = 5 * 60 * 1000;
/** The default and the longest range of the patient's own diary view. */
export const MY_DIARY_DEFAULT_DAYS = 84;
export const MY_DIARY_MAX_DAYS = 731;

export interface DiaryRevisionInput extends StoredDiaryAnswers {
  id: string;
  date: PlainDate;
  /** ISO instant from the device. */
  recordedAt: string;
}

export interface DiaryAuthor {
  userId: string;
  enteredBy: "patient" | "staff";
}

/** Saves one revision of a day and returns the day's current view. */
export async function saveDiaryRevision(
  deps: ServiceDeps,
  target: { clinicId: string; patientId: string },
  author: DiaryAuthor,
  input: DiaryRevisionInput,
): Promise<DiaryDayView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const existing = await findRevision(tx, target.clinicId, input.id);
    if (existing !== undefined) return currentViewOfStored(tx, existing.patient_id, existing.date, target);
    const today = localDateAt(now, patient.time_zone);
    if (isPastTomorrow(input.date, today)) throw invalidField("date", "must not be after today");
    if (isBeforeBirth(input.date, patient)) throw invalidField("date", BEFORE_BIRTH_MESSAGE);
    const recordedAt = checkedRecordedAt(input, now, patient.time_zone);
    if (author.enteredBy === "patient") await checkLateWindow(tx, target.clinicId, input.date, localDateAt(recordedAt, patient.time_zone));
    const inserted = await insertRevisionOnce(tx, {
      clinic_id: target.clinicId,
      patient_id: target.patientId,
      id: input.id,
      date: input.date,
      answers: JSON.stringify(toStoredAnswers(input)),
      recorded_at: recordedAt.toISOString(),
      received_at: now.toISOString(),
      entered_by: author.enteredBy,
      entered_by_user_id: author.userId,
      source: "app",
      late: isLate(input.date, recordedAt, patient.time_zone),
    });
    if (inserted) {
      await audit(tx, now, { clinicId: target.clinicId, actorUserId: author.userId, action: "diary.revision_saved", entity: "diary_revision", entityId: input.id });
      await deps.recordChanged(tx, target, now);
    }
    const stored = inserted ? { patient_id: target.patientId, date: input.date } : await findRevision(tx, target.clinicId, input.id);
    if (stored === undefined) throw new Error("diary revision vanished after a conflicting insert");
    return currentViewOfStored(tx, stored.patient_id, stored.date, target);
  });
}

/**
 * The device's instant of a save, refused when it is later than the server's clock (beyond the
 * drift allowance) or earlier than the start of the diary date in the patient's zone (less the
 * same one-day travel allowance as for dates): a day cannot be recorded before it begins.
 * The messages name the field only, never the values.
 */
function checkedRecordedAt(input: { date: PlainDate; recordedAt: string }, now: Date, timeZone: string): Date {
  const recordedAt = new Date(input.recordedAt);
  if (recordedAt.getTime() > now.getTime() + CLOCK_DRIFT_ALLOWED_MS) {
    throw invalidField("recordedAt", "must not be later than the server's clock (the device's clock may be wrong)");
  }
  const earliest = instantAtLocalTime(addDaysWithinRange(input.date, -FUTURE_DAYS_ALLOWED), 0, 0, timeZone);
  if (recordedAt.getTime() < earliest.getTime()) throw invalidField("recordedAt", "must not be before the diary date begins");
  return recordedAt;
}

/**
 * A patient fills in a missed day up to the clinic's `diaryLateEntryDays` after it, counted from
 * the day they saved it on their phone (src/domain/diary/late-entry.ts). Staff entering or
 * importing a paper diary are not limited: the revision's `late` flag and `recordedAt` say when.
 */
async function checkLateWindow(tx: Executor, clinicId: string, date: PlainDate, savedOn: PlainDate): Promise<void> {
  const { diaryLateEntryDays } = await clinicOperations(tx, clinicId);
  if (!mayFillIn(date, savedOn, diaryLateEntryDays)) {
    throw invalidField("date", `is too far back: a missed day can be filled in up to ${diaryLateEntryDays} days afterwards. Ask your clinic to add older days.`);
  }
}

/** A resent id must belong to the same patient: ids are per clinic, and another patient's day is not yours. */
async function currentViewOfStored(tx: Executor, storedPatientId: string, date: string, target: { clinicId: string; patientId: string }): Promise<DiaryDayView> {
  if (storedPatientId !== target.patientId) throw new AppError("conflict", "This revision id is already used. Generate a new id and send again.");
  const row = await currentDay(tx, target.clinicId, target.patientId, date);
  if (row === undefined) throw new Error("a stored diary revision has no current view");
  return toDayView(row);
}

export const ACCOUNT_MISMATCH_MESSAGE = "This diary belongs to another account than the one signed in on this browser. Sign in again.";

/**
 * A patient's own save from their app, which names the patient it was written for. When the
 * session now signs in as someone else (another person signed in on the same browser while a
 * tab or the offline outbox still held the first one's day), nothing is stored.
 */
export async function saveMyDiaryRevision(
  deps: ServiceDeps,
  signedInAs: { clinicId: string; patientId: string },
  userId: string,
  input: DiaryRevisionInput & { patientId: string },
): Promise<DiaryDayView> {
  const { patientId, ...revision } = input;
  if (patientId !== signedInAs.patientId) throw new AppError("account_mismatch", ACCOUNT_MISMATCH_MESSAGE);
  return saveDiaryRevision(deps, signedInAs, { userId, enteredBy: "patient" }, revision);
}

/** The patient's current diary over `[from, to]` (default: the 84 days ending today, newest first). */
export async function readMyDiary(
  deps: ServiceDeps,
  target: { clinicId: string; patientId: string },
  range: { from?: PlainDate | undefined; to?: PlainDate | undefined },
): Promise<MyDiary> {
  const patient = await loadPatientOrNotFound(deps.db, target.clinicId, target.patientId);
  const today = localDateAt(deps.clock(), patient.time_zone);
  // Held within the years 1-9999: a range near the edge ends at it (issue 7, finding 4).
  const to = range.to ?? (range.from === undefined ? today : addDaysWithinRange(range.from, MY_DIARY_DEFAULT_DAYS - 1));
  const from = range.from ?? addDaysWithinRange(to, -(MY_DIARY_DEFAULT_DAYS - 1));
  if (daysBetween(from, to) < 0) throw invalidField("from", "must not be after to");
  if (daysBetween(from, to) >= MY_DIARY_MAX_DAYS) throw invalidField("to", `must be less than ${MY_DIARY_MAX_DAYS} days after from`);
  const rows = await currentDays(deps.db, target.clinicId, target.patientId, { from, to });
  const { diaryLateEntryDays } = await clinicOperations(deps.db, target.clinicId);
  return { patientId: patient.id, today, timeZone: patient.time_zone, days: rows.map(toDayView), lateEntryDays: diaryLateEntryDays };
}
