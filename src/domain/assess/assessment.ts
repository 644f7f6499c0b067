/**
 * The assessment of one patient record: the shape `cephalog assess` prints (assess-contract.md,
 * "Output", schema `cephalog.assessment/1`). Every field is present; a part that does not apply
 * is null, never absent. Parts carry a few extra fields from the domain modules (e.g. the
 * criteria's `evidence`), which the contract welcomes.
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { PolicyId } from "../shared/record.ts";
import type { PathwaySettings } from "../shared/settings.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import type { ChronicMigraineDecision } from "../diagnosis/chronic-migraine.ts";
import type { MedicationOveruseDecision } from "../diagnosis/medication-overuse.ts";
import type { EligibilityDecision } from "../eligibility/criterion.ts";
import type { TreatmentSchedule } from "../scheduling/treatment-schedule.ts";
import type { InjectionCheck } from "../injections/validate-session.ts";
import type { ResponseAssessment } from "../outcomes/assess-response.ts";
import type { WearingOff } from "../outcomes/wearing-off.ts";
import type { ScoredQuestionnaire } from "../questionnaires/score-questionnaires.ts";
import type { TriagedReport } from "../triage/triage-reports.ts";

/** The output's schema name; a new one only when a name or meaning changes. */
export const ASSESSMENT_SCHEMA = "cephalog.assessment/1";

/** The options an assessment is made under: the date `A`, the policy and the settings in force. */
export interface AssessOptions {
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  readonly settings: PathwaySettings;
}

/** One assessment, its parts in the contract's order. */
export interface Assessment {
  readonly schema: typeof ASSESSMENT_SCHEMA;
  /** The version of pathway-rules.md applied. */
  readonly rulesVersion: string;
  readonly patientId: string;
  readonly asOf: PlainDate;
  readonly policy: PolicyId;
  /** Every configurable value used (pathway-rules: values marked "config"). */
  readonly settings: PathwaySettings;
  /** W1 first, down to the window holding the earliest diary date on or before `A`; at least W1-W3 (§1). */
  readonly windows: readonly WindowCounts[];
  /** §3. */
  readonly chronicMigraine: ChronicMigraineDecision;
  /** §4; `windows` is an extra field: each window's rules. */
  readonly medicationOveruse: MedicationOveruseDecision;
  /** §5: exactly the policy's criteria. */
  readonly eligibility: EligibilityDecision;
  /** §7; null when there is no session on or before `A`. */
  readonly treatment: TreatmentSchedule | null;
  /** §6: one per session on or before `A`, in date order. */
  readonly injectionChecks: readonly InjectionCheck[];
  /** §8. */
  readonly response: ResponseAssessment;
  /** §9: one per questionnaire on or before `A`, in date order. */
  readonly questionnaires: readonly ScoredQuestionnaire[];
  /** §8: one per session on or before `A` whose cycle has ended. */
  readonly wearingOff: readonly WearingOff[];
  /** §10: one per report on or before `A`, in date order. */
  readonly sideEffects: readonly TriagedReport[];
}
