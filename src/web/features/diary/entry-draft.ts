/**
 * The answers being given for one day, step by step, and how they become the diary's answers
 * (pathway-rules §2: hours and severity are required on a headache day).
 */
import type { AcuteMedicationClass, DiaryAnswers, HeadacheFeature } from "#domain/shared/record.ts";
import { HEADACHE_FEATURES } from "#domain/shared/record.ts";

export interface DraftMedication {
  readonly class: AcuteMedicationClass;
  /** Did it help? Unanswered stays undefined (only `true` counts as relief, §2). */
  readonly relief?: boolean | undefined;
}

export interface EntryDraft {
  readonly headache: boolean | null;
  readonly hours: number | null;
  readonly severity: 1 | 2 | 3 | null;
  readonly features: Readonly<Partial<Record<HeadacheFeature, boolean>>>;
  readonly medications: readonly DraftMedication[];
}

export const EMPTY_DRAFT: EntryDraft = { headache: null, hours: null, severity: null, features: {}, medications: [] };

/** The steps of a headache day, one decision each (design.md, "One decision per screen"). */
export const ENTRY_STEPS = ["headache", "hours", "severity", "features", "medications"] as const;
export type EntryStep = (typeof ENTRY_STEPS)[number];

/**
 * Quick answers for "how long", each recorded as the least it means: the counting thresholds are
 * "at least" (4 h for a headache day and ICHD-3 criterion B, 2 h under 18; pathway-rules §2), so
 * a choice never counts a day that might not qualify. "All day" is 24.
 */
export const HOURS_CHOICES: readonly { readonly label: string; readonly hours: number }[] = [
  { label: "Less than 2 hours", hours: 1 },
  { label: "2 to under 4 hours", hours: 2 },
  { label: "4 to 8 hours", hours: 4 },
  { label: "More than 8 hours", hours: 8 },
  { label: "All day", hours: 24 },
];

/**
 * A draft from saved answers, to change a day.
 * @example draftFromAnswers({ headache: false }).headache // false
 */
export function draftFromAnswers(answers: DiaryAnswers): EntryDraft {
  if (!answers.headache) return { ...EMPTY_DRAFT, headache: false };
  const severity = answers.severity === 1 || answers.severity === 2 || answers.severity === 3 ? answers.severity : null;
  return {
    headache: true,
    hours: answers.hours ?? null,
    severity,
    features: { ...answers.features },
    medications: (answers.medications ?? []).map((medication) => ({ class: medication.class, relief: medication.relief })),
  };
}

/**
 * The answers a draft stands for; on a headache-free day nothing else is kept.
 * @example answersFromDraft({ ...EMPTY_DRAFT, headache: false }) // { headache: false }
 */
export function answersFromDraft(draft: EntryDraft): DiaryAnswers {
  if (draft.headache !== true) return { headache: false };
  const features: Partial<Record<HeadacheFeature, boolean>> = {};
  for (const feature of HEADACHE_FEATURES) if (draft.features[feature] === true) features[feature] = true;
  return {
    headache: true,
    hours: draft.hours ?? undefined,
    severity: draft.severity ?? undefined,
    features,
    medications: draft.medications.map((medication) => (medication.relief === undefined ? { class: medication.class } : { class: medication.class, relief: medication.relief })),
  };
}

/** Adds or removes a medicine class. */
export function toggleMedication(medications: readonly DraftMedication[], medicationClass: AcuteMedicationClass): DraftMedication[] {
  return medications.some((m) => m.class === medicationClass) ? medications.filter((m) => m.class !== medicationClass) : [...medications, { class: medicationClass }];
}

/** Sets (or clears, when the same answer is tapped again) whether a medicine helped. */
export function setRelief(medications: readonly DraftMedication[], medicationClass: AcuteMedicationClass, relief: boolean): DraftMedication[] {
  return medications.map((m) => (m.class === medicationClass ? { class: m.class, relief: m.relief === relief ? undefined : relief } : m));
}
