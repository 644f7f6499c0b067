/** Secret tokens for cookies and links: random, shown once, stored only as a sha256. */
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes as base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The sha256 of a token, hex: what the database keeps.
 * @example sha256Hex("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
