/**
 * TOTP (RFC 6238) with otplib, the maintained library: 30-second steps, 6 digits, SHA-1 (what
 * every authenticator app reads), secrets of 20 random bytes. A code is taken from the step
 * before, the current one or the next (a phone's clock a little off), and never from a step at
 * or before the last one accepted, so a code seen over a shoulder cannot be used again.
 */
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

/** The name authenticator apps show beside the account. */
export const TOTP_ISSUER = "Cephalog";
/** Seconds either side of now a code is still taken: one 30-second step. */
const TOLERANCE_S = 30;

/** A new secret, base32 (20 random bytes: otplib's default, above its 16-byte minimum). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUrl(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The otpauth address as a QR code: an SVG data URL (drawn on the server, so the phone's app bundle carries no QR library). */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/**
 * Checks a 6-digit code at `now` against the secret; the step it matched, or null. `afterStep`
 * refuses codes of that step and before (replay).
 */
export async function verifyTotp(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_S,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // The functional API types HOTP and TOTP results together; a TOTP match carries its step.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
