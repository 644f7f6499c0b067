/** User accounts (global: one person may be staff in several clinics, or a patient). */
import type { Insertable } from "kysely";
import type { UserRow, UsersTable } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

export async function insertUser(db: Executor, user: Insertable<UsersTable>): Promise<UserRow> {
  return db
    .insertInto("users")
    .values({ ...user, email: user.email.toLowerCase() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: Executor, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
}

/** Counts one failed sign-in at the account, for its holder to be told (sign-in.ts). */
export async function countFailedSignIn(db: Executor, userId: string, at: string): Promise<void> {
  await db
    .updateTable("users")
    .set((eb) => ({ failed_sign_ins: eb("failed_sign_ins", "+", 1), last_failed_sign_in_at: at }))
    .where("id", "=", userId)
    .execute();
}

/** Forgets the account's failed sign-ins (told, or too few to tell). */
export async function clearFailedSignIns(db: Executor, userId: string): Promise<void> {
  await db.updateTable("users").set({ failed_sign_ins: 0, last_failed_sign_in_at: null }).where("id", "=", userId).execute();
}

export async function setPasswordHash(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}
