/**
 * The languages of the patient app and Learn (issue 9 §7, ADR 0020): English complete and Spanish
 * complete. Each is named in its own language in the picker, so a person finds theirs.
 */
export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the picker. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", es: "Español" };

/** Where the person's choice is kept on this device. */
export const LANGUAGE_STORAGE_KEY = "cephalog.language";

/**
 * The supported language a BCP 47 tag falls under, or null.
 * @example supportedLanguage("es-MX") // "es"
 * @example supportedLanguage("fr") // null
 */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  const base = (tag ?? "").toLowerCase().split("-")[0];
  return (LANGUAGES as readonly string[]).includes(base ?? "") ? (base as Language) : null;
}
