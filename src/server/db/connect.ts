/**
 * Opens the configured database: PostgreSQL when DATABASE_URL is set, otherwise the embedded
 * PGlite in `<dataDir>/pg`, guarded by the data-folder lock so a second process is refused.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import { lockDataFolder } from "./data-folder-lock.ts";
import { openPGlite } from "./pglite.ts";
import { openPostgres } from "./postgres.ts";
import type { Database } from "./schema.ts";

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: "pglite" | "postgresql";
  /** Where the data lives, for people: a folder, or the server without its password. */
  readonly location: string;
  /** Closes the database and releases the data-folder lock. Safe to call twice. */
  close(): Promise<void>;
}

/** The server and database of a PostgreSQL URL, never its password. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
  } catch {
    return "the configured server";
  }
}

export async function openDatabase(config: Pick<Config, "dataDir" | "databaseUrl">): Promise<DatabaseHandle> {
  if (config.databaseUrl !== null) {
    const db = openPostgres(config.databaseUrl);
    return { db, kind: "postgresql", location: describePostgresUrl(config.databaseUrl), close: onceOnly(() => db.destroy()) };
  }
  const lock = await lockDataFolder(config.dataDir);
  try {
    const folder = join(config.dataDir, "pg");
    mkdirSync(folder, { recursive: true });
    const { db, close } = await openPGlite(folder);
    return {
      db,
      kind: "pglite",
      location: resolve(config.dataDir),
      close: onceOnly(async () => {
        try {
          await close();
        } finally {
          lock.release();
        }
      }),
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function onceOnly(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
