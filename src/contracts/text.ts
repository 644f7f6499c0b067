/**
 * Text fields of every contract: no control characters. PostgreSQL cannot store U+0000 in a text
 * column (error 22021) nor in a jsonb string (22P05), so a NUL sent in a name would otherwise
 * reach the database and fail there; the other C0 controls (U+0001-U+001F) and DEL are never
 * meant in a name, an email or a drug, and would print badly in a list or an export. Free text
 * (a note, a reason) keeps tab and line breaks. The message names the field, never the value.
 */
import { z } from "zod";

const DEL = 0x7f;
const FIRST_PRINTABLE = 0x20;
/** Tab, line feed and carriage return: what free text may hold among the controls. */
const LINE_BREAKS_AND_TAB: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0d]);
const NONE: ReadonlySet<number> = new Set();

/** Whether any UTF-16 unit of `value` is a C0 control or DEL, other than those `allowed`. */
function holdsControl(value: string, allowed: ReadonlySet<number>): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < FIRST_PRINTABLE || code === DEL) && !allowed.has(code)) return true;
  }
  return false;
}

const HIGH_SURROGATES = [0xd800, 0xdbff] as const;
const LOW_SURROGATES = [0xdc00, 0xdfff] as const;
const within = (code: number, [low, high]: readonly [number, number]) => code >= low && code <= high;

/**
 * Whether a string holds a lone UTF-16 surrogate: JSON may carry `"\ud800"`, but such a string is
 * not Unicode text, cannot be written as UTF-8 and is refused by PostgreSQL's jsonb (issue 7,
 * finding 4: a medicine name with one reached the database as a 500). String.isWellFormed says
 * the same, but the web app's library level does not have it yet.
 * @example hasLoneSurrogate("Sumatriptan \ud800") // true
 * @example hasLoneSurrogate("Sumatriptan 😀") // false
 */
export function hasLoneSurrogate(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (within(code, HIGH_SURROGATES)) {
      if (!within(value.charCodeAt(index + 1), LOW_SURROGATES)) return true;
      index += 1;
    } else if (within(code, LOW_SURROGATES)) return true;
  }
  return false;
}

export const NOT_UNICODE_MESSAGE = "must be valid Unicode text (it holds a lone surrogate such as U+D800)";

export const CONTROL_CHARACTER_MESSAGE = "must not contain control characters (such as U+0000)";
export const FREE_TEXT_CONTROL_CHARACTER_MESSAGE = "must not contain control characters other than tab and line breaks";

/**
 * Whether a one-line text holds a control character.
 * @example hasControlCharacters("Topiramate\u0000") // true
 * @example hasControlCharacters("Topiramate 50 mg") // false
 */
export function hasControlCharacters(value: string): boolean {
  return holdsControl(value, NONE);
}

/**
 * Whether free text holds a control character other than tab and line breaks.
 * @example hasFreeTextControlCharacters("line one\nline two") // false
 * @example hasFreeTextControlCharacters("bell\u0007") // true
 */
export function hasFreeTextControlCharacters(value: string): boolean {
  return holdsControl(value, LINE_BREAKS_AND_TAB);
}

/**
 * A one-line string (a name, an email, a drug, an identifier): refused with the field named when
 * it holds a control character. Chain the field's own checks after it (`.trim().min(1).max(200)`).
 * @example singleLineText().safeParse("Ann\u0000").success // false
 */
export function singleLineText() {
  return unicodeText().refine((value) => !hasControlCharacters(value), { message: CONTROL_CHARACTER_MESSAGE, abort: true });
}

/**
 * Free text (a note, a reason): tab and line breaks allowed, other control characters refused.
 * @example freeText().safeParse("first\nsecond").success // true
 */
export function freeText() {
  return unicodeText().refine((value) => !hasFreeTextControlCharacters(value), { message: FREE_TEXT_CONTROL_CHARACTER_MESSAGE, abort: true });
}

/** A string that is Unicode text: a lone surrogate is refused with the field named, first. */
function unicodeText() {
  return z.string().refine((value) => !hasLoneSurrogate(value), { message: NOT_UNICODE_MESSAGE, abort: true });
}
