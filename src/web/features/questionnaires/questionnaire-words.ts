/**
 * Questionnaires in words: plain ones for patients (design.md: nothing that could alarm, no
 * numbers without words) and clinical ones for staff. The grades and change come from the domain
 * (pathway-rules §9); only their wording is here.
 */
import type { Hit6Grade, MidasGrade } from "#domain/questionnaires/index.ts";
import type { QuestionnaireDueReason } from "#domain/questionnaires/questionnaire-due.ts";
import type { TFunction } from "i18next";
import type { Instrument } from "#domain/shared/record.ts";
import type { Language } from "#web/i18n/languages.ts";
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { questionnaires as english } from "#web/i18n/locales/en/questionnaires.ts";

/** `t` for the "questionnaires" namespace (the patient's words, English and Spanish). */
export type QuestionnaireT = TFunction<"questionnaires">;

/**
 * Each instrument's name for patients, with its short name.
 * @example instrumentName("MIDAS", t) // "Headache and daily life (MIDAS)"
 */
export function instrumentName(instrument: Instrument, t: QuestionnaireT): string {
  return t(`names.${instrument}`);
}

/** The English names, for English-only places; patient screens use instrumentName with their `t`. */
export const INSTRUMENT_NAMES: { readonly [I in Instrument]: string } = english.names;

/** What each asks about, and over what time. */
export function instrumentAbout(instrument: Instrument, t: QuestionnaireT): string {
  return t(`about.${instrument}`);
}

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

/**
 * A patient's score in plain, calm words: the number, what it means (never the clinical label),
 * and the change since last time.
 * @example patientScoreWords("MIDAS", 14, "III", -6, t)
 * // { headline: "Your MIDAS score is 14.", meaning: "Headaches cost you a fair number of days in the last 3 months.", change: "That is 6 lower than last time (lower is better)." }
 */
export function patientScoreWords(instrument: Instrument, score: number, grade: Hit6Grade | MidasGrade, change: number | null, t: QuestionnaireT) {
  return { headline: t("score.headline", { instrument, score }), meaning: t(`grades.${grade}`), change: changeWords(change, t) };
}

/**
 * The change since the last score, in words (lower is better on both).
 * @example changeWords(3, t) // "That is 3 higher than last time."
 * @example changeWords(null, t) // null
 */
export function changeWords(change: number | null, t: QuestionnaireT): string | null {
  if (change === null) return null;
  if (change === 0) return t("score.same");
  return change < 0 ? t("score.lower", { count: -change }) : t("score.higher", { count: change });
}

/**
 * Why it is asked now, for the patient.
 * @example dueReasonWords("before-visit", "2026-03-12", t, "en") // "Before your visit on Thursday 12 March"
 */
export function dueReasonWords(reason: QuestionnaireDueReason, visitDate: string | null, t: QuestionnaireT, language: Language): string {
  if (reason === "before-visit" && visitDate !== null) return t("due.beforeVisit", { date: formatDateLong(visitDate, language) });
  return t("due.baseline");
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
