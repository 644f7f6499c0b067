/** Kysely over the embedded PGlite (PostgreSQL 18 in WebAssembly), file-backed or in memory. */
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect } from "kysely";
import type { Database } from "./schema.ts";
import { TEXT_PARSERS } from "./type-parsers.ts";

/**
 * Opens PGlite at `dataDir` (a folder; `undefined` for memory) and wraps it in Kysely. The
 * session runs in UTC so instants read back the same on every machine.
 */
export async function openPGlite(dataDir: string | undefined): Promise<{ db: Kysely<Database>; pglite: PGlite; close(): Promise<void> }> {
  const pglite = new PGlite({ ...(dataDir === undefined ? {} : { dataDir }), parsers: { ...TEXT_PARSERS } });
  await pglite.waitReady;
  await pglite.exec("SET TIME ZONE 'UTC'; SET DateStyle = ISO, YMD");
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  // Kysely closes PGlite only if it ever ran a query; an unclosed PGlite keeps the process alive.
  const close = async () => {
    await db.destroy();
    if (!pglite.closed) await pglite.close();
  };
  return { db, pglite, close };
}
