/**
 * Databases for integration tests (`*.int.test.ts`): PGlite in memory always, and PostgreSQL
 * when TEST_DATABASE_URL is set. For PostgreSQL each opener creates its own database on that
 * server (named after the Vitest worker and a random suffix), migrates it and drops it on close.
 * DATABASE_URL is never used here: tests must not touch a real clinic's data.
 *
 * ```ts
 * describe.each(testDatabaseKinds())("diary on %s", (kind) => {
 *   let t: TestDatabase;
 *   beforeAll(async () => { t = await openTestDatabase(kind); });
 *   afterAll(() => t.close());
 * });
 * ```
 */
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { sql } from "kysely";
import { migrateToLatest } from "./migrate.ts";
import { openPGlite } from "./pglite.ts";
import { openPostgres } from "./postgres.ts";
import type { Database } from "./schema.ts";

export type TestDatabaseKind = "pglite" | "postgresql";

export interface TestDatabase {
  readonly kind: TestDatabaseKind;
  readonly db: Kysely<Database>;
  /** For PostgreSQL, the URL of this test's own database (to open a second pool on it). */
  readonly url: string | null;
  close(): Promise<void>;
}

/** The kinds to run on: PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env["TEST_DATABASE_URL"] ? ["pglite", "postgresql"] : ["pglite"];
}

export interface TestDatabaseOptions {
  /** False leaves the database empty, for a test of the migrations themselves; default true. */
  readonly migrate?: boolean;
}

/** A fresh database of that kind, migrated to the latest unless asked not to. */
export async function openTestDatabase(kind: TestDatabaseKind, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (kind === "pglite") {
    const { db, close } = await openPGlite(undefined);
    if (migrate) await migrateToLatest(db);
    return { kind, db, url: null, close };
  }
  return openPostgresTestDatabase(migrate);
}

async function openPostgresTestDatabase(migrate: boolean): Promise<TestDatabase> {
  const serverUrl = process.env["TEST_DATABASE_URL"];
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const worker = (process.env["VITEST_POOL_ID"] ?? "0").replace(/\D/g, "") || "0";
  const name = `cephalog_test_${worker}_${randomBytes(6).toString("hex")}`;
  const admin = openPostgres(serverUrl);
  try {
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
  } finally {
    await admin.destroy();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  if (migrate) await migrateToLatest(db);
  return {
    kind: "postgresql",
    db,
    url: url.toString(),
    async close() {
      await db.destroy();
      const dropper = openPostgres(serverUrl);
      try {
        // The pool's sockets may still be closing after destroy(): dropping WITH (FORCE) at that
        // moment kills them, and the dying client throws 57P01 into whichever test runs next.
        // Wait (briefly) until the server has let every session of this database go.
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const { rows } = await sql<{ sessions: number }>`SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = ${name}`.execute(dropper);
          if ((rows[0]?.sessions ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(dropper);
      } finally {
        await dropper.destroy();
      }
    },
  };
}
