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
