/**
 * A database's schema version is the newest migration applied to it: an archive records it, and
 * a restore puts rows only into a database at that very version (ADR 0017).
 */
import { sql, type Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import { MigrationFailedError, migrationFolderProvider } from "../migrate.ts";

/** The migrations applied to the database, oldest first (none on an empty database). */
export async function appliedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const exists = await sql<{ present: boolean }>`SELECT to_regclass('public.kysely_migration') IS NOT NULL AS present`.execute(db);
  if (exists.rows[0]?.present !== true) return [];
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((row) => row.name);
}

/** Every migration this version of Cephalog has, oldest first. */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationFolderProvider.getMigrations()).sort();
}

/** Brings the database up to `name` and no further (the archive's version, before its rows go in). */
export async function migrateUpTo<DB>(db: Kysely<DB>, name: string): Promise<void> {
  const result = await new Migrator({ db, provider: migrationFolderProvider }).migrateTo(name);
  if (result.error !== undefined) {
    const failed = result.results?.find((entry) => entry.status === "Error")?.migrationName ?? "unknown";
    throw new MigrationFailedError(`Migration ${failed} failed: ${result.error instanceof Error ? result.error.message : String(result.error)}`, { cause: result.error });
  }
}
