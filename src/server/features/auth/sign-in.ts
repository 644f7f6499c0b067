/**
 * Signing in with email and password, within the failure limit of sign-in-limit.ts. Demo
 * accounts (published passwords) sign in only from this machine once a real clinic runs here.
 * Failed passwords at an account are counted on it; at the next sign-in the holder is told when
 * there were SIGN_IN_WARNING_MIN or more (fewer are taken for their own typing and forgotten).
 *
 * An account with two-factor sign-in gets no session from its password: the answer is the second
 * step (two-factor-challenge.ts), completed with a code (sign-in-code.ts). Its right password
 * takes back only its own attempt: the pair's failures stay and the address is not yet "known"
 * (which would spare it the account's delay), so wrong codes after it are still limited.
 */
import type { Me, TwoFactorChallenge } from "#contracts/api/auth.ts";
import { AppError } from "../../app-error.ts";
import { recordAccountEvent } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { realClinicExists } from "../setup/repository.ts";
import { loadMe } from "./me.ts";
import { verifyPassword } from "./passwords.ts";
import { endSession, startSession } from "./sessions.ts";
import { v7 as uuidv7 } from "uuid";
import { keepAsFailure, reserveSignInAttempt, signInSucceeded, takeBackAttempt } from "./sign-in-limit.ts";
import { startChallenge } from "./two-factor-challenge.ts";
import { clearFailedSignIns, countFailedSignIn, findUserByEmail } from "./users-repository.ts";

/** The fewest failed sign-ins since the last one that the holder is told of (Me.signInWarning). */
export const SIGN_IN_WARNING_MIN = 3;

/** A session just started: the token goes in the cookie. */
export interface SignedIn {
  token: string;
  expiresAt: Date;
  me: Me;
}

/** Where a request came from: its address (after trusted proxies) and whether that is this machine. */
export interface ClientAddress {
  readonly ip: string;
  readonly loopback: boolean;
}

export const DEMO_ACCOUNT_REMOTE_MESSAGE = "Demo accounts can only be used on the computer Cephalog runs on.";

/** Whether the account belongs to the demo clinic (as staff or as a patient). */
export function isDemoAccount(me: Me): boolean {
  return me.memberships.some((membership) => membership.demo) || me.patient?.demo === true;
}

/**
 * The password step: signed in, or (two-factor sign-in on) the second step to answer with a code.
 */
export async function signInWithPassword(deps: ServiceDeps, credentials: { email: string; password: string }, client: ClientAddress): Promise<SignedIn | TwoFactorChallenge> {
  const now = deps.clock();
  const attempt = { email: credentials.email, ip: client.ip };
  const reservation = await reserveSignInAttempt(deps.db, attempt, now, uuidv7());
  const user = await findUserByEmail(deps.db, credentials.email);
  const valid = await verifyPassword(user?.password_hash ?? null, credentials.password);
  if (user === undefined || !valid) {
    await keepAsFailure(deps.db, now);
    if (user !== undefined) await countFailedSignIn(deps.db, user.id, now.toISOString());
    // The account log (ADR 0016): the account when the email has one, never the email itself.
    await recordAccountEvent(deps.db, now, { action: "sign-in.failed", userId: user?.id ?? null });
    throw new AppError("invalid_credentials", "The email or password is not right.");
  }
  if (user.totp_enabled_at !== null) {
    await takeBackAttempt(deps.db, reservation);
    return startChallenge(deps.db, user.id, now);
  }
  await signInSucceeded(deps.db, reservation, now);
  return completeSignIn(deps, user, client, now);
}

/**
 * Signs in an account without two-factor sign-in (tests and tools; the API's route takes the
 * second step into account): `conflict` when the account has it on.
 */
export async function login(deps: ServiceDeps, credentials: { email: string; password: string }, client: ClientAddress): Promise<SignedIn> {
  const answer = await signInWithPassword(deps, credentials, client);
  if ("twoFactor" in answer) throw new AppError("conflict", "This account signs in with a second factor: use the code step.");
  return answer;
}

/** After every check passed: the warning kept or forgotten, the demo rule, a new session. */
export async function completeSignIn(deps: ServiceDeps, user: { readonly id: string; readonly failed_sign_ins: number }, client: ClientAddress, now: Date): Promise<SignedIn> {
  return deps.db.transaction().execute(async (tx) => {
    if (user.failed_sign_ins < SIGN_IN_WARNING_MIN) await clearFailedSignIns(tx, user.id);
    const me = await loadMe(tx, user.id);
    // The demo's passwords are public: once real patients are here, only this machine may use them.
    if (!client.loopback && isDemoAccount(me) && (await realClinicExists(tx))) throw new AppError("forbidden", DEMO_ACCOUNT_REMOTE_MESSAGE);
    const session = await startSession(tx, user.id, now);
    return { ...session, me };
  });
}

export async function logout(deps: ServiceDeps, sessionId: string): Promise<void> {
  await endSession(deps.db, sessionId);
}

/** The holder saw the failed sign-ins shown to them: they are forgotten. */
export async function dismissSignInWarning(deps: ServiceDeps, userId: string): Promise<Me> {
  await clearFailedSignIns(deps.db, userId);
  return loadMe(deps.db, userId);
}
