/**
 * Questionnaires in words: plain ones for patients (design.md: nothing that could alarm, no
 * numbers without words) and clinical ones for staff. The grades and change come from the domain
 * (pathway-rules §9); only their wording is here.
 */
import type { Hit6Grade, MidasGrade } from "#domain/questionnaires/index.ts";
import type { QuestionnaireDueReason } from "#domain/questionnaires/questionnaire-due.ts";
import type { Instrument } from "#domain/shared/record.ts";
import { formatLongDate } from "#web/ui/format.ts";

/** Each instrument's name for patients, with its short name. */
export const INSTRUMENT_NAMES: { readonly [I in Instrument]: string } = {
  "HIT-6": "Headache impact (HIT-6)",
  MIDAS: "Headache and daily life (MIDAS)",
};

/** What each asks about, and over what time. */
export const INSTRUMENT_ABOUT: { readonly [I in Instrument]: string } = {
  "HIT-6": "6 questions about how headaches affected you in the last 4 weeks.",
  MIDAS: "7 questions about days lost to headaches in the last 3 months.",
};

/** The part of the address that names an instrument: /questionnaires/hit-6, /questionnaires/midas. */
export const INSTRUMENT_SLUGS: { readonly [I in Instrument]: string } = { "HIT-6": "hit-6", MIDAS: "midas" };

/**
 * The instrument an address names, or null.
 * @example instrumentOfSlug("midas") // "MIDAS"
 */
export function instrumentOfSlug(slug: string): Instrument | null {
  if (slug === "hit-6") return "HIT-6";
  if (slug === "midas") return "MIDAS";
  return null;
}

const PATIENT_GRADE_WORDS: { readonly [G in Hit6Grade | MidasGrade]: string } = {
  "little-or-none": "Headaches had little or no effect on your daily life in the last 4 weeks.",
  some: "Headaches had some effect on your daily life in the last 4 weeks.",
  substantial: "Headaches had a marked effect on your daily life in the last 4 weeks.",
  severe: "Headaches had a large effect on your daily life in the last 4 weeks.",
  I: "Headaches cost you few or no days in the last 3 months.",
  II: "Headaches cost you some days in the last 3 months.",
  III: "Headaches cost you a fair number of days in the last 3 months.",
  IV: "Headaches cost you many days in the last 3 months.",
};

/**
 * A patient's score in plain, calm words: the number, what it means, and the change since last time.
 * @example patientScoreWords("MIDAS", 14, "III", -6)
 * // { headline: "Your MIDAS score is 14.", meaning: "Headaches cost you a fair number of days in the last 3 months.", change: "That is 6 lower than last time (lower is better)." }
 */
export function patientScoreWords(instrument: Instrument, score: number, grade: Hit6Grade | MidasGrade, change: number | null) {
  return { headline: `Your ${instrument} score is ${score}.`, meaning: PATIENT_GRADE_WORDS[grade], change: changeWords(change) };
}

/**
 * The change since the last score, in words (lower is better on both).
 * @example changeWords(3) // "That is 3 higher than last time."
 * @example changeWords(null) // null
 */
export function changeWords(change: number | null): string | null {
  if (change === null) return null;
  if (change === 0) return "That is the same as last time.";
  return change < 0 ? `That is ${-change} lower than last time (lower is better).` : `That is ${change} higher than last time.`;
}

/**
 * Why it is asked now, for the patient.
 * @example dueReasonWords("before-visit", "2026-03-12") // "Before your visit on Thursday 12 March"
 */
export function dueReasonWords(reason: QuestionnaireDueReason, visitDate: string | null): string {
  if (reason === "before-visit" && visitDate !== null) return `Before your visit on ${formatLongDate(visitDate)}`;
  return "Before your treatment starts";
}

/** Each grade for staff, with its range (pathway-rules §9). */
export const STAFF_GRADE_LABELS: { readonly [G in Hit6Grade | MidasGrade]: string } = {
  "little-or-none": "Little or no impact (≤49)",
  some: "Some impact (50-55)",
  substantial: "Substantial impact (56-59)",
  severe: "Severe impact (≥60)",
  I: "Grade I, little or none (0-5)",
  II: "Grade II, mild (6-10)",
  III: "Grade III, moderate (11-20)",
  IV: "Grade IV, severe (≥21)",
};

/** A grade label for the chart's bands, whatever string it is given. */
export function staffGradeLabel(grade: string): string {
  return grade in STAFF_GRADE_LABELS ? STAFF_GRADE_LABELS[grade as Hit6Grade | MidasGrade] : grade;
}

/**
 * The change for staff, signed, with what it means (HIT-6: a fall of 5 or more; MIDAS: the AHS rule).
 * @example staffChangeWords(-6, true) // "−6, meaningful improvement"
 * @example staffChangeWords(null, null) // "first"
 */
export function staffChangeWords(change: number | null, meaningful: boolean | null): string {
  if (change === null) return "first";
  const signed = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : "0";
  return meaningful ? `${signed}, meaningful improvement` : signed;
}
