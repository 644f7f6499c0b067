/**
 * The closing line of an email that points into the app, in the reader's language: a patient's
 * reminders are in the language their app was in when they saved their reminder settings
 * (reminder_settings.language); every other email is English (staff, password reset, invitation).
 */
export type EmailLanguage = "en" | "es";

const WORDS: Readonly<Record<EmailLanguage, { readonly open: string; readonly signIn: string }>> = {
  en: { open: "Open it in Cephalog:", signIn: "Sign in to Cephalog and open" },
  es: { open: "Ábralo en Cephalog:", signIn: "Inicie sesión en Cephalog y abra" },
};

/**
 * The line after the message: the whole link when the server knows its public address, else the path to open once signed in.
 * @example closingLine("/today", "https://cephalog.example.org", "es") // "Ábralo en Cephalog: https://cephalog.example.org/today"
 * @example closingLine("/today", null, "en") // "Sign in to Cephalog and open /today"
 */
export function closingLine(link: string, publicUrl: string | null, language: EmailLanguage): string {
  const words = WORDS[language];
  return publicUrl === null ? `${words.signIn} ${link}` : `${words.open} ${publicUrl}${link}`;
}
