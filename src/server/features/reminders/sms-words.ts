/**
 * The text of a reminder sent as a text message (issue 9 §6, ADR 0022): one short line in the
 * patient's reminder language and the link to the check-in, whole when the server knows its public
 * address (PUBLIC_URL), so one tap opens it. No more than the email says (reminder-words.ts): no
 * name, no clinic, no health detail, and a visit's reminder gives no date ("your next visit is
 * soon"), since a text is read on a lock screen and kept on the phone.
 */
import type { ReminderKind } from "#domain/reminders/reminders-due.ts";
import type { ReminderLanguage } from "./repository.ts";

type Variant = ReminderKind | "diary-earlier";

const LINES: Readonly<Record<ReminderLanguage, Readonly<Record<Variant, string>>>> = {
  en: {
    diary: "Time for today's diary:",
    "diary-earlier": "Yesterday's diary is empty:",
    questionnaire: "A short questionnaire is waiting:",
    visit: "Your next visit is soon. See when:",
  },
  es: {
    diary: "Es la hora del diario de hoy:",
    "diary-earlier": "El diario de ayer está vacío:",
    questionnaire: "Tiene un cuestionario corto:",
    visit: "Su próxima cita se acerca. Vea cuándo:",
  },
};

/** Without PUBLIC_URL a path is all the server can give: it says where to go once signed in. */
const SIGN_IN_THEN: Readonly<Record<ReminderLanguage, string>> = { en: "sign in to Cephalog and open", es: "entre en Cephalog y abra" };

/**
 * A reminder's text message: its line and the link; a diary reminder about an earlier day says so.
 * @example smsText("diary", "/today", "en", "https://cephalog.example.org") // "Time for today's diary: https://cephalog.example.org/today"
 * @example smsText("visit", "/today", "es", null) // "Su próxima cita se acerca. Vea cuándo: entre en Cephalog y abra /today"
 */
export function smsText(kind: ReminderKind, link: string, language: ReminderLanguage, publicUrl: string | null): string {
  const variant: Variant = kind === "diary" && link !== "/today" ? "diary-earlier" : kind;
  const where = publicUrl === null ? `${SIGN_IN_THEN[language]} ${link}` : `${publicUrl}${link}`;
  return `${LINES[language][variant]} ${where}`;
}
