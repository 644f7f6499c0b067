/** Failed sign-ins and the addresses accounts signed in from, for the database-backed limit (shared by every app server). */
import type { Executor } from "../../shared/executor.ts";

/** One attempt's rows, one per key it counts against. */
export async function recordAttempt(db: Executor, attemptId: string, keyHashes: readonly string[], at: string): Promise<void> {
  await db
    .insertInto("login_failures")
    .values(keyHashes.map((key_hash) => ({ key_hash, at, attempt_id: attemptId })))
    .execute();
}

export async function deleteAttempt(db: Executor, attemptId: string): Promise<void> {
  await db.deleteFrom("login_failures").where("attempt_id", "=", attemptId).execute();
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

/** The key's failures since `since` other than this attempt's: how many, and the latest. */
export async function accountFailuresBefore(db: Executor, keyHash: string, since: string, attemptId: string): Promise<{ count: number; latest: string | null }> {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => [eb.fn.countAll<string | number>().as("count"), eb.fn.max("at").as("latest")])
    .where("key_hash", "=", keyHash)
    .where("at", ">", since)
    .where((eb) => eb.or([eb("attempt_id", "is", null), eb("attempt_id", "!=", attemptId)]))
    .executeTakeFirstOrThrow();
  const latest = row.latest as string | Date | null;
  return { count: Number(row.count), latest: latest === null ? null : new Date(latest).toISOString() };
}

export async function clearLoginFailures(db: Executor, keyHash: string): Promise<void> {
  await db.deleteFrom("login_failures").where("key_hash", "=", keyHash).execute();
}

/** Deletes the failures older than `before`; returns how many. */
export async function deleteLoginFailuresBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("login_failures").where("at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function isKnownAddress(db: Executor, keyHash: string, since: string): Promise<boolean> {
  const row = await db.selectFrom("sign_in_known_addresses").select("key_hash").where("key_hash", "=", keyHash).where("last_at", ">", since).executeTakeFirst();
  return row !== undefined;
}

export async function rememberKnownAddress(db: Executor, keyHash: string, at: string): Promise<void> {
  await db
    .insertInto("sign_in_known_addresses")
    .values({ key_hash: keyHash, last_at: at })
    .onConflict((oc) => oc.column("key_hash").doUpdateSet({ last_at: at }))
    .execute();
}

/** Forgets the addresses not signed in from since `before`; returns how many. */
export async function deleteKnownAddressesBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("sign_in_known_addresses").where("last_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
