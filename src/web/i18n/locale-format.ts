/**
 * Dates and numbers in the reader's language (issue 9 §7) for the translated screens. Calendar
 * dates are formatted in UTC, so the viewer's own time zone never shifts a day.
 */
import type { Language } from "./languages.ts";

const LOCALE: Readonly<Record<Language, string>> = { en: "en-GB", es: "es-ES" };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One Intl.DateTimeFormat per language and options, made once: making one is costly (a phone's
 * day strip asks for dozens per screen), using one is cheap.
 * @example dateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(new Date("2026-07-20")) // "July"
 */
export function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE[language], options)));
  return format;
}

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE[language], options)));
  return format;
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * A calendar date, long: "Monday 20 July" / "lunes, 20 de julio".
 * @example formatDateLong("2026-07-20", "en") // "Monday 20 July"
 */
export function formatDateLong(date: string, language: Language): string {
  return dateTimeFormat(language, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(utcDate(date));
}

/**
 * A calendar date, short with the year: "20 Jul 2026" / "20 jul 2026".
 * @example formatDateShort("2026-07-20", "en") // "20 Jul 2026"
 */
export function formatDateShort(date: string, language: Language): string {
  return dateTimeFormat(language, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(utcDate(date));
}

/**
 * A number in the reader's language: 1,234.5 / 1234,5.
 * @example formatNumber(1234.5, "en") // "1,234.5"
 */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(language, options).format(value);
}

/**
 * An instant in the viewer's zone with a 24-hour time: "20 Jul 2026, 14:05" / "20 jul 2026, 14:05".
 * @example formatInstantIn("2026-07-20T13:05:00Z", "en") // "20 Jul 2026, 14:05" in London
 */
export function formatInstantIn(instant: string | Date, language: Language): string {
  return dateTimeFormat(language, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(typeof instant === "string" ? new Date(instant) : instant);
}

/**
 * The time of an instant in the viewer's zone, 24-hour: "14:05" in both languages.
 * @example formatTimeIn(new Date("2026-07-20T13:05:00Z"), "es") // "14:05" in Madrid in winter
 */
export function formatTimeIn(instant: Date, language: Language): string {
  return dateTimeFormat(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/**
 * A list of phrases joined the reader's way: "a, b and c" / "a, b y c".
 * @example formatList(["bruising", "neck pain"], "en") // "bruising and neck pain"
 */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALE[language], { style: "long", type: "conjunction" }).format(items);
}

/**
 * A calendar date with the reader's own choice of parts (UTC, so never shifted a day).
 * @example formatDateWith("2026-07-01", "es", { month: "short", year: "numeric" }) // "jul 2026"
 */
export function formatDateWith(date: string, language: Language, options: Intl.DateTimeFormatOptions): string {
  return dateTimeFormat(language, { ...options, timeZone: "UTC" }).format(utcDate(date));
}
