/** Sign-in sessions, keyed by the sha256 of the cookie token. */
import type { SessionRow, UserRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

export interface LiveSession {
  session: SessionRow;
  user: UserRow;
}

/** The session with that id and its user, if it has not expired. */
export async function findLiveSession(db: Executor, sessionId: string, now: string): Promise<LiveSession | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as session_id",
      "sessions.created_at as session_created_at",
      "sessions.expires_at as session_expires_at",
      "sessions.last_seen_at as session_last_seen_at",
      "sessions.absolute_expires_at as session_absolute_expires_at",
      "sessions.idle_seconds as session_idle_seconds",
      "users.id as user_id",
      "users.email as email",
      "users.name as name",
      "users.password_hash as password_hash",
      "users.created_at as user_created_at",
      "users.failed_sign_ins as failed_sign_ins",
      "users.last_failed_sign_in_at as last_failed_sign_in_at",
      "users.totp_secret as totp_secret",
      "users.totp_enabled_at as totp_enabled_at",
      "users.totp_last_step as totp_last_step",
    ])
    .where("sessions.id", "=", sessionId)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    session: {
      id: row.session_id,
      user_id: row.user_id,
      created_at: row.session_created_at,
      expires_at: row.session_expires_at,
      last_seen_at: row.session_last_seen_at,
      absolute_expires_at: row.session_absolute_expires_at,
      idle_seconds: row.session_idle_seconds,
    },
    user: { id: row.user_id, email: row.email, name: row.name, password_hash: row.password_hash, created_at: row.user_created_at, failed_sign_ins: row.failed_sign_ins, last_failed_sign_in_at: row.last_failed_sign_in_at, totp_secret: row.totp_secret, totp_enabled_at: row.totp_enabled_at, totp_last_step: row.totp_last_step },
  };
}

export async function touchSession(db: Executor, sessionId: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where("id", "=", sessionId).execute();
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of the user, but `keep` (this browser's, after a password change). */
export async function deleteSessionsOfUser(db: Executor, userId: string, keep?: string): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keep !== undefined) query = query.where("id", "!=", keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Whether the user is staff of any clinic (their sessions get the staff limits). */
export async function isStaffUser(db: Executor, userId: string): Promise<boolean> {
  const row = await db.selectFrom("memberships").select("user_id").where("user_id", "=", userId).where("deactivated_at", "is", null).limit(1).executeTakeFirst();
  return row !== undefined;
}
