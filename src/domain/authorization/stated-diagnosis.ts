/**
 * The chronic-migraine diagnosis a document states about a patient (the FHIR Condition, docs/fhir.md),
 * and its ICD-10-CM code by the packet's one rule (icd10-code.ts, ADR 0026), fed the packet's inputs:
 * the preventive trials judged on the diagnosis date, and the days with aura in W1-W3.
 *
 * Which date: before any session, the assessment's own (pathway-rules §3 on `A`). Once treatment
 * has started, the eve of the first session, as the renewal packet does (ADR 0026): the diary since
 * shows the response, and a responder no longer meets ICHD-3 1.3, which does not refute the
 * diagnosis they are treated for.
 */
import { assess, recordAsOf } from "../assess/assess.ts";
import type { Assessment } from "../assess/assessment.ts";
import type { ChronicMigraineStatus } from "../diagnosis/chronic-migraine.ts";
import type { DiaryContext } from "../diary/diary-context.ts";
import { countMatchingDays, type WindowCounts } from "../diary/window-counts.ts";
import { judgeTrials } from "../eligibility/preventives-failed.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { PatientRecord } from "../shared/record.ts";
import { chronicMigraineIcd10, type Icd10Proposal } from "./icd10-code.ts";

export interface StatedDiagnosis {
  /** The date the diagnosis is judged on. */
  readonly asOf: PlainDate;
  /** True when that date is the eve of the first session (treatment has started). */
  readonly beforeFirstSession: boolean;
  readonly status: ChronicMigraineStatus;
  /** The ICD-10-CM proposal of icd10-code.ts (no code unless met; aura days counted for the note). */
  readonly icd10: Icd10Proposal;
}

/**
 * The ICD-10-CM proposal for an assessment, with the inputs the packet gives the rule: trials
 * judged on the assessment's date, days with aura from the start of W3 to that date.
 * @example icd10ProposalOf(record, assess(record, options)).code // "G43.709"
 */
export function icd10ProposalOf(fullRecord: PatientRecord, assessment: Assessment): Icd10Proposal {
  const { asOf, settings } = assessment;
  const record = recordAsOf(fullRecord, asOf);
  const context: DiaryContext = { birthDate: record.patient.birthDate, settings };
  const firstThree = assessment.windows.slice(0, 3);
  const start = (firstThree[firstThree.length - 1] as WindowCounts).start;
  return chronicMigraineIcd10({
    chronicMigraine: assessment.chronicMigraine.status,
    trials: judgeTrials(record.preventives ?? [], asOf, settings),
    auraDays: countMatchingDays(record.diary, { start, end: asOf }, context, (day) => day.criteria.aura),
  });
}

/**
 * The diagnosis to state for a record assessed as `assessment`: judged on the assessment's date, or
 * on the eve of the first session once there is one (see the file comment).
 * @example statedDiagnosis(record, assess(record, { asOf, policy, settings })).status // "met"
 */
export function statedDiagnosis(record: PatientRecord, assessment: Assessment): StatedDiagnosis {
  const baseline = assessment.response.baselineWindow;
  const judged = baseline === null ? assessment : assess(record, { asOf: baseline.end, policy: assessment.policy, settings: assessment.settings });
  return { asOf: judged.asOf, beforeFirstSession: baseline !== null, status: judged.chronicMigraine.status, icd10: icd10ProposalOf(record, judged) };
}
