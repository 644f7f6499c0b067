/** `cephalog backup FILE`: every table of the database, from one snapshot, into a file (ADR 0017). */
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "#server/config.ts";
import { writeArchiveFile } from "#server/db/archive/archive-file.ts";
import { cephalogVersion } from "#server/db/archive/cephalog-version.ts";
import { backupThroughServer } from "#server/db/archive/control-socket.ts";
import { writeArchive } from "#server/db/archive/write-archive.ts";
import { openDatabase } from "#server/db/connect.ts";
import { DataFolderInUseError } from "#server/db/data-folder-lock.ts";
import { describeArchiveError } from "./restore-messages.ts";

const HELP = `Usage: cephalog backup FILE

Writes every table of the database (every revision, every audit row) to FILE: gzip of JSON
lines, with the schema version, readable by you alone. It is one snapshot, consistent while the
server runs: on PostgreSQL (DATABASE_URL) it reads beside the server; on the embedded database
it asks the running server for it (a few seconds' pause), or opens the data folder itself when
no server runs. FILE must not exist yet.

Restore it with \`cephalog restore FILE\`. Back up daily and before every upgrade, and keep the
copies off this machine, encrypted (README, "Backup and restore").`;

export async function run(args: string[]): Promise<number> {
  let file: string;
  try {
    const { values, positionals } = parseArgs({ args, options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? "name the FILE to write" : `unexpected argument "${positionals[1] ?? ""}"`);
    file = positionals[0] as string;
  } catch (error) {
    console.error(`cephalog backup: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (existsSync(file)) {
    console.error(`cephalog backup: ${file} already exists; choose a new name (a backup never overwrites another).`);
    return 2;
  }
  try {
    const config = loadConfig();
    const summary = await backup(config, file);
    const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Backed up ${summary.tables.length} tables, ${rows} rows (schema ${summary.schemaVersion}) to ${file} (${Math.ceil(statSync(file).size / 1024)} KB).`);
    console.log("Keep a copy off this machine, encrypted: it holds health data.");
    return 0;
  } catch (error) {
    console.error(describeArchiveError("backup", error));
    return 1;
  }
}

async function backup(config: ReturnType<typeof loadConfig>, file: string) {
  const options = { source: config.databaseUrl === null ? "pglite" : "postgresql", takenAt: new Date(), cephalogVersion: cephalogVersion() };
  try {
    const database = await openDatabase(config);
    try {
      return await writeArchiveFile(file, (sink) => writeArchive(database.db, sink, options));
    } finally {
      await database.close();
    }
  } catch (error) {
    // A server holds the embedded database: it takes the snapshot and sends it over its socket.
    if (!(error instanceof DataFolderInUseError)) throw error;
    return writeArchiveFile(file, (sink) => backupThroughServer(config.dataDir, sink));
  }
}
