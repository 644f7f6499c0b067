/**
 * Restores an archive (archive-format.ts) into an empty database, in one transaction: the target
 * is first migrated up to the archive's schema version, then every table's rows are inserted in
 * foreign-key order (inserts only: the clinical tables refuse UPDATE, DELETE and TRUNCATE, ADR
 * 0012), and each table's count and digest are checked twice, against the file's own (the file is
 * whole) and against the rows as now stored (they read back the same). Any difference rolls the
 * whole restore back. Nothing is loaded whole: rows go in batches as they are read.
 *
 * The tables' own triggers are disabled inside that transaction and enabled again before it
 * commits (no other session ever sees them off): the archive already holds what they did when
 * the rows were first written (the audit log's pending marks, ADR 0016), and firing them again
 * would add it twice. Foreign keys stay checked.
 */
import { sql, type Kysely } from "kysely";
import { migrateToLatest } from "../migrate.ts";
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, archiveDoneSchema, ArchiveFormatError, archiveHeaderSchema, tableEndSchema, tableStartSchema, type ArchiveHeader } from "./archive-format.ts";
import { MIGRATOR_TABLES, readCatalog, type CatalogTable } from "./catalog.ts";
import { DigestAccumulator, tableDigest, type TableDigest } from "./digest.ts";
import { appliedMigrations, knownMigrations, migrateUpTo } from "./schema-version.ts";

/**
 * Tables whose rows the server makes for itself when it starts (the recurring jobs it schedules):
 * they do not make a database "not empty", and a restore replaces them with the archive's.
 */
export const SELF_FILLED_TABLES: readonly string[] = ["jobs"];

/** The restore was refused before anything changed; the message says why and what to do. */
export class RestoreRefusedError extends Error {
  override readonly name = "RestoreRefusedError";
  readonly reason: "newer_archive" | "later_target" | "not_empty" | "older_archive";
  constructor(reason: RestoreRefusedError["reason"], message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface RestoreOptions {
  /** Restore an archive from an older schema version, then migrate it to this version's latest. */
  readonly migrate?: boolean | undefined;
}

export interface RestoreSummary {
  readonly header: ArchiveHeader;
  readonly tables: readonly (TableDigest & { readonly name: string })[];
  /** Migrations applied after the rows went in (with `migrate`). */
  readonly migratedAfter: readonly string[];
}

const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;

/** Tables (other than the self-filled ones) that hold rows: an empty list means the database is empty. */
export async function tablesWithRows<DB>(db: Kysely<DB>): Promise<string[]> {
  const filled: string[] = [];
  for (const table of await readCatalog(db)) {
    if (SELF_FILLED_TABLES.includes(table.name)) continue;
    const { rows } = await sql<{ any: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.id(table.name)}) AS any`.execute(db);
    if (rows[0]?.any === true) filled.push(table.name);
  }
  return filled;
}

/** Reads the header line: a Cephalog archive this version can read, or ArchiveFormatError. */
export function parseHeader(line: string | undefined): ArchiveHeader {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line ?? "");
  } catch {
    throw new ArchiveFormatError("This file is not a Cephalog backup (its first line is not a backup's header).");
  }
  const header = archiveHeaderSchema.safeParse(parsed);
  if (!header.success) throw new ArchiveFormatError(`This file is not a Cephalog backup (the header is not "${ARCHIVE_FORMAT}").`);
  if (header.data.formatVersion > ARCHIVE_FORMAT_VERSION) throw new ArchiveFormatError(`This backup is in format ${header.data.formatVersion}, newer than this Cephalog reads (${ARCHIVE_FORMAT_VERSION}): upgrade Cephalog first.`);
  return header.data;
}

/** Checks the target and brings it to the archive's schema version; refuses (changing nothing) when it cannot take the archive. */
async function prepareTarget<DB>(db: Kysely<DB>, header: ArchiveHeader, options: RestoreOptions): Promise<void> {
  const known = await knownMigrations();
  const latest = known.at(-1);
  if (!known.includes(header.schemaVersion)) {
    throw new RestoreRefusedError("newer_archive", `This backup was taken by a newer Cephalog (schema ${header.schemaVersion}); this one knows up to ${latest ?? "none"}. Upgrade Cephalog, then restore.`);
  }
  const applied = await appliedMigrations(db);
  const current = applied.at(-1);
  if (current !== undefined && current > header.schemaVersion) {
    throw new RestoreRefusedError("later_target", `The target database is already at schema ${current}, later than the backup's ${header.schemaVersion}. Use a new, empty database.`);
  }
  const filled = await tablesWithRows(db);
  if (filled.length > 0) {
    throw new RestoreRefusedError("not_empty", `The target database is not empty (${filled.length} table(s) hold rows, e.g. ${filled.slice(0, 3).join(", ")}). Use a new, empty database.`);
  }
  if (header.schemaVersion !== latest && options.migrate !== true) {
    throw new RestoreRefusedError("older_archive", `This backup is at schema ${header.schemaVersion}; this Cephalog is at ${latest ?? "none"}. Add --migrate to restore it and then bring it up to date.`);
  }
  await migrateUpTo(db, header.schemaVersion);
}

/**
 * Restores the archive whose lines `lines` yields (header first) into `db`. Refuses a target
 * that is not empty or not at (or before) the archive's schema version, and an archive from a
 * newer Cephalog.
 */
export async function restoreArchive<DB>(db: Kysely<DB>, lines: AsyncIterable<string>, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const iterator = lines[Symbol.asyncIterator]();
  const header = parseHeader((await iterator.next()).value as string | undefined);
  await prepareTarget(db, header, options);
  const tables = await db.transaction().execute(async (tx) => {
    const catalog = new Map((await readCatalog(tx)).map((table) => [table.name, table]));
    for (const name of SELF_FILLED_TABLES) if (catalog.has(name)) await sql`DELETE FROM ${sql.id(name)}`.execute(tx);
    const triggers = await enabledTriggers(tx);
    for (const { table, trigger } of triggers) await sql`ALTER TABLE ${sql.id(table)} DISABLE TRIGGER ${sql.id(trigger)}`.execute(tx);
    const restored = await insertTables(tx, iterator, catalog);
    const missing = [...catalog.keys()].filter((name) => !restored.some((table) => table.name === name));
    if (missing.length > 0) throw new ArchiveFormatError(`The backup has no section for table(s) ${missing.join(", ")}, which this schema version has.`);
    for (const table of catalog.values()) await advanceSequences(tx, table);
    for (const { table, trigger } of triggers) await sql`ALTER TABLE ${sql.id(table)} ENABLE TRIGGER ${sql.id(trigger)}`.execute(tx);
    return restored;
  });
  const migratedAfter = header.schemaVersion === (await knownMigrations()).at(-1) ? [] : await migrateToLatest(db);
  return { header, tables, migratedAfter };
}

async function insertTables<DB>(tx: Kysely<DB>, lines: AsyncIterator<string>, catalog: ReadonlyMap<string, CatalogTable>): Promise<(TableDigest & { name: string })[]> {
  const restored: (TableDigest & { name: string })[] = [];
  let table: { name: string; columns: string[]; digest: DigestAccumulator; batch: string[]; chars: number } | undefined;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (line === "") continue;
    if (line.startsWith("{")) {
      if (table === undefined) throw new ArchiveFormatError("The backup has a row outside any table's section.");
      table.digest.add(line);
      table.batch.push(line);
      table.chars += line.length;
      if (table.batch.length >= BATCH_ROWS || table.chars >= BATCH_CHARS) await flush(tx, table);
      continue;
    }
    const control = parseControl(line);
    if (control[0] === "table") {
      if (table !== undefined) throw new ArchiveFormatError(`The backup's section for ${table.name} has no end.`);
      table = { name: control[1], columns: checkColumns(catalog, control[1], control[2]), digest: new DigestAccumulator(), batch: [], chars: 0 };
    } else if (control[0] === "end") {
      if (table === undefined || table.name !== control[1]) throw new ArchiveFormatError(`The backup ends a section for ${control[1]} it never began.`);
      await flush(tx, table);
      const expected = { rows: control[2], digest: control[3] };
      const read = table.digest.result();
      if (read.rows !== expected.rows || read.digest !== expected.digest) throw new ArchiveFormatError(`The backup's rows of ${table.name} do not match its own checksum: the file is damaged.`);
      const stored = await tableDigest(tx, table.name);
      if (stored.rows !== expected.rows || stored.digest !== expected.digest) throw new ArchiveFormatError(`The rows of ${table.name} read back differently from the backup (${stored.rows} of ${expected.rows} rows): nothing was restored.`);
      restored.push({ name: table.name, ...expected });
      table = undefined;
    } else {
      if (table !== undefined) throw new ArchiveFormatError(`The backup ends inside the section for ${table.name}.`);
      if (control[1] !== restored.length) throw new ArchiveFormatError(`The backup says it holds ${control[1]} tables but has ${restored.length}.`);
      if (!(await lines.next()).done) throw new ArchiveFormatError("The backup has lines after its end.");
      return restored;
    }
  }
  throw new ArchiveFormatError("The backup is cut short (it has no end line): it was not copied whole.");
}

function parseControl(line: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new ArchiveFormatError("The backup has a line that is not JSON: the file is damaged.");
  }
  for (const schema of [tableStartSchema, tableEndSchema, archiveDoneSchema] as const) {
    const result = schema.safeParse(parsed);
    if (result.success) return result.data;
  }
  throw new ArchiveFormatError("The backup has a line this version does not understand.");
}

/** The archive's columns for a table, when they are the target's (same names; the order may differ). */
function checkColumns(catalog: ReadonlyMap<string, CatalogTable>, name: string, columns: string[]): string[] {
  const target = catalog.get(name);
  if (target === undefined) throw new ArchiveFormatError(`The backup has a table ${name} that this schema version does not.`);
  const same = columns.length === target.columns.length && columns.every((column) => target.columns.includes(column));
  if (!same) throw new ArchiveFormatError(`The backup's columns of ${name} differ from this schema version's: it was taken from a database changed by hand.`);
  return columns;
}

async function flush<DB>(tx: Kysely<DB>, table: { name: string; columns: string[]; batch: string[]; chars: number }): Promise<void> {
  if (table.batch.length === 0) return;
  const columns = sql.join(table.columns.map((column) => sql.id(column)));
  // The rows go in as the JSON text the source database wrote; jsonb_populate_recordset reads
  // each value with its column's own input function, as a COPY would.
  await sql`INSERT INTO ${sql.id(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
    SELECT ${columns} FROM jsonb_populate_recordset(NULL::${sql.id(table.name)}, ${`[${table.batch.join(",")}]`}::jsonb)`.execute(tx);
  table.batch = [];
  table.chars = 0;
}

/** The triggers the schema defines (not the database's internal foreign-key ones) that are enabled now. */
async function enabledTriggers<DB>(tx: Kysely<DB>): Promise<{ table: string; trigger: string }[]> {
  const { rows } = await sql<{ table: string; trigger: string }>`
    SELECT c.relname AS table, t.tgname AS trigger
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgenabled <> 'D'
    ORDER BY c.relname, t.tgname`.execute(tx);
  return rows.filter((row) => !MIGRATOR_TABLES.includes(row.table));
}

/** A serial or identity column's sequence continues after the restored values. */
async function advanceSequences<DB>(tx: Kysely<DB>, table: CatalogTable): Promise<void> {
  for (const { column, sequence } of table.sequenceColumns) {
    await sql`SELECT setval(${sequence}::regclass, coalesce(max(${sql.id(column)}), 0) + 1, false) FROM ${sql.id(table.name)}`.execute(tx);
  }
}
