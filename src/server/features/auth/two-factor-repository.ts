/** An account's two-factor sign-in: its TOTP secret and last step, its recovery codes, and pending second steps. */
import type { Executor } from "../../shared/executor.ts";

/** Keeps a new, not yet confirmed secret (replacing one not confirmed); false when two-factor is already on. */
export async function setPendingSecret(db: Executor, userId: string, secret: string): Promise<boolean> {
  const result = await db.updateTable("users").set({ totp_secret: secret }).where("id", "=", userId).where("totp_enabled_at", "is", null).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Turns two-factor on with the step of the confirming code; false when it was on already. */
export async function enableTwoFactor(db: Executor, userId: string, at: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ totp_enabled_at: at, totp_last_step: step })
    .where("id", "=", userId)
    .where("totp_enabled_at", "is", null)
    .where("totp_secret", "is not", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function disableTwoFactor(db: Executor, userId: string): Promise<void> {
  await db.updateTable("users").set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null }).where("id", "=", userId).execute();
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await db.deleteFrom("two_factor_challenges").where("user_id", "=", userId).execute();
}

/**
 * Records `step` as the last accepted, only if it is later than the one recorded: of two requests
 * with the same code at once, one wins. False when the step was taken already.
 */
export async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable("users")
    .set({ totp_last_step: step })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Replaces the account's recovery codes with these hashes. */
export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: readonly string[], at: string): Promise<void> {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  await db
    .insertInto("recovery_codes")
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at, used_at: null })))
    .execute();
}

/** Uses a recovery code once: false when it is unknown or used (of two uses at once, one wins). */
export async function claimRecoveryCode(db: Executor, userId: string, hash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("recovery_codes")
    .set({ used_at: at })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertChallenge(db: Executor, challenge: { id: string; user_id: string; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto("two_factor_challenges").values(challenge).execute();
}

/** A pending second step that can still be answered. */
export async function findLiveChallenge(db: Executor, id: string, now: string, maxFailures: number): Promise<{ id: string; user_id: string } | undefined> {
  return db
    .selectFrom("two_factor_challenges")
    .select(["id", "user_id"])
    .where("id", "=", id)
    .where("expires_at", ">", now)
    .where("failed_attempts", "<", maxFailures)
    .executeTakeFirst();
}

export async function countChallengeFailure(db: Executor, id: string): Promise<void> {
  await db
    .updateTable("two_factor_challenges")
    .set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1) }))
    .where("id", "=", id)
    .execute();
}

export async function deleteChallenge(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("two_factor_challenges").where("id", "=", id).execute();
}

export async function deleteChallengesBefore(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom("two_factor_challenges").where("expires_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Whether the clinic asks its staff for two-factor sign-in and the account has it on; undefined for no such clinic. */
export async function twoFactorStanding(db: Executor, clinicId: string, userId: string): Promise<{ required: boolean; enabled: boolean } | undefined> {
  const row = await db
    .selectFrom("clinics")
    .innerJoin("users", (join) => join.on("users.id", "=", userId))
    .select(["clinics.two_factor_required_for_staff as required", "users.totp_enabled_at as enabledAt"])
    .where("clinics.id", "=", clinicId)
    .executeTakeFirst();
  return row === undefined ? undefined : { required: row.required, enabled: row.enabledAt !== null };
}

/** Ends every pending second step of the account (its password changed: they began with the old one). */
export async function deleteChallengesOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom("two_factor_challenges").where("user_id", "=", userId).execute();
}
