/** `calendar_feeds`: the sha256 of each injector's feed token, live until revoked. */
import type { Executor } from "../../shared/executor.ts";

export async function insertFeed(db: Executor, feed: { clinicId: string; userId: string; tokenHash: string; createdAt: string }): Promise<void> {
  await db.insertInto("calendar_feeds").values({ clinic_id: feed.clinicId, user_id: feed.userId, token_hash: feed.tokenHash, created_at: feed.createdAt, revoked_at: null }).execute();
}

/** Revokes every live feed of a member in a clinic; how many there were. */
export async function revokeFeeds(db: Executor, clinicId: string, userId: string, at: string): Promise<number> {
  const result = await db.updateTable("calendar_feeds").set({ revoked_at: at }).where("clinic_id", "=", clinicId).where("user_id", "=", userId).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The member's live feed, if any. */
export async function liveFeedOf(db: Executor, clinicId: string, userId: string): Promise<{ createdAt: string } | undefined> {
  const row = await db
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("clinic_id", "=", clinicId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row === undefined ? undefined : { createdAt: row.created_at };
}

/** Whose live feed a token hash opens, if any. */
export async function findLiveFeed(db: Executor, tokenHash: string): Promise<{ clinicId: string; userId: string } | undefined> {
  const row = await db.selectFrom("calendar_feeds").select(["clinic_id", "user_id"]).where("token_hash", "=", tokenHash).where("revoked_at", "is", null).executeTakeFirst();
  return row === undefined ? undefined : { clinicId: row.clinic_id, userId: row.user_id };
}
