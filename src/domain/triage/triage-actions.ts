/**
 * What the patient is told and what the clinic gets at each triage level (pathway-rules §10).
 * Red follows the boxed warning's advice to seek care at once and stop dosing until reviewed
 * (clinical-facts.md §4, §5.4); amber is the clinic's one-working-day call; green is self-care.
 */
import type { TriageLevel } from "./triage-levels.ts";

/** Machine-readable actions, so the server can raise the alert, the task or the dose hold. */
export const TRIAGE_ACTION_CODES = [
  "seek_emergency_care",
  "urgent_clinic_alert",
  "hold_next_dose",
  "clinic_call_within_one_working_day",
  "clinic_task",
  "self_care_advice",
  "record_for_next_visit",
] as const;
export type TriageActionCode = (typeof TRIAGE_ACTION_CODES)[number];

/** One action: who it is for, its code and its plain-English wording. */
export interface TriageAction {
  readonly code: TriageActionCode;
  readonly audience: "patient" | "clinic";
  readonly text: string;
}

/** The actions of each level, the patient's instruction first. */
export const TRIAGE_ACTIONS: Readonly<Record<TriageLevel, readonly TriageAction[]>> = Object.freeze({
  red: [
    { code: "seek_emergency_care", audience: "patient", text: "Seek emergency care now: call your emergency number or go to the nearest emergency department, and say you have had botulinum toxin injections." },
    { code: "urgent_clinic_alert", audience: "clinic", text: "Urgent clinic alert: a possible serious reaction (distant spread of toxin effect or allergy) was reported." },
    { code: "hold_next_dose", audience: "clinic", text: "Next dose on hold until a clinician has reviewed this report." },
  ],
  amber: [
    { code: "clinic_call_within_one_working_day", audience: "patient", text: "The clinic will call you within one working day. If it gets worse, or you have trouble swallowing, breathing or speaking, seek emergency care now." },
    { code: "clinic_task", audience: "clinic", text: "Clinic task: call the patient within one working day and document the side effect." },
  ],
  green: [
    { code: "self_care_advice", audience: "patient", text: "Self-care: these effects usually settle within days. Contact the clinic if they get worse or new symptoms appear." },
    { code: "record_for_next_visit", audience: "clinic", text: "Recorded for the next visit." },
  ],
});

/**
 * The actions of a level, the patient's instruction first.
 * @example triageActions("amber").map((a) => a.code) // ["clinic_call_within_one_working_day", "clinic_task"]
 */
export function triageActions(level: TriageLevel): readonly TriageAction[] {
  return TRIAGE_ACTIONS[level];
}
