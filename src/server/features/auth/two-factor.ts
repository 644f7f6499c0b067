/**
 * Setting up and turning off two-factor sign-in (issue 7). Enrolment gives a new secret once,
 * with its QR code; the first right code turns two-factor on, answers ten recovery codes (shown
 * once, stored as hashes) and ends the account's other sessions (they began without a second
 * factor). Turning it off asks the password (within the sign-in limit) and a code. Demo accounts
 * cannot turn it on: their passwords are published for anyone to explore with.
 */
import { v7 as uuidv7 } from "uuid";
import { AppError, invalidField } from "../../app-error.ts";
import type { UserRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadMe } from "./me.ts";
import { verifyPassword } from "./passwords.ts";
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash } from "./recovery-codes.ts";
import { useSecondFactor } from "./second-factor.ts";
import { endOtherSessions } from "./sessions.ts";
import { keepAsFailure, reserveSignInAttempt, signInSucceeded } from "./sign-in-limit.ts";
import { isDemoAccount } from "./sign-in.ts";
import { otpauthUrl, newTotpSecret, qrCodeDataUrl, verifyTotp } from "./totp.ts";
import { disableTwoFactor as clearTwoFactor, enableTwoFactor, replaceRecoveryCodes, setPendingSecret } from "./two-factor-repository.ts";
import { countFailedSignIn, findUserById } from "./users-repository.ts";

export interface Who {
  readonly userId: string;
  readonly sessionId: string;
}

async function userOf(deps: ServiceDeps, userId: string): Promise<UserRow> {
  const user = await findUserById(deps.db, userId);
  if (user === undefined) throw new AppError("unauthenticated", "Please sign in.");
  return user;
}

const ALREADY_ON = () => new AppError("conflict", "Two-factor sign-in is already on for this account. Turn it off first to set up another app.");

/** A new secret for the account (replacing one not confirmed), its otpauth address and QR code. */
export async function startTwoFactorEnrolment(deps: ServiceDeps, who: Who): Promise<{ secret: string; otpauthUrl: string; qrCode: string }> {
  const user = await userOf(deps, who.userId);
  if (user.totp_enabled_at !== null) throw ALREADY_ON();
  if (isDemoAccount(await loadMe(deps.db, user.id))) throw new AppError("forbidden", "Demo accounts cannot turn on two-factor sign-in: their passwords are shared with everyone exploring the demo.");
  const secret = newTotpSecret();
  if (!(await setPendingSecret(deps.db, user.id, secret))) throw ALREADY_ON();
  const url = otpauthUrl(secret, user.email);
  return { secret, otpauthUrl: url, qrCode: await qrCodeDataUrl(url) };
}

/** Turns two-factor on with a first code from the app; answers the recovery codes, shown once. */
export async function confirmTwoFactorEnrolment(deps: ServiceDeps, who: Who, code: string): Promise<{ recoveryCodes: string[] }> {
  const now = deps.clock();
  const user = await userOf(deps, who.userId);
  if (user.totp_enabled_at !== null) throw ALREADY_ON();
  if (user.totp_secret === null) throw new AppError("conflict", "Start setting up two-factor sign-in first.");
  const step = await verifyTotp(user.totp_secret, code, now, null);
  if (step === null) throw invalidField("code", "is not the code your app shows now: check the app and the phone's clock, and try the next code");
  const recoveryCodes = newRecoveryCodes();
  await deps.db.transaction().execute(async (tx) => {
    if (!(await enableTwoFactor(tx, user.id, now.toISOString(), step))) throw ALREADY_ON();
    await replaceRecoveryCodes(tx, user.id, recoveryCodes.map((shown) => recoveryCodeHash(normalizeRecoveryCode(shown) ?? shown)), now.toISOString());
    await endOtherSessions(tx, user.id, who.sessionId);
  });
  return { recoveryCodes };
}

/** The account's password, checked within the sign-in limit (as a sign-in would be). */
async function checkPassword(deps: ServiceDeps, user: UserRow, password: string, ip: string): Promise<void> {
  const now = deps.clock();
  const reservation = await reserveSignInAttempt(deps.db, { email: user.email, ip }, now, uuidv7());
  if (!(await verifyPassword(user.password_hash, password))) {
    await keepAsFailure(deps.db, now);
    await countFailedSignIn(deps.db, user.id, now.toISOString());
    throw invalidField("password", "is not right");
  }
  await signInSucceeded(deps.db, reservation, now);
}

/** Turns two-factor off: the password and a code (the app's or a recovery code) are asked. */
export async function turnOffTwoFactor(deps: ServiceDeps, who: Who, body: { password: string; code: string }, client: { ip: string }): Promise<void> {
  const user = await userOf(deps, who.userId);
  if (user.totp_enabled_at === null) throw new AppError("conflict", "Two-factor sign-in is not on for this account.");
  await checkPassword(deps, user, body.password, client.ip);
  const now = deps.clock();
  const reservation = await reserveSignInAttempt(deps.db, { email: user.email, ip: client.ip }, now, uuidv7());
  if ((await useSecondFactor(deps.db, user, body.code, now)) === null) {
    await keepAsFailure(deps.db, now);
    throw invalidField("code", "is not right");
  }
  await signInSucceeded(deps.db, reservation, now);
  await clearTwoFactor(deps.db, user.id);
}

/** New recovery codes for the account (the password is asked); the old ones stop working. */
export async function regenerateRecoveryCodes(deps: ServiceDeps, who: Who, password: string, client: { ip: string }): Promise<{ recoveryCodes: string[] }> {
  const user = await userOf(deps, who.userId);
  if (user.totp_enabled_at === null) throw new AppError("conflict", "Two-factor sign-in is not on for this account.");
  await checkPassword(deps, user, password, client.ip);
  const recoveryCodes = newRecoveryCodes();
  await replaceRecoveryCodes(deps.db, user.id, recoveryCodes.map((shown) => recoveryCodeHash(normalizeRecoveryCode(shown) ?? shown)), deps.clock().toISOString());
  return { recoveryCodes };
}
