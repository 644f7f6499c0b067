/**
 * The diary's words that depend on data, in the reader's language (the "diary" catalogue): a
 * day's answers as a sentence, a band or hours, a medicine's name, and dates for the strip.
 * The English catalogue is typed over the domain's lists, so a new band, class or feature fails
 * to compile until it has words.
 */
import type { TFunction } from "i18next";
import type { AcuteMedicationClass, DiaryAnswers, DurationBand, HeadacheFeature } from "#domain/shared/record.ts";
import { HEADACHE_FEATURES } from "#domain/shared/record.ts";
import type { Language } from "#web/i18n/languages.ts";
import { dateTimeFormat, formatList } from "#web/i18n/locale-format.ts";
import { diary as english } from "#web/i18n/locales/en/diary.ts";

/** `t` for the "diary" namespace and the reader's language. */
export interface DiaryWords {
  readonly t: TFunction<"diary">;
  readonly language: Language;
}

// Compile-time checks: every band, class and feature has its words.
const BANDS: Readonly<Record<DurationBand, string>> = english.duration;
const CLASSES: Readonly<Record<AcuteMedicationClass, string>> = english.classes;
const FEATURES: Readonly<Record<HeadacheFeature, string>> = english.features;
void BANDS;
void CLASSES;
void FEATURES;

const LOCALE: Readonly<Record<Language, string>> = { en: "en-GB", es: "es-ES" };
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

export function bandLabel(band: DurationBand, t: DiaryWords["t"]): string {
  return t(`duration.${band}`);
}

export function classLabel(medicationClass: AcuteMedicationClass, t: DiaryWords["t"]): string {
  return t(`classes.${medicationClass}`);
}

/** A medicine as the patient knows it: its own name, else its kind. */
export function medicineLabel(medication: { readonly name?: string | undefined; readonly class: AcuteMedicationClass }, t: DiaryWords["t"]): string {
  return medication.name ?? classLabel(medication.class, t);
}

/** How long, as chosen: the band in lower case inside a sentence, or the hours of an older entry. */
export function durationInSentence(answers: Pick<DiaryAnswers, "hours" | "duration">, { t, language }: DiaryWords): string {
  if (answers.duration !== undefined) return bandLabel(answers.duration, t).toLocaleLowerCase(LOCALE[language]);
  return t("summary.hours", { count: answers.hours ?? 0 });
}

/**
 * A day's answers as plain sentences, for the saved day and the strip's screen-reader names.
 * @example describeDay({ headache: false }, words) // "No headache."
 */
export function describeDay(answers: DiaryAnswers, words: DiaryWords): string {
  const { t, language } = words;
  if (!answers.headache) return t("summary.noHeadache");
  const severity = answers.severity === 1 || answers.severity === 2 || answers.severity === 3 ? answers.severity : 1;
  const parts = [t("summary.headache", { what: t(`summary.what${severity}`), duration: durationInSentence(answers, words) })];
  const features = HEADACHE_FEATURES.filter((feature) => answers.features?.[feature] === true).map((feature) => t(`features.${feature}`).toLocaleLowerCase(LOCALE[language]));
  if (features.length > 0) parts.push(`${formatList(features, language)}.`.replace(/^./, (c) => c.toLocaleUpperCase(LOCALE[language])));
  const medications = answers.medications ?? [];
  if (medications.length > 0) {
    const taken = medications.map((m) => {
      const name = medicineLabel(m, t);
      return m.relief === true ? t("summary.helped", { name }) : m.relief === false ? t("summary.notHelped", { name }) : name;
    });
    parts.push(t("summary.took", { list: formatList(taken, language) }));
  } else {
    parts.push(t("summary.noMedicine"));
  }
  if (answers.note) parts.push(t("summary.note", { note: answers.note }));
  return parts.join(" ");
}

/** The short weekday of a date: "Mon" / "lun". */
export function weekdayShort(date: string, language: Language): string {
  return dateTimeFormat(language, { weekday: "short", timeZone: "UTC" }).format(utc(date)).replace(/\.$/, "");
}

/** The month of a date: "July" / "julio". */
export function monthLong(date: string, language: Language): string {
  return dateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(utc(date));
}
