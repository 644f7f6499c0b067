/**
 * Whether SMS_GATEWAY_TOKEN is hard enough to guess (ADR 0022, review finding 5): whoever holds it
 * reads every waiting mobile number and text, so 32 copies of "a" must not do. Its strength is
 * estimated from the token itself: its length times the Shannon entropy of its characters (bits
 * per character as the token's own spread of characters shows it). Random tokens pass every time:
 * `openssl rand -base64 32` (44 characters, about 190 bits or more by this estimate) and
 * `openssl rand -hex 32` (64 characters, about 220 or more); a word repeated, a run of one
 * character or a short pattern does not, nor a token that is one piece repeated ("0123456789abcdef"
 * twice spreads its characters evenly but holds 64 bits at most). The estimate errs low for short random tokens (32 random
 * hex digits carry 128 bits but show about 115), which only asks for a longer one.
 */

/** The least estimated strength of SMS_GATEWAY_TOKEN, in bits. */
export const SMS_TOKEN_MIN_BITS = 128;

/**
 * The estimated strength of a token in bits: its length times the Shannon entropy per character.
 * @example Math.round(estimatedTokenBits("a".repeat(32))) // 0
 * @example Math.round(estimatedTokenBits("ab".repeat(16))) // 32
 * @example Math.round(estimatedTokenBits("0123456789abcdef0123456789abcdef")) // 128
 */
export function estimatedTokenBits(token: string): number {
  const characters = [...token];
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  let perCharacter = 0;
  for (const count of counts.values()) {
    const share = count / characters.length;
    perCharacter -= share * Math.log2(share);
  }
  return perCharacter * characters.length;
}

/**
 * Whether a token is one shorter piece repeated.
 * @example isRepeatedPiece("0123456789abcdef0123456789abcdef") // true
 * @example isRepeatedPiece("q3J9x0VbP1tLwE8s") // false
 */
export function isRepeatedPiece(token: string): boolean {
  return /^([\s\S]+?)\1+$/.test(token);
}

/**
 * Whether a token is strong enough for SMS_GATEWAY_TOKEN.
 * @example isStrongToken("a".repeat(32)) // false
 * @example isStrongToken("0123456789abcdef0123456789abcdef") // false (one piece, twice)
 * @example isStrongToken("q3J9x0VbP1tLwE8sYk2fZr7uHn5cAa6dGm4oTi0BvXk=") // true
 */
export function isStrongToken(token: string): boolean {
  return !isRepeatedPiece(token) && estimatedTokenBits(token) >= SMS_TOKEN_MIN_BITS;
}
