/**
 * Writes every table of a database as an archive (archive-format.ts) from one snapshot: a
 * REPEATABLE READ, READ ONLY transaction, so a backup taken while the server writes is the
 * database as it was at one instant (on PGlite the single connection is held for the whole
 * backup, which pauses the server's requests meanwhile: seconds for a clinic). Rows are read
 * through a cursor, a batch at a time, so a large clinic is never held in memory.
 */
import { sql, type Kysely } from "kysely";
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, ArchiveFormatError, type ArchiveHeader } from "./archive-format.ts";
import { readCatalog } from "./catalog.ts";
import { DigestAccumulator, type TableDigest } from "./digest.ts";
import { appliedMigrations } from "./schema-version.ts";

/** Receives the archive one line at a time (without the newline); resolves when it may take the next. */
export type LineSink = (line: string) => Promise<void>;

export interface ArchiveSummary {
  readonly schemaVersion: string;
  readonly tables: readonly (TableDigest & { readonly name: string })[];
}

export interface WriteArchiveOptions {
  readonly source: string;
  readonly takenAt: Date;
  readonly cephalogVersion: string;
}

const FETCH_ROWS = 500;

export async function writeArchive<DB>(db: Kysely<DB>, sink: LineSink, options: WriteArchiveOptions): Promise<ArchiveSummary> {
  return db.transaction().execute(async (tx) => {
    // The first statement of the transaction, so its snapshot is the one every table is read in.
    await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(tx);
    const schemaVersion = (await appliedMigrations(tx)).at(-1);
    if (schemaVersion === undefined) throw new ArchiveFormatError("This database has no schema yet (no migration was ever applied): there is nothing to back up.");
    const header: ArchiveHeader = { format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_FORMAT_VERSION, schemaVersion, takenAt: options.takenAt.toISOString(), source: options.source, cephalogVersion: options.cephalogVersion };
    await sink(JSON.stringify(header));
    const tables: (TableDigest & { name: string })[] = [];
    for (const table of await readCatalog(tx)) {
      await sink(JSON.stringify(["table", table.name, table.columns]));
      const digest = new DigestAccumulator();
      const order = table.primaryKey.length > 0 ? sql`ORDER BY ${sql.join(table.primaryKey.map((column) => sql.id("t", column)))}` : sql``;
      await sql`DECLARE cephalog_archive NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${sql.id(table.name)} t ${order}`.execute(tx);
      for (;;) {
        const { rows } = await sql<{ row: string }>`FETCH ${sql.raw(String(FETCH_ROWS))} FROM cephalog_archive`.execute(tx);
        for (const { row } of rows) {
          digest.add(row);
          await sink(row);
        }
        if (rows.length < FETCH_ROWS) break;
      }
      await sql`CLOSE cephalog_archive`.execute(tx);
      const result = digest.result();
      await sink(JSON.stringify(["end", table.name, result.rows, result.digest]));
      tables.push({ name: table.name, ...result });
    }
    await sink(JSON.stringify(["done", tables.length]));
    return { schemaVersion, tables };
  });
}
