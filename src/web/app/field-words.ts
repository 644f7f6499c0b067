/**
 * A field's problem in the patient's language (issue 9 §7): the contract's English fragments a
 * patient's form can meet are mapped to sentences of the `common` catalogue; any other keeps
 * `fieldMessage`'s English. Pure: the caller gives `t` fixed to the reader's language.
 */
import type { TFunction } from "i18next";
import type { FieldIssue } from "#contracts/api/errors.ts";
import type { Language } from "#web/i18n/languages.ts";
import { fieldMessage } from "./validate.ts";

type FieldKey = "required" | "email" | "code" | "passwordShort" | "passwordEmail" | "passwordWeak" | "passwordSame" | "passwordMismatch" | "hours" | "severity" | "band" | "tooLong" | "already";

/**
 * The contract's field fragments a patient's forms can meet (contracts/api/common.ts, auth.ts,
 * diary-answers.ts, diary.ts; the server's password check): each English sentence of the catalogue
 * reads exactly as `fieldMessage` of the fragment, so English is unchanged.
 */
const FIELD_KEYS: ReadonlyArray<readonly [RegExp, FieldKey]> = [
  [/^is required$/, "required"],
  [/^must be an email address$/, "email"],
  [/^must be the 6-digit code from your app\b/, "code"],
  [/^must be at least 10 characters$/, "passwordShort"],
  [/^must not contain your email address$/, "passwordEmail"],
  // The server's advice after the fixed fragment is already in the reader's language (it reads the request's Accept-Language).
  [/^is too easy to guess: (.+)$/s, "passwordWeak"],
  [/^must differ from the current password$/, "passwordSame"],
  [/^does not go with this email$/, "passwordMismatch"],
  [/^must be 0-24 hours$/, "hours"],
  [/^must be 0-3$/, "severity"],
  [/^must lie in the duration band$/, "band"],
  [/^must be at most (\d+) characters$/, "tooLong"],
  [/^is already in the list$/, "already"],
];

/** Fragments said more briefly in another language (their English is never rebuilt from these). */
const LOOSE_KEYS: ReadonlyArray<readonly [RegExp, FieldKey]> = [
  [/^is required\b/, "required"],
  [/^must not be empty$/, "required"],
  [/^must be a whole number 0-3$/, "severity"],
];

/** The fields a diary day or the medicine list can be refused for (`common:errors.fieldNames`). */
const FIELD_NAMES = ["date", "headache", "hours", "duration", "severity", "features", "medications", "medicines", "name", "class", "note"] as const;
type FieldName = (typeof FIELD_NAMES)[number];

function sentenceOf(keys: ReadonlyArray<readonly [RegExp, FieldKey]>, label: string, message: string, t: TFunction<"common">): string | undefined {
  for (const [pattern, key] of keys) {
    const found = pattern.exec(message);
    if (found) return t(`errors.field.${key}`, { label, max: found[1], advice: found[1] });
  }
  return undefined;
}

/**
 * A field's problem as a sentence in `t`'s language; a fragment not known keeps the English of
 * `fieldMessage` (the English catalogue reads exactly as `fieldMessage` does).
 * @example fieldSentence("Correo electrónico", "must be an email address", fixedT("es", "common")) // "Correo electrónico: escriba una dirección de correo electrónico válida."
 * @example fieldSentence("Email", undefined, fixedT("es", "common")) // undefined
 */
export function fieldSentence(label: string, message: string | undefined, t: TFunction<"common">): string | undefined {
  if (message === undefined) return undefined;
  return sentenceOf(FIELD_KEYS, label, message, t) ?? fieldMessage(label, message);
}

/**
 * The field a server's dotted path names, by its last word: "medications.0.name" is "name".
 * @example fieldNameOfPath("days[3].severity") // "severity"
 */
export function fieldNameOfPath(path: string): FieldName | undefined {
  const last = path
    .split(/[.[\]]/)
    .filter((part) => part !== "" && !/^\d+$/.test(part))
    .pop();
  return (FIELD_NAMES as readonly string[]).includes(last ?? "") ? (last as FieldName) : undefined;
}

/**
 * One issue of a refused diary day or medicine list, as a line of the list under the problem.
 * In English as the server wrote it (`severity: must be 0-3`, as it always read); in another
 * language the field's name and a sentence in that language, never the contract's English.
 * @example issueLine({ path: "severity", message: "must be 0-3" }, "es", fixedT("es", "common")) // "Intensidad: debe estar entre 0 y 3."
 * @example issueLine({ path: "severity", message: "must be 0-3" }, "en", fixedT("en", "common")) // "severity: must be 0-3"
 */
export function issueLine(issue: Pick<FieldIssue, "path" | "message">, language: Language, t: TFunction<"common">): string {
  if (language === "en") return `${issue.path}: ${issue.message}`;
  const name = fieldNameOfPath(issue.path);
  const label = name === undefined ? issue.path : t(`errors.fieldNames.${name}`);
  return sentenceOf(FIELD_KEYS, label, issue.message, t) ?? sentenceOf(LOOSE_KEYS, label, issue.message, t) ?? t("errors.field.other", { label });
}
