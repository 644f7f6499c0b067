/**
 * Assessments over the API (ADR 0010): a stored patient's current view, or a record sent as
 * `cephalog assess` reads it, assessed by the one `assess` of src/domain/assess. The answer is
 * the domain's assessment itself, evidence included.
 */
import type { AssessmentWithEvidence, RecordAssessment } from "#contracts/api/assessment.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { assess } from "#domain/assess/assess.ts";
import type { Assessment } from "#domain/assess/assessment.ts";
import { addDays, daysBetween, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientRecord, PolicyId } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { recordInvalid } from "../../shared/record-issues.ts";
import { hostLocalDate, localDateAt } from "../../shared/time-zone.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";

/** The policy when neither the request nor the record names one (assess-contract.md). */
const DEFAULT_POLICY: PolicyId = "us-label";

/**
 * The most 28-day windows one API assessment lists (about 76 years of diary). The rules list
 * every window back to the earliest diary date (pathway-rules §1); a stray date centuries back
 * would otherwise make one request compute and send megabytes.
 */
export const MAX_ASSESSMENT_WINDOWS = 1000;
const WINDOW_DAYS = 28;
/** A stored patient's assessment reads the diary of the last 1000 windows ending asOf, no further back. */
export const STORED_LOOK_BACK_DAYS = MAX_ASSESSMENT_WINDOWS * WINDOW_DAYS;

/** The earliest date a diary may be read from. */
const DIARY_START = plainDate("0001-01-01");

/**
 * The first day a stored patient's assessment reads: the first day of window 1000 counting back
 * from `asOf` (or the earliest date there is). Older days, such as a mistyped year saved before
 * dates before birth were refused, are left out rather than making every assessment of the
 * patient a 400: a stored patient's assessment is never refused for its data.
 */
export function storedLookBackStart(asOf: PlainDate): PlainDate {
  return daysBetween(DIARY_START, asOf) < STORED_LOOK_BACK_DAYS ? DIARY_START : addDays(asOf, -(STORED_LOOK_BACK_DAYS - 1));
}

export interface AssessmentChoice {
  readonly asOf?: PlainDate | undefined;
  readonly policy?: PolicyId | undefined;
}

type Writable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : { -readonly [K in keyof T]: Writable<T[K]> };

/** The domain's assessment as the API's answer: the same object (readonly is compile-time only; it is serialized, never changed). */
function toAnswer(assessment: Assessment): AssessmentWithEvidence {
  const answer: Writable<Assessment> = assessment as Writable<Assessment>;
  return answer;
}

/**
 * Refuses a sent record whose assessment would list more than 1000 windows, naming what the
 * sender can change: `asOf` when they sent one (in the query or the record), else the earliest
 * diary date (the assessment date is then the server's today, which they did not choose).
 */
function refuseTooManyWindows(record: PatientRecord, asOf: PlainDate, asOfSent: boolean): void {
  let earliest: { date: PlainDate; index: number } | undefined;
  for (const [index, day] of record.diary.entries()) {
    if (day.date <= asOf && (earliest === undefined || day.date < earliest.date)) earliest = { date: day.date, index };
  }
  if (earliest === undefined) return;
  if (Math.floor(daysBetween(earliest.date, asOf) / WINDOW_DAYS) + 1 <= MAX_ASSESSMENT_WINDOWS) return;
  const why = `an assessment lists at most ${MAX_ASSESSMENT_WINDOWS} windows`;
  if (asOfSent) throw invalidField("asOf", `must be less than ${STORED_LOOK_BACK_DAYS} days after the earliest diary date (${why})`);
  throw invalidField(`diary[${earliest.index}].date`, `must be less than ${STORED_LOOK_BACK_DAYS} days before the assessment date (${why}); check the year, or send an asOf`);
}

/**
 * A clinic patient's assessment as of `asOf` (default: the patient's today in their time zone)
 * under `policy` (default: the clinic's), on the diary of the last 1000 windows. The patient,
 * policy and the whole record (loadPatientRecord: diary, history, trials, sessions, other doses,
 * questionnaires, side effects) are read as one snapshot, so a save committed meanwhile is in all
 * of them or in none.
 */
export async function assessStoredPatient(
  deps: ServiceDeps,
  target: { clinicId: string; patientId: string },
  choice: AssessmentChoice,
): Promise<AssessmentWithEvidence> {
  const { record, asOf, policy } = await readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const policy = choice.policy ?? (await clinicPolicy(tx, target.clinicId));
    const asOf = choice.asOf ?? localDateAt(deps.clock(), patient.time_zone);
    const record = await loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(asOf), diaryTo: asOf });
    return { record, asOf, policy };
  });
  return toAnswer(assess(record, { asOf, policy, settings: DEFAULT_SETTINGS }));
}

/**
 * A sent patient record assessed exactly as `cephalog assess` would: the same validation (a
 * problem is a `validation_failed` naming each JSON path), the same defaults (the request's
 * asOf and policy, then the record's, then the server's local date and us-label), and a
 * warning per unknown field.
 */
export function assessSentRecord(deps: ServiceDeps, body: unknown, choice: AssessmentChoice): RecordAssessment {
  const parsed = parsePatientRecord(body);
  if (!parsed.ok) throw recordInvalid("The patient record", parsed.issues);
  const { record, settings, unknownFields } = parsed.value;
  const sentAsOf = choice.asOf ?? parsed.value.asOf;
  const asOf = sentAsOf ?? hostLocalDate(deps.clock());
  const policy = choice.policy ?? parsed.value.policy ?? DEFAULT_POLICY;
  refuseTooManyWindows(record, asOf, sentAsOf !== undefined);
  return { ...toAnswer(assess(record, { asOf, policy, settings })), warnings: unknownFields.map((path) => `unknown field ${path}`) };
}
