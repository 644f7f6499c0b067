/**
 * `cephalog move-to-postgres DATABASE_URL`: copies the embedded database (CEPHALOG_DATA) into an
 * empty PostgreSQL database, every table with every revision and audit row, and verifies it
 * (ADR 0017). The embedded data is left as it was.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "#server/config.ts";
import { cephalogVersion } from "#server/db/archive/cephalog-version.ts";
import { copyDatabase } from "#server/db/archive/copy-database.ts";
import { describePostgresUrl, openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { openPostgres } from "#server/db/postgres.ts";
import { auditChainHeads, checkAuditChain } from "./restore-checks.ts";
import { describeArchiveError } from "./restore-messages.ts";

const HELP = `Usage: cephalog move-to-postgres DATABASE_URL

Copies the embedded database in CEPHALOG_DATA into the PostgreSQL database DATABASE_URL
(postgres://user:password@host:5432/name): migrates it, copies every table in one snapshot,
then compares every table (row counts and checksums) and verifies the audit chain. The target
must be empty (create it with createdb); the server must be stopped (the data folder is locked
while it runs). The embedded data is left as it was.

Why: the embedded database does not flush its writes to disk (no fsync), so a power cut or a
system crash can lose the latest saves. PostgreSQL does.`;

export async function run(args: string[]): Promise<number> {
  let url: string;
  try {
    const { values, positionals } = parseArgs({ args, options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? "name the target DATABASE_URL" : `unexpected argument "${positionals[1] ?? ""}"`);
    url = positionals[0] as string;
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("the target must be a PostgreSQL URL (postgres://user:password@host:5432/name)");
  } catch (error) {
    console.error(`cephalog move-to-postgres: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  const target = describePostgresUrl(url);
  try {
    const config = loadConfig();
    // The embedded database, whatever DATABASE_URL the environment names: it is the source.
    const source = await openDatabase({ dataDir: config.dataDir, databaseUrl: null });
    const db = openPostgres(url);
    try {
      await migrateToLatest(source.db);
      const before = await checkAuditChain(source.db);
      if (!before.ok) console.error(`Before the move, in the embedded database: ${before.message}`);
      const heads = await auditChainHeads(source.db);
      const copied = await copyDatabase(source.db, db, { source: "pglite", takenAt: new Date(), cephalogVersion: cephalogVersion() });
      const width = Math.max(...copied.tables.map((table) => table.name.length));
      console.log(`Copied the embedded database in ${source.location} to PostgreSQL at ${target}:`);
      for (const table of [...copied.tables].sort((a, b) => a.name.localeCompare(b.name))) console.log(`  ${table.name.padEnd(width)}  ${String(table.source.rows).padStart(8)} rows  ${table.source.digest === table.target.digest && table.source.rows === table.target.rows ? "same" : `DIFFERENT (${table.target.rows} rows there)`}`);
      if (copied.differing.length > 0) {
        console.error(`cephalog move-to-postgres: ${copied.differing.length} table(s) differ after the copy. Do not switch; the embedded data is unchanged.`);
        return 1;
      }
      const chain = await checkAuditChain(db, heads);
      console.log(chain.message);
      if (!chain.ok) return 1;
      const rows = copied.tables.reduce((sum, table) => sum + table.source.rows, 0);
      console.log(`Every table matches (${copied.tables.length} tables, ${rows} rows).`);
      console.log("");
      console.log("To run on PostgreSQL from now on, start the server with DATABASE_URL set:");
      console.log("  DATABASE_URL='postgres://…' npm start      (or bin/cephalog serve)");
      console.log(`The embedded data in ${source.location} is left as it was: keep it until you are sure, then archive it.`);
      return 0;
    } finally {
      await db.destroy();
      await source.close();
    }
  } catch (error) {
    console.error(describeArchiveError("move-to-postgres", error));
    return 1;
  }
}
