/**
 * Dates and numbers in the reader's language (issue 9 §7) for the translated screens. Calendar
 * dates are formatted in UTC, so the viewer's own time zone never shifts a day.
 */
import type { Language } from "./languages.ts";

const LOCALE: Readonly<Record<Language, string>> = { en: "en-GB", es: "es-ES" };

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * A calendar date, long: "Monday 20 July" / "lunes, 20 de julio".
 * @example formatDateLong("2026-07-20", "en") // "Monday 20 July"
 */
export function formatDateLong(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(utcDate(date));
}

/**
 * A calendar date, short with the year: "20 Jul 2026" / "20 jul 2026".
 * @example formatDateShort("2026-07-20", "en") // "20 Jul 2026"
 */
export function formatDateShort(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(utcDate(date));
}

/**
 * A number in the reader's language: 1,234.5 / 1234,5.
 * @example formatNumber(1234.5, "en") // "1,234.5"
 */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(LOCALE[language], options).format(value);
}
