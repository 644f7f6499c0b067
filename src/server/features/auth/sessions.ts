/**
 * Database sessions: the cookie holds a random 32-byte token, the database its sha256, so a
 * leaked database copy cannot sign anyone in. Sessions slide: each use within the lifetime
 * extends it (touched at most once a minute).
 */
import type { UserRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { deleteSession, findLiveSession, insertSession, touchSession } from "./sessions-repository.ts";

export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

/** Starts a session for the user; returns the token for the cookie. */
export async function startSession(db: Executor, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await insertSession(db, {
    id: sha256Hex(token),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: now.toISOString(),
  });
  return { token, expiresAt };
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
    await touchSession(db, sessionId, now.toISOString(), new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString());
  }
  return { sessionId, user: { id: live.user.id, email: live.user.email, name: live.user.name } };
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await deleteSession(db, sessionId);
}
