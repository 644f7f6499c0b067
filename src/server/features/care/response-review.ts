/**
 * The response review of a stored patient (pathway-rules §8; contracts/api/response-review.ts):
 * the same assessment `GET .../assessment` answers for the date and policy, with what the review
 * lays out beside it, every figure from src/domain: when the review opens, the baseline and
 * evaluation windows day by day with their counts, and HIT-6 and MIDAS against their baseline.
 * A decision recomputes it in its own transaction and keeps it as its basis.
 */
import { createHash } from "node:crypto";
import { responseReviewSchema, type ResponseReview, type ReviewWindow } from "#contracts/api/response-review.ts";
import { assess } from "#domain/assess/assess.ts";
import type { Assessment } from "#domain/assess/assessment.ts";
import type { DateRange, DiaryContext } from "#domain/diary/diary-context.ts";
import { countDays } from "#domain/diary/window-counts.ts";
import { evaluationWindowEnding, treatmentTimeline } from "#domain/outcomes/treatment-timeline.ts";
import { instrumentReviews } from "#domain/pathway/review-questionnaires.ts";
import { reviewSchedule } from "#domain/pathway/review-schedule.ts";
import { windowDays } from "#domain/pathway/window-days.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientRecord, PolicyId } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { storedLookBackStart } from "../assessment/assessment.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";

export interface ReviewChoice {
  readonly asOf?: PlainDate | undefined;
  readonly policy?: PolicyId | undefined;
}

function reviewWindow(record: PatientRecord, range: DateRange, context: DiaryContext): ReviewWindow {
  const counts = countDays(record.diary, range, context);
  return {
    start: range.start,
    end: range.end,
    daysRecorded: counts.daysRecorded,
    complete: counts.complete,
    daysNeeded: Math.max(0, context.settings.minRecordedDays - counts.daysRecorded),
    anyHeadacheDays: counts.anyHeadacheDays,
    headacheDays: counts.headacheDays,
    migraineDays: counts.migraineDays,
    acuteMedicationDays: counts.acuteMedicationDays,
    days: windowDays(record.diary, range, context),
  };
}

/**
 * The fingerprint of a review: sha256 over its JSON without the fingerprint. A review is built
 * in the contract's key order (parsed by its schema), so the same figures give the same text.
 */
function fingerprintOf(review: Omit<ResponseReview, "fingerprint">): string {
  return createHash("sha256").update(JSON.stringify(review)).digest("hex");
}

/**
 * The review of a record already assessed: the assessment as the API answers it (parsed by the
 * contract, so it equals `GET .../assessment`), with the review's windows, schedule and scores.
 */
export function buildResponseReview(record: PatientRecord, assessment: Assessment): ResponseReview {
  const context: DiaryContext = { birthDate: record.patient.birthDate, settings: assessment.settings };
  const timeline = treatmentTimeline(record.treatments, assessment.asOf);
  const schedule = reviewSchedule(assessment.response, timeline);
  // Before the point is reached the window it will be judged on is shown as recorded so far.
  const evaluationRange = assessment.response.evaluationWindow ?? (schedule.current === null ? null : evaluationWindowEnding(schedule.current.opensOn));
  const parsed = responseReviewSchema.parse({
    asOf: assessment.asOf,
    policy: assessment.policy,
    fingerprint: "",
    sessions: timeline?.sessions ?? [],
    schedule,
    baseline: timeline === null ? null : reviewWindow(record, timeline.baselineWindow, context),
    evaluation: evaluationRange === null ? null : reviewWindow(record, evaluationRange, context),
    questionnaires: instrumentReviews(assessment.questionnaires, timeline),
    assessment,
  });
  const { fingerprint: _unset, ...figures } = parsed;
  return { ...parsed, fingerprint: fingerprintOf(figures) };
}

/**
 * A patient's review as of `asOf` (default: their today) under `policy` (default: the clinic's),
 * read on `tx` exactly as the stored patient's assessment reads the record.
 */
export async function reviewOn(tx: Executor, patient: PatientRow, choice: ReviewChoice, now: Date): Promise<ResponseReview> {
  const policy = choice.policy ?? (await clinicPolicy(tx, patient.clinic_id));
  const asOf = choice.asOf ?? localDateAt(now, patient.time_zone);
  const record = await loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(asOf), diaryTo: asOf });
  return buildResponseReview(record, assess(record, { asOf, policy, settings: DEFAULT_SETTINGS }));
}

/** The response review of a clinic's patient, read as one snapshot. */
export async function readResponseReview(deps: ServiceDeps, target: { clinicId: string; patientId: string }, choice: ReviewChoice): Promise<ResponseReview> {
  return readSnapshot(deps.db, async (tx) => reviewOn(tx, await loadPatientOrNotFound(tx, target.clinicId, target.patientId), choice, deps.clock()));
}
