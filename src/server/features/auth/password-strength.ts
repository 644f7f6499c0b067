/**
 * A new password must not be easy to guess (issue 7, finding 6): checked with zxcvbn-ts and its
 * dictionaries of common and breached passwords, names and words (a maintained library; the
 * length rule of the contract alone let ten spaces through), against the person's own email and
 * name too. Scored 0-4 by the guesses an attacker would need; below 3 is refused, with the
 * library's own advice as the reason beside the field.
 *
 * Only on the server: the dictionaries are large, and the patient's phone should not carry them.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { invalidField } from "../../app-error.ts";

/** The lowest zxcvbn score accepted: 3, "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
const zxcvbn = () => (factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs, translations: en.translations }));

/** Why a password is refused, or null when it is strong enough. */
export async function passwordWeakness(password: string, person: { readonly email: string; readonly name?: string | undefined }): Promise<string | null> {
  const email = person.email.toLowerCase();
  const local = email.split("@")[0] ?? "";
  if (password.trim().toLowerCase() === email || (local.length >= 4 && password.toLowerCase().includes(local))) return "must not contain your email address";
  const userInputs = [email, local, ...(person.name ?? "").toLowerCase().split(/\s+/).filter((word) => word.length >= 3)];
  const result = await zxcvbn().checkAsync(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = result.feedback.warning ?? result.feedback.suggestions[0] ?? "Add more words that are not common, or make it longer.";
  const sentence = advice.replace(/\.$/, "");
  return `is too easy to guess: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** Throws `validation_failed` naming `field` when the password is too easy to guess. */
export async function refuseWeakPassword(field: string, password: string, person: { readonly email: string; readonly name?: string | undefined }): Promise<void> {
  const weakness = await passwordWeakness(password, person);
  if (weakness !== null) throw invalidField(field, weakness);
}
