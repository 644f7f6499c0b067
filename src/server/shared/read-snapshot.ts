/**
 * Reads that must agree with each other (a patient, their diary and their clinical history; a
 * history and its trials) run as one snapshot: a read-only REPEATABLE READ transaction, so a save
 * committed between two of the statements is seen by all of them or by none. PGlite has one
 * connection and runs nothing beside the transaction; its Kysely driver ignores the settings.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Executor } from "./executor.ts";

/** Runs `read` in one read-only REPEATABLE READ transaction and returns its result. */
export function readSnapshot<T>(db: Kysely<Database>, read: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(read);
}
