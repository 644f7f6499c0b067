/** `cephalog migrate`: bring the database schema up to date and exit. */
import { migrateToLatest } from "#server/db/migrate.ts";
import { runDatabaseCommand } from "./database-command.ts";

const HELP = `Usage: cephalog migrate

Applies any new database migrations and exits. Uses DATABASE_URL when set, otherwise the
embedded database in CEPHALOG_DATA (refused while a running server holds that folder).`;

export async function run(args: string[]): Promise<number> {
  return runDatabaseCommand("migrate", HELP, args, async (database) => {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length === 0 ? "The database is up to date." : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
  });
}
