/**
 * The limit on failed password checks (signing in, and accepting an invitation with an existing
 * account), counted in the database so it holds across app servers.
 *
 * Each attempt is written down as a failure *before* its password is checked, and only then are
 * the failures counted (issue 7, finding 1): parallel guesses see each other, so at most the
 * limit's number of them is ever checked. A refused attempt takes its rows back; a right password
 * takes back its own and clears the pair's.
 *
 * Failures count against three keys:
 * - the pair (email, client address): 10 in 15 minutes, then that pair waits;
 * - the address alone: 50 in 15 minutes, whatever the emails (password spraying);
 * - the account alone, from any addresses (finding 2): after 10, each further check waits 1 s
 *   after the last failure, doubling to at most 60 s. A growing delay, never a lockout, and it
 *   spares an address the account signed in from in the last 90 days, so a stranger's guesses
 *   cannot keep the owner out.
 * Only sha256 hashes of the keys are stored, never an email or an address.
 */
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import {
  accountFailuresBefore,
  clearLoginFailures,
  countLoginFailuresSince,
  deleteAttempt,
  deleteLoginFailuresBefore,
  isKnownAddress,
  recordAttempt,
  rememberKnownAddress,
} from "./login-failures-repository.ts";

export const SIGN_IN_LIMIT = {
  /** Failures of one email from one address. */
  perEmailAndAddress: 10,
  /** Failures from one address, whatever the emails. */
  perAddress: 50,
  windowMs: 15 * 60 * 1000,
  /** Failures at one account, from any addresses, before each further check waits. */
  perAccountBeforeDelay: 10,
  /** The wait after the account's last failure, doubling with each failure past the free ones. */
  accountDelayFirstMs: 1000,
  accountDelayMaxMs: 60_000,
  /** How long a right password makes its address known to the account. */
  knownAddressMs: 90 * 24 * 60 * 60 * 1000,
} as const;

/** Who is trying: the typed email and the client's address (after trusted proxies). */
export interface SignInAttempt {
  readonly email: string;
  readonly ip: string;
}

/** The stored keys of an attempt. */
export function failureKeys(attempt: SignInAttempt): { pair: string; address: string; account: string; known: string } {
  const email = attempt.email.toLowerCase();
  const address = sha256Hex(`sign-in-address:${attempt.ip}`);
  return {
    pair: sha256Hex(`sign-in-pair:${email}\n${address}`),
    address,
    account: sha256Hex(`sign-in-account:${email}`),
    known: sha256Hex(`sign-in-known:${email}\n${address}`),
  };
}

/**
 * How long an account's next check waits after its last failure, given its failures in the window.
 * @example accountDelayMs(9) // 0
 * @example accountDelayMs(10) // 1000
 * @example accountDelayMs(12) // 4000
 * @example accountDelayMs(40) // 60000
 */
export function accountDelayMs(failures: number): number {
  const past = failures - SIGN_IN_LIMIT.perAccountBeforeDelay;
  if (past < 0) return 0;
  return Math.min(SIGN_IN_LIMIT.accountDelayFirstMs * 2 ** Math.min(past, 30), SIGN_IN_LIMIT.accountDelayMaxMs);
}

const windowStart = (now: Date) => new Date(now.getTime() - SIGN_IN_LIMIT.windowMs).toISOString();

/** An attempt written down as a failure until its password proves right. */
export interface SignInReservation {
  readonly attemptId: string;
  readonly keys: ReturnType<typeof failureKeys>;
}

/**
 * Writes the attempt down as a failure against its three keys, then counts; throws `rate_limited`
 * (having taken the rows back) while the pair, the address or the account is over its limit.
 * Each statement commits on its own, so a parallel attempt counts this one.
 */
export async function reserveSignInAttempt(db: Executor, attempt: SignInAttempt, now: Date, attemptId: string): Promise<SignInReservation> {
  const keys = failureKeys(attempt);
  const at = now.toISOString();
  await recordAttempt(db, attemptId, [keys.pair, keys.address, keys.account], at);
  const since = windowStart(now);
  const refuse = async (message: string): Promise<never> => {
    await deleteAttempt(db, attemptId);
    throw new AppError("rate_limited", message);
  };
  if ((await countLoginFailuresSince(db, keys.pair, since)) > SIGN_IN_LIMIT.perEmailAndAddress) {
    return refuse("Too many failed sign-ins for this email. Wait 15 minutes and try again.");
  }
  if ((await countLoginFailuresSince(db, keys.address, since)) > SIGN_IN_LIMIT.perAddress) {
    return refuse("Too many failed sign-ins from this network. Wait 15 minutes and try again.");
  }
  if (!(await isKnownAddress(db, keys.known, new Date(now.getTime() - SIGN_IN_LIMIT.knownAddressMs).toISOString()))) {
    const before = await accountFailuresBefore(db, keys.account, since, attemptId);
    const wait = before.latest === null ? 0 : accountDelayMs(before.count) - (now.getTime() - new Date(before.latest).getTime());
    if (wait > 0) return refuse(`This account had many failed sign-ins. Wait ${Math.ceil(wait / 1000)} seconds and try again.`);
  }
  return { attemptId, keys };
}

/** After a wrong password: the attempt's rows stay as failures; expired rows are dropped. */
export async function keepAsFailure(db: Executor, now: Date): Promise<void> {
  await deleteLoginFailuresBefore(db, windowStart(now));
}

/**
 * After a right password that still asks a second factor: the attempt was no failure, but the
 * pair's failures stay and the address is not remembered until the code is right too.
 */
export async function takeBackAttempt(db: Executor, reservation: SignInReservation): Promise<void> {
  await deleteAttempt(db, reservation.attemptId);
}

/**
 * After a right password: takes the attempt back, forgets the pair's failures and remembers the
 * address for the account. The address's and the account's counts stay, so an attacker holding
 * one account cannot reset the limit on their guesses at others.
 */
export async function signInSucceeded(db: Executor, reservation: SignInReservation, now: Date): Promise<void> {
  await deleteAttempt(db, reservation.attemptId);
  await clearLoginFailures(db, reservation.keys.pair);
  await rememberKnownAddress(db, reservation.keys.known, now.toISOString());
}
