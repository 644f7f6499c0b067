/** Password reset links: the sha256 of each token, single-use, expiring. */
import type { Executor } from "../../shared/executor.ts";

export async function insertResetToken(db: Executor, token: { token_hash: string; user_id: string; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto("password_reset_tokens").values({ ...token, used_at: null }).execute();
}

/** The account of a link that can still be used. */
export async function findUsableResetToken(db: Executor, tokenHash: string, now: string): Promise<{ user_id: string; expires_at: string } | undefined> {
  return db
    .selectFrom("password_reset_tokens")
    .select(["user_id", "expires_at"])
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/** Uses a link, atomically: of two uses at once only one gets the account back. */
export async function claimResetToken(db: Executor, tokenHash: string, now: string): Promise<string | undefined> {
  const row = await db
    .updateTable("password_reset_tokens")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}

/**
 * Ends the account's other links (a new one replaces them; a reset spends them all) and deletes
 * links of any account that expired before `now`.
 */
export async function retireResetTokens(db: Executor, userId: string, now: string): Promise<void> {
  await db.updateTable("password_reset_tokens").set({ used_at: now }).where("user_id", "=", userId).where("used_at", "is", null).execute();
  await db.deleteFrom("password_reset_tokens").where("expires_at", "<", now).execute();
}

/** Deletes reset links that expired before `before` (used or not); returns how many. */
export async function deleteResetTokensExpiredBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("password_reset_tokens").where("expires_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
