/**
 * The shape shared by commands that open the database, do one thing and exit (`migrate`,
 * `demo`): `--help`, no other arguments, open (refused while a server holds the data folder),
 * work, close, and a plain message instead of a stack trace when the database cannot be opened.
 */
import { loadConfig } from "#server/config.ts";
import { openDatabase, type DatabaseHandle } from "#server/db/connect.ts";
import { explainStartupError } from "#server/startup-errors.ts";

export async function runDatabaseCommand(
  name: string,
  help: string,
  args: readonly string[],
  work: (database: DatabaseHandle) => Promise<void>,
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(help);
    return 0;
  }
  if (args.length > 0) {
    console.error(`cephalog ${name}: unexpected argument "${args[0]}"\n\n${help}`);
    return 2;
  }
  try {
    const database = await openDatabase(loadConfig());
    try {
      await work(database);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(explainStartupError(error));
    return 1;
  }
}
