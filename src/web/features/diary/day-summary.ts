/**
 * How a saved day reads and looks: a sentence for screen readers and the summary, and its place
 * on the day scale (design.md, "Severity and day scale").
 */
import { classifyDay } from "#domain/diary/classify-day.ts";
import { isPlainDate, plainDate } from "#domain/shared/plain-date.ts";
import { HEADACHE_FEATURES, type DiaryAnswers } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { durationWords, FEATURE_LABELS, MEDICATION_LABELS, SEVERITY_LABELS } from "./labels.ts";

export type DayScale = "none" | "free" | "mild" | "moderate" | "severe";

/**
 * The day's place on the scale: headache-free, or its severity.
 * @example dayScale({ headache: true, hours: 5, severity: 2 }) // "moderate"
 */
export function dayScale(answers: DiaryAnswers | undefined): DayScale {
  if (!answers) return "none";
  if (!answers.headache) return "free";
  if (answers.severity === 3) return "severe";
  if (answers.severity === 2) return "moderate";
  return "mild";
}

/**
 * Whether the day counts as a migraine day, by the same domain rule the clinic uses
 * (pathway-rules §2), with the patient's birth date for the under-18 criterion B of 2 hours.
 */
export function isMigraineDay(date: string, answers: DiaryAnswers, birthDate?: string): boolean {
  const context = birthDate !== undefined && isPlainDate(birthDate) ? { birthDate, settings: DEFAULT_SETTINGS } : { settings: DEFAULT_SETTINGS };
  return classifyDay({ date: plainDate(date), ...answers }, context).migraine;
}

/**
 * A plain sentence for a day's answers.
 * @example describeAnswers({ headache: false }) // "No headache."
 */
export function describeAnswers(answers: DiaryAnswers): string {
  if (!answers.headache) {
    return "No headache.";
  }
  const severity = SEVERITY_LABELS[answers.severity ?? 0] ?? "";
  const parts = [`${severity} headache, ${durationWords(answers.hours ?? 0, answers.duration)}.`];
  const features = HEADACHE_FEATURES.filter((feature) => answers.features?.[feature] === true).map((feature) => FEATURE_LABELS[feature].toLowerCase());
  if (features.length > 0) parts.push(`${features.join(", ")}.`.replace(/^./, (c) => c.toUpperCase()));
  const medications = answers.medications ?? [];
  if (medications.length > 0) {
    const taken = medications.map((m) => `${MEDICATION_LABELS[m.class].toLowerCase()}${m.relief === true ? " (helped)" : m.relief === false ? " (did not help)" : ""}`);
    parts.push(`Took ${taken.join(", ")}.`);
  } else {
    parts.push("No medicine.");
  }
  return parts.join(" ");
}
