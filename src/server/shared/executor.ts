/** What a repository runs its queries on: a transaction or the database (a Transaction is a Kysely). */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

export type Executor = Kysely<Database>;

/** Whether an error is PostgreSQL's unique violation (23505), on pg and PGlite alike. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}
