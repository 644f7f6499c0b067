/**
 * A new password must not be easy to guess (issue 7, finding 6): checked with zxcvbn-ts and its
 * dictionaries of common and breached passwords, names and words (a maintained library; the
 * length rule of the contract alone let ten spaces through), against the person's own email and
 * name too. Scored 0-4 by the guesses an attacker would need; below 3 is refused, with the
 * library's own advice as the reason beside the field.
 *
 * Only on the server: the dictionaries are large, and the patient's phone should not carry them.
 * English and Spanish words are both guessed from, whoever types; the advice is in the reader's
 * language (issue 9 §7: the request's Accept-Language, which the patient app sets to its own
 * language), after the fixed English fragment the app recognises (field-words.ts).
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as es from "@zxcvbn-ts/language-es-es";
import type { FastifyRequest } from "fastify";
import { invalidField } from "../../app-error.ts";
import { spanishAdvice } from "./password-advice-es.ts";

/** The languages the advice is given in: the patient app's (ADR 0020). */
export type AdviceLanguage = "en" | "es";

/** The lowest zxcvbn score accepted: 3, "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

const factories = new Map<AdviceLanguage, ZxcvbnFactory>();
const TRANSLATIONS = { en: en.translations, es: spanishAdvice } as const;
const FALLBACK_ADVICE = { en: "Add more words that are not common, or make it longer.", es: "Añada más palabras poco comunes o hágala más larga." } as const;

function zxcvbn(language: AdviceLanguage): ZxcvbnFactory {
  let factory = factories.get(language);
  if (factory === undefined) {
    // The packages name their lists apart (commonWords-en, commonWords-es-es): Spanish's words and names join English's.
    const dictionary = { ...common.dictionary, ...en.dictionary, ...es.dictionary };
    factory = new ZxcvbnFactory({ dictionary, graphs: common.adjacencyGraphs, translations: TRANSLATIONS[language] });
    factories.set(language, factory);
  }
  return factory;
}

/**
 * The language for a password's advice from a request's Accept-Language: Spanish when it comes first, else English.
 * @example adviceLanguageOf("es-ES,es;q=0.9,en;q=0.8") // "es"
 * @example adviceLanguageOf(undefined) // "en"
 */
export function adviceLanguageOf(acceptLanguage: string | undefined): AdviceLanguage {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first === "es" || first.startsWith("es-") ? "es" : "en";
}

/** The advice language of a request (its Accept-Language header). */
export const adviceLanguageFor = (request: FastifyRequest): AdviceLanguage => adviceLanguageOf(request.headers["accept-language"]);

/**
 * Why a password is refused, or null when it is strong enough. The reason starts with a fixed
 * English fragment ("is too easy to guess: ", "must not contain your email address"); only the
 * library's advice after it is in `language`.
 */
export async function passwordWeakness(password: string, person: { readonly email: string; readonly name?: string | undefined }, language: AdviceLanguage = "en"): Promise<string | null> {
  const email = person.email.toLowerCase();
  const local = email.split("@")[0] ?? "";
  if (password.trim().toLowerCase() === email || (local.length >= 4 && password.toLowerCase().includes(local))) return "must not contain your email address";
  const userInputs = [email, local, ...(person.name ?? "").toLowerCase().split(/\s+/).filter((word) => word.length >= 3)];
  const result = await zxcvbn(language).checkAsync(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = result.feedback.warning ?? result.feedback.suggestions[0] ?? FALLBACK_ADVICE[language];
  const sentence = advice.replace(/\.$/, "");
  return `is too easy to guess: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** Throws `validation_failed` naming `field` when the password is too easy to guess. */
export async function refuseWeakPassword(field: string, password: string, person: { readonly email: string; readonly name?: string | undefined }, language: AdviceLanguage = "en"): Promise<void> {
  const weakness = await passwordWeakness(password, person, language);
  if (weakness !== null) throw invalidField(field, weakness);
}
