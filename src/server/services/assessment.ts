/**
 * Assessments over the API (ADR 0010): a stored patient's current view, or a record sent as
 * `cephalog assess` reads it, assessed by the one `assess` of src/domain/assess. The answer is
 * the domain's assessment itself, evidence included.
 */
import type { AssessmentWithEvidence, RecordAssessment } from "#contracts/api/assessment.ts";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { assess } from "#domain/assess/assess.ts";
import type { Assessment } from "#domain/assess/assessment.ts";
import { daysBetween, formatDate, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientRecord, PolicyId } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { invalidField } from "../app-error.ts";
import { currentDays, type CurrentDayRow } from "../db/repositories/diary-revisions.ts";
import type { PatientRow } from "../db/schema.ts";
import { clinicalFacts } from "./clinical-history.ts";
import { clinicPolicy } from "./clinic-settings.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadPatientOrNotFound } from "./diary.ts";
import { toDiaryDay } from "./diary-view.ts";
import { recordInvalid } from "./record-issues.ts";
import { localDateAt } from "./time-zone.ts";

/** The policy when neither the request nor the record names one (assess-contract.md). */
const DEFAULT_POLICY: PolicyId = "us-label";

/**
 * The most 28-day windows one API assessment lists (about 76 years of diary). The rules list
 * every window back to the earliest diary date (pathway-rules §1); a stray date centuries back
 * would otherwise make one request compute and send megabytes.
 */
export const MAX_ASSESSMENT_WINDOWS = 1000;
const WINDOW_DAYS = 28;

/** The earliest date the stored diary is read from: all of it. */
const DIARY_START = plainDate("0001-01-01");

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

function refuseTooManyWindows(record: PatientRecord, asOf: PlainDate): void {
  let earliest: PlainDate | undefined;
  for (const day of record.diary) if (day.date <= asOf && (earliest === undefined || day.date < earliest)) earliest = day.date;
  if (earliest === undefined) return;
  if (Math.floor(daysBetween(earliest, asOf) / WINDOW_DAYS) + 1 > MAX_ASSESSMENT_WINDOWS) {
    throw invalidField("asOf", `must be less than ${MAX_ASSESSMENT_WINDOWS * WINDOW_DAYS} days after the earliest diary date (an assessment lists at most ${MAX_ASSESSMENT_WINDOWS} windows)`);
  }
}

/**
 * A stored patient as a patient record: the current view of the diary (latest revision per
 * date), the birth date, and the current clinical history and preventive trials (ADR 0011; the
 * preventives absent when not recorded, [] when none were tried). Treatments, questionnaires,
 * other toxin doses and side-effect reports are not stored yet, so they are empty.
 */
export function storedPatientRecord(
  patient: PatientRow,
  diary: readonly CurrentDayRow[],
  clinical: Pick<PatientRecord, "history" | "preventives"> = {},
): PatientRecord {
  return {
    patient: { id: patient.id, birthDate: plainDate(patient.birth_date) },
    ...clinical,
    diary: diary.map(toDiaryDay),
    treatments: [],
    otherToxinDoses: [],
    questionnaires: [],
    sideEffectReports: [],
  };
}

/**
 * A clinic patient's assessment as of `asOf` (default: the patient's today in their time zone)
 * under `policy` (default: the clinic's).
 */
export async function assessStoredPatient(
  deps: ServiceDeps,
  target: { clinicId: string; patientId: string },
  choice: AssessmentChoice,
): Promise<AssessmentWithEvidence> {
  const patient = await loadPatientOrNotFound(deps.db, target.clinicId, target.patientId);
  const policy = choice.policy ?? (await clinicPolicy(deps.db, target.clinicId));
  const asOf = choice.asOf ?? localDateAt(deps.clock(), patient.time_zone);
  const rows = await currentDays(deps.db, target.clinicId, target.patientId, { from: DIARY_START, to: asOf });
  const record = storedPatientRecord(patient, rows, await clinicalFacts(deps.db, target));
  refuseTooManyWindows(record, asOf);
  return toAnswer(assess(record, { asOf, policy, settings: DEFAULT_SETTINGS }));
}

/** The date where the server runs: what `cephalog assess` uses without an as-of date. */
function serverLocalDate(now: Date): PlainDate {
  return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
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
  const asOf = choice.asOf ?? parsed.value.asOf ?? serverLocalDate(deps.clock());
  const policy = choice.policy ?? parsed.value.policy ?? DEFAULT_POLICY;
  refuseTooManyWindows(record, asOf);
  return { ...toAnswer(assess(record, { asOf, policy, settings })), warnings: unknownFields.map((path) => `unknown field ${path}`) };
}
