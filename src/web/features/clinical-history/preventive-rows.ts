/**
 * Preventive treatments as the clinician's table shows them, each judged by the clinical core's
 * own rule (`judgeTrials`, pathway-rules §5) as of the patient's today: how many days it was
 * tried and whether it counts as failed (ineffective only after 60 days), and the add/edit form's
 * fields.
 */
import { preventiveTrialBodySchema, type PreventiveTrialInput, type PreventiveTrialView } from "#contracts/api/clinical-history.ts";
import { judgeTrials } from "#domain/eligibility/preventives-failed.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { PREVENTIVE_CLASSES, PREVENTIVE_OUTCOMES, type PreventiveClass, type PreventiveOutcome } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { ApiError } from "#web/app/api-error.ts";
import { validate, type Validated } from "#web/app/validate.ts";
import { formatPlainDate } from "#web/ui/format.ts";
import { OUTCOME_LABELS, PREVENTIVE_CLASS_LABELS, dateRange, trialRow } from "#web/features/assessment/criterion-evidence.ts";

/** The days an ineffective trial must last to count as failed (the server assesses with the same defaults). */
export const MIN_TRIAL_DAYS = DEFAULT_SETTINGS.minPreventiveTrialDays;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const CLASS_OPTIONS = PREVENTIVE_CLASSES.map((value) => ({ value, label: capitalised(PREVENTIVE_CLASS_LABELS[value] ?? value) }));
export const OUTCOME_OPTIONS = PREVENTIVE_OUTCOMES.map((value) => ({ value, label: capitalised(OUTCOME_LABELS[value] ?? value) }));

export interface PreventiveRow {
  readonly id: string;
  readonly name: string;
  readonly drugClass: string;
  /** The dose as the clinician wrote it; null when not recorded. */
  readonly dose: string | null;
  readonly dates: string;
  readonly daysTried: string;
  readonly outcome: string;
  /** "Yes", or "No" with the reason. */
  readonly countsAsFailed: string;
}

/**
 * One trial as a table row, judged as of `today`.
 * @example preventiveRow({ id: "t1", revision: 1, name: "Topiramate", class: "antiepileptic", start: "2025-01-01",
 *   end: "2025-01-31", outcome: "ineffective", dose: null, recordedAt: "", recordedBy: { userId: "u1", name: "Cal" } }, "2026-07-20").countsAsFailed
 *   // "No: ineffective after 30 days (needs 60)"
 */
export function preventiveRow(trial: PreventiveTrialView, today: string): PreventiveRow {
  const start = plainDate(trial.start);
  const [judged] = judgeTrials([{ name: trial.name, class: trial.class, start, end: trial.end === null ? undefined : plainDate(trial.end), outcome: trial.outcome }], plainDate(today), DEFAULT_SETTINGS);
  const dates = trial.end === null ? `Since ${formatPlainDate(trial.start)}, still taking` : dateRange(trial.start, trial.end);
  const base = { id: trial.id, name: trial.name, drugClass: PREVENTIVE_CLASS_LABELS[trial.class] ?? trial.class, dose: trial.dose, dates, outcome: OUTCOME_LABELS[trial.outcome] ?? trial.outcome };
  // A trial starting after today (the patient's tomorrow is allowed) is not judged yet (pathway-rules §1).
  if (judged === undefined) return { ...base, daysTried: "not started", countsAsFailed: "Not yet: starts after today" };
  return { ...base, daysTried: String(judged.trialDays), countsAsFailed: trialRow({ ...judged }, MIN_TRIAL_DAYS).countsAsFailed };
}

/** The add/edit form's fields, as typed. */
export interface TrialDraft {
  readonly name: string;
  readonly class: PreventiveClass | "";
  readonly start: string;
  /** "" while the patient still takes it. */
  readonly end: string;
  readonly outcome: PreventiveOutcome | "";
  /** "" when not recorded (optional: the authorization packet shows it, the rules never read it). */
  readonly dose: string;
}

export const EMPTY_TRIAL: TrialDraft = { name: "", class: "", start: "", end: "", outcome: "", dose: "" };

export function draftOfTrial(trial: PreventiveTrialView): TrialDraft {
  return { name: trial.name, class: trial.class, start: trial.start, end: trial.end ?? "", outcome: trial.outcome, dose: trial.dose ?? "" };
}

const REQUIRED: readonly (keyof TrialDraft)[] = ["name", "class", "start", "outcome"];

/**
 * The form checked against the API's own schema before sending (an empty end is an ongoing
 * trial, an empty dose one not recorded); a field left empty is said to be required rather than
 * listing every allowed value.
 */
export function checkTrial(draft: TrialDraft): Validated<PreventiveTrialInput> {
  const checked = validate(preventiveTrialBodySchema, { ...draft, end: draft.end === "" ? null : draft.end, dose: draft.dose.trim() === "" ? null : draft.dose });
  if (checked.ok) return checked;
  const issues = checked.error.issues.map((issue) =>
    REQUIRED.some((field) => issue.path === field && draft[field].trim() === "") ? { path: issue.path, message: "is required" } : issue,
  );
  return { ok: false, error: new ApiError("validation_failed", checked.error.message, 400, issues) };
}
