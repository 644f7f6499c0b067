/**
 * The words of a reminder, in the language the patient's app was in when they saved their
 * settings (English until then). Plain words and a link only (ADR 0018): a push service, a mail
 * server or a lock screen sees them, so no health data, no name, no clinic.
 */
import type { ReminderKind } from "#domain/reminders/reminders-due.ts";
import type { ReminderLanguage } from "./repository.ts";

export interface ReminderWords {
  readonly subject: string;
  readonly body: string;
}

type Variant = ReminderKind | "diary-earlier";

const WORDS: Readonly<Record<ReminderLanguage, Readonly<Record<Variant, ReminderWords>>>> = {
  en: {
    diary: { subject: "How was today?", body: "Tap to fill in today's diary. It takes a few seconds." },
    "diary-earlier": { subject: "Yesterday's diary is empty", body: "Tap to fill it in. It takes a few seconds." },
    questionnaire: { subject: "A short questionnaire is waiting", body: "Tap to answer it. It takes about two minutes." },
    visit: { subject: "Your next visit is soon", body: "Tap to see when it is." },
  },
  es: {
    diary: { subject: "¿Qué tal hoy?", body: "Toque para rellenar el diario de hoy. Son unos segundos." },
    "diary-earlier": { subject: "El diario de ayer está vacío", body: "Toque para rellenarlo. Son unos segundos." },
    questionnaire: { subject: "Tiene un cuestionario corto", body: "Toque para contestarlo. Son unos dos minutos." },
    visit: { subject: "Su próxima cita se acerca", body: "Toque para ver cuándo es." },
  },
};

/** The words of a reminder; a diary reminder about an earlier day says so. */
export function reminderWords(kind: ReminderKind, link: string, language: ReminderLanguage): ReminderWords {
  const variant: Variant = kind === "diary" && link !== "/today" ? "diary-earlier" : kind;
  return WORDS[language][variant];
}
