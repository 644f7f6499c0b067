/** For tests of backups and moves: every row of every table, comparable across databases. */
import { sql, type Kysely } from "kysely";
import { readCatalog } from "./catalog.ts";

/**
 * Each table's rows as the database writes them in JSON, sorted: two databases (PGlite or
 * PostgreSQL alike) hold the same data exactly when these are equal.
 */
export async function everyRow<DB>(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of await readCatalog(db)) {
    const { rows } = await sql<{ row: string }>`SELECT to_jsonb(t)::text AS row FROM ${sql.id(table.name)} t ORDER BY 1`.execute(db);
    tables[table.name] = rows.map((row) => row.row);
  }
  return tables;
}
