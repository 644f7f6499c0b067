/** `cephalog restore FILE`: a backup into an empty database, verified table by table (ADR 0017). */
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { loadConfig, type Config } from "#server/config.ts";
import { readArchiveFile } from "#server/db/archive/archive-file.ts";
import { restoreArchive, RestoreRefusedError, tablesWithRows, type RestoreSummary } from "#server/db/archive/restore-archive.ts";
import { describePostgresUrl } from "#server/db/connect.ts";
import { lockDataFolder } from "#server/db/data-folder-lock.ts";
import { openPGlite } from "#server/db/pglite.ts";
import { openPostgres } from "#server/db/postgres.ts";
import type { Database } from "#server/db/schema.ts";
import { checkAuditChain } from "./restore-checks.ts";
import { describeArchiveError } from "./restore-messages.ts";

const HELP = `Usage: cephalog restore FILE [--migrate] [--replace]

Restores a backup made by \`cephalog backup\` into an empty database: DATABASE_URL when set
(create a new, empty database for it), otherwise the embedded database in CEPHALOG_DATA (no
server may be running on it). Every table is checked against the backup (row counts and
checksums) and the audit chain is verified; any difference undoes the whole restore.

  --migrate   the backup is from an older version of Cephalog: restore it at its schema version,
              then bring it up to date (without this, such a backup is refused)
  --replace   the embedded database already holds data: move it aside (kept in the data folder as
              pg.before-restore-<time>) and restore into a new one. PostgreSQL: restore into a new
              database instead.`;

interface RestoreArgs {
  readonly file: string;
  readonly migrate: boolean;
  readonly replace: boolean;
}

function parseRestoreArgs(args: string[]): RestoreArgs | "help" | string {
  try {
    const { values, positionals } = parseArgs({ args, options: { help: { type: "boolean", short: "h" }, migrate: { type: "boolean" }, replace: { type: "boolean" } }, allowPositionals: true, strict: true });
    if (values.help) return "help";
    if (positionals.length !== 1) return positionals.length === 0 ? "name the backup FILE to restore" : `unexpected argument "${positionals[1] ?? ""}"`;
    return { file: positionals[0] as string, migrate: values.migrate === true, replace: values.replace === true };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseRestoreArgs(args);
  if (parsed === "help") {
    console.log(HELP);
    return 0;
  }
  if (typeof parsed === "string") {
    console.error(`cephalog restore: ${parsed}\n\n${HELP}`);
    return 2;
  }
  if (!existsSync(parsed.file)) {
    console.error(`cephalog restore: no such file: ${parsed.file}`);
    return 2;
  }
  try {
    const config = loadConfig();
    if (config.databaseUrl !== null && parsed.replace) {
      console.error("cephalog restore: --replace is for the embedded database only. On PostgreSQL, create a new, empty database (createdb) and point DATABASE_URL at it.");
      return 2;
    }
    const where = config.databaseUrl === null ? `the embedded database in ${config.dataDir}` : `PostgreSQL at ${describePostgresUrl(config.databaseUrl)}`;
    const summary = config.databaseUrl === null ? await restoreEmbedded(config, parsed) : await restoreInto(openPostgres(config.databaseUrl), parsed);
    const rows = summary.restored.tables.reduce((sum, table) => sum + table.rows, 0);
    const { header } = summary.restored;
    console.log(`Restored ${summary.restored.tables.length} tables, ${rows} rows into ${where}: the backup taken ${header.takenAt} (schema ${header.schemaVersion}). Every table matches the backup.`);
    if (summary.restored.migratedAfter.length > 0) console.log(`Then applied ${summary.restored.migratedAfter.length} migration(s), up to ${summary.restored.migratedAfter.at(-1) ?? ""}.`);
    console.log(summary.auditChain.message);
    return summary.auditChain.ok ? 0 : 1;
  } catch (error) {
    console.error(describeArchiveError("restore", error));
    return 1;
  }
}

async function restoreInto(db: Kysely<Database>, args: RestoreArgs, close: () => Promise<void> = () => db.destroy()) {
  try {
    const restored = await restoreArchive(db, readArchiveFile(args.file), { migrate: args.migrate });
    return { restored, auditChain: await checkAuditChain(db) };
  } finally {
    await close();
  }
}

/**
 * The embedded database, under the data folder's lock for the whole restore. With --replace a
 * database holding data is moved aside first, and put back if the restore fails.
 */
async function restoreEmbedded(config: Config, args: RestoreArgs): Promise<{ restored: RestoreSummary; auditChain: Awaited<ReturnType<typeof checkAuditChain>> }> {
  const lock = await lockDataFolder(config.dataDir);
  const folder = join(config.dataDir, "pg");
  let asideFolder: string | null = null;
  try {
    if (args.replace && existsSync(folder)) {
      const existing = await openPGlite(folder);
      const filled = await tablesWithRows(existing.db).finally(() => existing.close());
      if (filled.length > 0) {
        asideFolder = join(config.dataDir, `pg.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`);
        renameSync(folder, asideFolder);
      }
    }
    const { db, close } = await openPGlite(folder);
    try {
      const result = await restoreInto(db, args, close);
      if (asideFolder !== null) console.log(`The data that was there is kept in ${asideFolder}.`);
      return result;
    } catch (error) {
      if (asideFolder !== null) {
        rmSync(folder, { recursive: true, force: true });
        renameSync(asideFolder, folder);
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof RestoreRefusedError && error.reason === "not_empty") {
      throw new RestoreRefusedError("not_empty", "The embedded database already holds data. Add --replace to move it aside (it is kept in the data folder) and restore into a new one, or set CEPHALOG_DATA to a new folder.");
    }
    throw error;
  } finally {
    lock.release();
  }
}
