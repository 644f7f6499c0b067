/** `cephalog migrate`: bring the database schema up to date and exit. */
import { loadConfig } from "#server/config.ts";
import { openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { explainStartupError } from "#server/startup-errors.ts";

const HELP = `Usage: cephalog migrate

Applies any new database migrations and exits. Uses DATABASE_URL when set, otherwise the
embedded database in CEPHALOG_DATA (refused while a running server holds that folder).`;

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  if (args.length > 0) {
    console.error(`cephalog migrate: unexpected argument "${args[0]}"\n\n${HELP}`);
    return 2;
  }
  try {
    const database = await openDatabase(loadConfig());
    try {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length === 0 ? "The database is up to date." : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(explainStartupError(error));
    return 1;
  }
}
