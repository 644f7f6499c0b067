/**
 * Signing in with email and password, within the failure limit of sign-in-limit.ts. Demo
 * accounts (published passwords) sign in only from this machine once a real clinic runs here.
 */
import type { Me } from "#contracts/api/auth.ts";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { realClinicExists } from "../setup/repository.ts";
import { loadMe } from "./me.ts";
import { verifyPassword } from "./passwords.ts";
import { endSession, startSession } from "./sessions.ts";
import { clearSignInFailures, recordSignInFailure, refuseWhenLimited } from "./sign-in-limit.ts";
import { findUserByEmail } from "./users-repository.ts";

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

export async function login(deps: ServiceDeps, credentials: { email: string; password: string }, client: ClientAddress): Promise<SignedIn> {
  const now = deps.clock();
  const attempt = { email: credentials.email, ip: client.ip };
  await refuseWhenLimited(deps.db, attempt, now);
  const user = await findUserByEmail(deps.db, credentials.email);
  const valid = await verifyPassword(user?.password_hash ?? null, credentials.password);
  if (user === undefined || !valid) {
    await recordSignInFailure(deps.db, attempt, now);
    throw new AppError("invalid_credentials", "The email or password is not right.");
  }
  return deps.db.transaction().execute(async (tx) => {
    const me = await loadMe(tx, user.id);
    // The demo's passwords are public: once real patients are here, only this machine may use them.
    if (!client.loopback && isDemoAccount(me) && (await realClinicExists(tx))) throw new AppError("forbidden", DEMO_ACCOUNT_REMOTE_MESSAGE);
    await clearSignInFailures(tx, attempt);
    const session = await startSession(tx, user.id, now);
    return { ...session, me };
  });
}

export async function logout(deps: ServiceDeps, sessionId: string): Promise<void> {
  await endSession(deps.db, sessionId);
}
