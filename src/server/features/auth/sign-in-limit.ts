/**
 * The limit on failed password checks (signing in, and accepting an invitation with an existing
 * account), counted in the database so it holds across app servers. Failures are keyed on the
 * pair (email, client address) and on the address alone, so a stranger guessing from their own
 * address cannot lock the owner out: the owner's right password from another address still
 * works. Only sha256 hashes of the keys are stored, never an email or an address.
 */
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { clearLoginFailures, countLoginFailuresSince, deleteLoginFailuresBefore, recordLoginFailure } from "./login-failures-repository.ts";

export const SIGN_IN_LIMIT = {
  /** Failures of one email from one address. */
  perEmailAndAddress: 10,
  /** Failures from one address, whatever the emails. */
  perAddress: 50,
  windowMs: 15 * 60 * 1000,
} as const;

/** Who is trying: the typed email and the client's address (after trusted proxies). */
export interface SignInAttempt {
  readonly email: string;
  readonly ip: string;
}

/** The two stored keys of an attempt: the (email, address) pair and the address alone. */
export function failureKeys(attempt: SignInAttempt): { pair: string; address: string } {
  const address = sha256Hex(`sign-in-address:${attempt.ip}`);
  return { pair: sha256Hex(`sign-in-pair:${attempt.email.toLowerCase()}\n${address}`), address };
}

const windowStart = (now: Date) => new Date(now.getTime() - SIGN_IN_LIMIT.windowMs).toISOString();

/** Throws `rate_limited` while the pair or the address has too many recent failures. */
export async function refuseWhenLimited(db: Executor, attempt: SignInAttempt, now: Date): Promise<void> {
  const keys = failureKeys(attempt);
  const since = windowStart(now);
  if ((await countLoginFailuresSince(db, keys.pair, since)) >= SIGN_IN_LIMIT.perEmailAndAddress) {
    throw new AppError("rate_limited", "Too many failed sign-ins for this email. Wait 15 minutes and try again.");
  }
  if ((await countLoginFailuresSince(db, keys.address, since)) >= SIGN_IN_LIMIT.perAddress) {
    throw new AppError("rate_limited", "Too many failed sign-ins from this network. Wait 15 minutes and try again.");
  }
}

/** Counts a failed password check against the pair and the address; drops expired rows. */
export async function recordSignInFailure(db: Executor, attempt: SignInAttempt, now: Date): Promise<void> {
  const keys = failureKeys(attempt);
  await recordLoginFailure(db, keys.pair, now.toISOString());
  await recordLoginFailure(db, keys.address, now.toISOString());
  await deleteLoginFailuresBefore(db, windowStart(now));
}

/**
 * After a right password: forgets the pair's failures. The address's count stays, so an
 * attacker holding one account cannot reset the limit on their guesses at others.
 */
export async function clearSignInFailures(db: Executor, attempt: SignInAttempt): Promise<void> {
  await clearLoginFailures(db, failureKeys(attempt).pair);
}
