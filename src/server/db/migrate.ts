/**
 * Runs the forward-only migrations in `migrations/<timestamp>_<name>.ts` with Kysely's Migrator.
 * The provider imports the files itself, so the same code runs under Node and Vitest.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely/migration";

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));
/** A migration's file name: the migrator runs these and only these (migrations-landed.ts checks them). */
export const MIGRATION_FILE = /^\d{14}_[a-z0-9_]+\.ts$/;

/** Imports every migration file of the folder, keyed by its name without `.ts`. */
export const migrationFolderProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => MIGRATION_FILE.test(file)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(join(MIGRATIONS_DIR, file)).href)) as Migration;
      migrations[file.replace(/\.ts$/, "")] = module;
    }
    return migrations;
  },
};

export class MigrationFailedError extends Error {
  override readonly name = "MigrationFailedError";
}

/** Brings the database to the latest migration; returns the names applied now (empty when up to date). */
// Kysely<Database> and Kysely<unknown> alike: the migrations see the database untyped.
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationFolderProvider });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error !== undefined) {
    const failed = result.results?.find((entry) => entry.status === "Error")?.migrationName ?? "unknown";
    throw new MigrationFailedError(`Migration ${failed} failed: ${describe(result.error)}`, { cause: result.error });
  }
  return (result.results ?? []).filter((entry) => entry.status === "Success").map((entry) => entry.migrationName);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
