/**
 * Database sessions: the cookie holds a random 32-byte token, the database its sha256, so a
 * leaked database copy cannot sign anyone in. A session ends when it sits unused for its idle
 * limit, and in any case at its absolute limit (issue 7, finding 5): staff, on shared clinic
 * computers, 30 minutes idle and 12 hours at most; patients, on their own phone with an offline
 * diary, 30 days. Each use extends the idle limit (touched at most once a minute), never past
 * the absolute one. Signing in ends the session the browser had; a password change ends the
 * others; "sign out everywhere" ends all.
 */
import type { UserRow } from "../../db/schema.ts";
import { recordAccountEvent } from "../../shared/audit.ts";
import type { Executor } from "../../shared/executor.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { deleteSession, deleteSessionsOfUser, findLiveSession, insertSession, isStaffUser, touchSession } from "./sessions-repository.ts";

/** A patient's session, and the sliding lifetime of sessions from before the limits were kept. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const TOUCH_EVERY_MS = MINUTE;

export const SESSION_LIMITS = {
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE },
  patient: { idleMs: SESSION_LIFETIME_MS, absoluteMs: SESSION_LIFETIME_MS },
} as const;

/**
 * Starts a session for the user, with the staff limits when they are staff anywhere; returns the
 * token for the cookie and the instant the cookie may be kept until (the absolute limit).
 */
export async function startSession(db: Executor, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const limits = (await isStaffUser(db, userId)) ? SESSION_LIMITS.staff : SESSION_LIMITS.patient;
  const token = newToken();
  const absolute = new Date(now.getTime() + limits.absoluteMs);
  await insertSession(db, {
    id: sha256Hex(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: new Date(Math.min(now.getTime() + limits.idleMs, absolute.getTime())).toISOString(),
    last_seen_at: now.toISOString(),
    absolute_expires_at: absolute.toISOString(),
    idle_seconds: limits.idleMs / 1000,
  });
  // Every sign-in ends here (password, code, invitation, first administrator): recorded in its transaction (ADR 0016).
  await recordAccountEvent(db, now, { action: "sign-in.succeeded", userId });
  return { token, expiresAt: absolute };
}

export interface Authenticated {
  readonly sessionId: string;
  readonly user: Pick<UserRow, "id" | "email" | "name">;
}

/** The signed-in user of a cookie token, or null when it is unknown or expired. */
export async function resolveSession(db: Executor, token: string, now: Date): Promise<Authenticated | null> {
  const sessionId = sha256Hex(token);
  const live = await findLiveSession(db, sessionId, now.toISOString());
  if (live === undefined) return null;
  if (now.getTime() - Date.parse(live.session.last_seen_at) >= TOUCH_EVERY_MS) {
    const idle = live.session.idle_seconds === null ? SESSION_LIFETIME_MS : live.session.idle_seconds * 1000;
    const absolute = live.session.absolute_expires_at === null ? Infinity : Date.parse(live.session.absolute_expires_at);
    await touchSession(db, sessionId, now.toISOString(), new Date(Math.min(now.getTime() + idle, absolute)).toISOString());
  }
  return { sessionId, user: { id: live.user.id, email: live.user.email, name: live.user.name } };
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}

/** Ends every session of the user but `keep`; returns how many ended. */
export async function endOtherSessions(db: Executor, userId: string, keep?: string): Promise<number> {
  return deleteSessionsOfUser(db, userId, keep);
}
