/**
 * The tables of the schema as the database's own catalog describes them (ADR 0017): every table
 * of `public` except the migrator's bookkeeping, in foreign-key order (a table after every table
 * it references), with the columns a row is written with and the primary key it is read in. Read
 * from the catalog, so a table added by a later migration is backed up, restored and moved with
 * no change here.
 */
import { sql, type Kysely } from "kysely";

/** The migrator's own tables: the target database gets them from its migrations, never from a copy. */
export const MIGRATOR_TABLES: readonly string[] = ["kysely_migration", "kysely_migration_lock"];

export interface CatalogTable {
  readonly name: string;
  /** Columns in their table order, without generated ones (the database computes those). */
  readonly columns: readonly string[];
  /** The primary key's columns, the order rows are read and inserted in (empty: none). */
  readonly primaryKey: readonly string[];
  /** Columns filled by a sequence (serial or identity), set past the copied values after a restore. */
  readonly sequenceColumns: readonly { readonly column: string; readonly sequence: string }[];
}

export class CatalogCycleError extends Error {
  override readonly name = "CatalogCycleError";
}

/** Every table of the schema in foreign-key order (ties by name, so the order is stable). */
export async function readCatalog<DB>(db: Kysely<DB>): Promise<CatalogTable[]> {
  const tables = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname`.execute(db);
  const names = tables.rows.map((row) => row.name).filter((name) => !MIGRATOR_TABLES.includes(name));
  if (names.length === 0) return [];

  const columns = await sql<{ table: string; column: string; generated: string; sequence: string | null }>`
    SELECT c.relname AS table, a.attname AS column, a.attgenerated::text AS generated,
           pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname IN (${sql.join(names)})
    ORDER BY c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; column: string }>`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE n.nspname = 'public' AND i.indisprimary AND c.relname IN (${sql.join(names)})
    ORDER BY c.relname, k.position`.execute(db);
  const references = await sql<{ table: string; references: string }>`
    SELECT DISTINCT c.relname AS table, r.relname AS references
    FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE f.contype = 'f' AND n.nspname = 'public' AND c.relname IN (${sql.join(names)})`.execute(db);

  const byName = new Map(names.map((name) => [name, { name, columns: [] as string[], primaryKey: [] as string[], sequenceColumns: [] as { column: string; sequence: string }[] }]));
  for (const row of columns.rows) {
    const table = byName.get(row.table);
    if (table === undefined) continue;
    // attgenerated is '' for an ordinary column, 's' for GENERATED ... STORED (never inserted).
    if (row.generated === "") table.columns.push(row.column);
    if (row.sequence !== null) table.sequenceColumns.push({ column: row.column, sequence: row.sequence });
  }
  for (const row of keys.rows) byName.get(row.table)?.primaryKey.push(row.column);
  const edges = references.rows.filter((row) => row.table !== row.references && byName.has(row.references));
  return foreignKeyOrder(names, edges).map((name) => byName.get(name) as CatalogTable);
}

/**
 * Orders tables so each comes after the tables it references (Kahn's algorithm, the smallest
 * name first among those ready). A cycle between tables cannot be inserted table by table and is
 * refused. (readCatalog leaves out a table's references to itself: its rows go in key order.)
 * @example foreignKeyOrder(["patients", "clinics"], [{ table: "patients", references: "clinics" }]) // ["clinics", "patients"]
 */
export function foreignKeyOrder(names: readonly string[], edges: readonly { table: string; references: string }[]): string[] {
  const waitingOn = new Map(names.map((name) => [name, new Set<string>()]));
  for (const edge of edges) waitingOn.get(edge.table)?.add(edge.references);
  const ordered: string[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn].filter(([, needs]) => needs.size === 0).map(([name]) => name).sort();
    const next = ready[0];
    if (next === undefined) throw new CatalogCycleError(`These tables reference each other in a cycle, so they cannot be copied one after another: ${[...waitingOn.keys()].join(", ")}`);
    ordered.push(next);
    waitingOn.delete(next);
    for (const needs of waitingOn.values()) needs.delete(next);
  }
  return ordered;
}
