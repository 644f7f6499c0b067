/**
 * Signing in with email and password. Failed attempts are counted in the database (so the limit
 * holds across app servers) per hashed email: after {@link LOGIN_LIMIT.failures} failures in
 * {@link LOGIN_LIMIT.windowMs} the address is refused until the window passes.
 */
import type { Me } from "#contracts/api/auth.ts";
import { AppError } from "../app-error.ts";
import { clearLoginFailures, countLoginFailuresSince, deleteLoginFailuresBefore, recordLoginFailure } from "../db/repositories/login-failures.ts";
import { findUserByEmail } from "../db/repositories/users.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadMe } from "./me.ts";
import { verifyPassword } from "./passwords.ts";
import { endSession, startSession } from "./sessions.ts";
import { sha256Hex } from "./tokens.ts";

export const LOGIN_LIMIT = { failures: 10, windowMs: 15 * 60 * 1000 } as const;

/** A session just started: the token goes in the cookie. */
export interface SignedIn {
  token: string;
  expiresAt: Date;
  me: Me;
}

export async function login(deps: ServiceDeps, credentials: { email: string; password: string }): Promise<SignedIn> {
  const now = deps.clock();
  const keyHash = sha256Hex(`login:${credentials.email.toLowerCase()}`);
  const windowStart = new Date(now.getTime() - LOGIN_LIMIT.windowMs).toISOString();
  if ((await countLoginFailuresSince(deps.db, keyHash, windowStart)) >= LOGIN_LIMIT.failures) {
    throw new AppError("rate_limited", "Too many failed sign-ins for this email. Wait 15 minutes and try again.");
  }
  const user = await findUserByEmail(deps.db, credentials.email);
  const valid = await verifyPassword(user?.password_hash ?? null, credentials.password);
  if (user === undefined || !valid) {
    await recordLoginFailure(deps.db, keyHash, now.toISOString());
    await deleteLoginFailuresBefore(deps.db, windowStart);
    throw new AppError("invalid_credentials", "The email or password is not right.");
  }
  return deps.db.transaction().execute(async (tx) => {
    await clearLoginFailures(tx, keyHash);
    const session = await startSession(tx, user.id, now);
    return { ...session, me: await loadMe(tx, user.id) };
  });
}

export async function logout(deps: ServiceDeps, sessionId: string): Promise<void> {
  await endSession(deps.db, sessionId);
}
