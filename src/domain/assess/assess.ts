/**
 * The whole assessment of one patient record as of a date under a policy (assess-contract.md;
 * pathway-rules.md): the one composition of the clinical core, used by `cephalog assess` and
 * the app alike. Pure: the date, policy and settings are parameters.
 */
import { minDate, type PlainDate } from "../shared/plain-date.ts";
import type { PatientRecord } from "../shared/record.ts";
import { RULES_VERSION } from "../shared/settings.ts";
import type { DiaryContext } from "../diary/diary-context.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import { windowsAsOf } from "../diary/windows.ts";
import { assessChronicMigraine } from "../diagnosis/chronic-migraine.ts";
import { assessMedicationOveruse } from "../diagnosis/medication-overuse.ts";
import { assessEligibility } from "../eligibility/assess-eligibility.ts";
import { treatmentSchedule } from "../scheduling/treatment-schedule.ts";
import { checkSessions } from "../injections/check-sessions.ts";
import { assessResponse, type ResponseAssessment } from "../outcomes/assess-response.ts";
import { assessWearingOff } from "../outcomes/wearing-off.ts";
import { scoreQuestionnaires } from "../questionnaires/score-questionnaires.ts";
import { triageReports } from "../triage/triage-reports.ts";
import { ASSESSMENT_SCHEMA, type AssessOptions, type Assessment } from "./assessment.ts";

/**
 * The record as it stood on `A` (pathway-rules §1): everything dated after `A` is dropped, and a
 * preventive's `end` after `A` counts as `A`. Every module also ignores later entries; cutting
 * them here once makes that hold for the whole assessment by construction.
 * @example recordAsOf(record, plainDate("2026-06-30")).diary.every((d) => d.date <= "2026-06-30") // true
 */
export function recordAsOf(record: PatientRecord, asOf: PlainDate): PatientRecord {
  const onOrBefore = <T extends { readonly date: PlainDate }>(items: readonly T[]): T[] => items.filter((item) => item.date <= asOf);
  return {
    patient: record.patient,
    history: record.history,
    diary: onOrBefore(record.diary),
    preventives: record.preventives
      ?.filter((trial) => trial.start <= asOf)
      .map((trial) => (trial.end !== undefined && trial.end > asOf ? { ...trial, end: minDate(trial.end, asOf) } : trial)),
    treatments: onOrBefore(record.treatments),
    otherToxinDoses: onOrBefore(record.otherToxinDoses),
    questionnaires: onOrBefore(record.questionnaires),
    sideEffectReports: onOrBefore(record.sideEffectReports),
  };
}

/**
 * Assesses a patient record as of `A` under a policy: windows, chronic migraine, medication
 * overuse, eligibility, treatment schedule, injection checks, response, questionnaires,
 * wearing-off and side-effect triage, in the contract's order, every field present.
 * @example assess({ patient: { id: "p1" }, diary: [], treatments: [], otherToxinDoses: [],
 *   questionnaires: [], sideEffectReports: [] },
 *   { asOf: plainDate("2026-07-20"), policy: "us-label", settings: DEFAULT_SETTINGS }).eligibility.status
 *   // "insufficient-data"
 */
export function assess(fullRecord: PatientRecord, options: AssessOptions): Assessment {
  const { asOf, policy, settings } = options;
  const record = recordAsOf(fullRecord, asOf);
  const context: DiaryContext = { birthDate: record.patient.birthDate, settings };

  const windows = windowsAsOf(record.diary, asOf, context);
  const chronicMigraine = assessChronicMigraine({ windows, asOf, history: record.history, settings });
  const medicationOveruse = assessMedicationOveruse(record.diary, asOf, context);
  const eligibility = assessEligibility({
    policy,
    asOf,
    birthDate: record.patient.birthDate,
    history: record.history,
    preventives: record.preventives,
    w1: windows[0] as WindowCounts, // windowsAsOf always gives at least W1-W3
    chronicMigraine: chronicMigraine.status,
    medicationOveruse: medicationOveruse.status,
    settings,
  });
  const questionnaires = scoreQuestionnaires(record.questionnaires, asOf);

  return {
    schema: ASSESSMENT_SCHEMA,
    rulesVersion: RULES_VERSION,
    patientId: record.patient.id,
    asOf,
    policy,
    settings,
    windows,
    chronicMigraine,
    medicationOveruse,
    eligibility,
    treatment: treatmentSchedule(record.treatments, asOf, settings),
    injectionChecks: checkSessions(record, asOf, settings),
    response: inContractOrder(assessResponse({ policy, asOf, diary: record.diary, sessions: record.treatments, questionnaires, context })),
    questionnaires,
    wearingOff: assessWearingOff({ asOf, diary: record.diary, sessions: record.treatments, context }),
    sideEffects: triageReports(record.sideEffectReports, asOf),
  };
}

/**
 * The response's fields in the order assess-contract.md shows them, whatever its status, so
 * outputs diff cleanly from one run to the next.
 * @example Object.keys(inContractOrder(response))[2] // "evaluationPoint"
 */
export function inContractOrder(response: ResponseAssessment): ResponseAssessment {
  const { status, baselineWindow, evaluationPoint, baselineHeadacheDays, evaluationHeadacheDays, evaluationWindow, percentReduction,
    responder30, responder50, recommendation, reasons, reassessOn, ...extra } = response;
  return { status, baselineWindow, evaluationPoint, baselineHeadacheDays, evaluationHeadacheDays, evaluationWindow, percentReduction,
    responder30, responder50, recommendation, reasons, reassessOn, ...extra };
}
