/** Failed sign-ins, for the database-backed rate limit (shared by every app server). */
import type { Executor } from "../../shared/executor.ts";

export async function recordLoginFailure(db: Executor, keyHash: string, at: string): Promise<void> {
  await db.insertInto("login_failures").values({ key_hash: keyHash, at }).execute();
}

export async function countLoginFailuresSince(db: Executor, keyHash: string, since: string): Promise<number> {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("key_hash", "=", keyHash)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function clearLoginFailures(db: Executor, keyHash: string): Promise<void> {
  await db.deleteFrom("login_failures").where("key_hash", "=", keyHash).execute();
}

/** Deletes the failures older than `before`; returns how many. */
export async function deleteLoginFailuresBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("login_failures").where("at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
