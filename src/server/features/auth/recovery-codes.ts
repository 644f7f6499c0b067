/**
 * Recovery codes: ten single-use codes shown once at enrolment (and when regenerated), for a lost
 * phone. Each is 16 characters from a 32-letter alphabet without look-alikes (80 random bits, so
 * a sha256 is enough to store them: no offline search can walk that space), written in groups of
 * four. Typing is forgiving: case, spaces and dashes do not matter.
 */
import { randomInt } from "node:crypto";
import { sha256Hex } from "../../shared/tokens.ts";

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32: no I, L, O or U. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 16;

/** A new set of codes, as shown to the person (groups of four). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return raw.match(/.{4}/g)?.join("-") ?? raw;
  });
}

/**
 * A typed code as stored before hashing: lower case, without spaces or dashes; null when it
 * cannot be a recovery code.
 * @example normalizeRecoveryCode("ABCD-efgh 2345-6789") // "abcdefgh23456789"
 * @example normalizeRecoveryCode("123456") // null
 */
export function normalizeRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, "");
  return code.length === LENGTH && [...code].every((letter) => ALPHABET.includes(letter)) ? code : null;
}

/** What the database keeps of a code. */
export function recoveryCodeHash(normalized: string): string {
  return sha256Hex(`recovery-code:${normalized}`);
}
